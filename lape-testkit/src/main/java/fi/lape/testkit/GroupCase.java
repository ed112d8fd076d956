package fi.lape.testkit;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.testkit.internal.Describe;
import fi.lape.testkit.internal.Rng;
import fi.lape.testkit.internal.Shuffle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One group to check: the group with id {@code groupId} inside {@code dataset} (which cross-group
 * rules and linked groups need), and the day to assess it on.
 *
 * <pre>{@code
 * GroupCase example = Generators.failing(Policies.nationalBaseline(), "LAPE-M02").generate(7L, 15);
 * example.group();                                 // the group
 * assessor.assess(example.dataset(), example.groupId(), example.asOf()); // M02 fails
 * }</pre>
 *
 * <p>{@link #toString()} lists the group's memberships by id, never a person's name.
 *
 * @param dataset the dataset the group belongs to
 * @param groupId the group's id
 * @param asOf the day to assess the group on
 */
public record GroupCase(Dataset dataset, String groupId, LocalDate asOf) {
  /** Checks that the dataset holds the group. */
  public GroupCase {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(asOf, "asOf");
    if (dataset.group(groupId).isEmpty()) {
      throw new IllegalArgumentException("group case: the dataset has no group " + groupId);
    }
  }

  /** The group. */
  public Group group() {
    return dataset.group(groupId).orElseThrow();
  }

  /** The group's memberships active on {@link #asOf()}. */
  public List<Membership> activeMemberships() {
    return group().activeMemberships(asOf);
  }

  /** This case with the group replaced by {@code replacement}, which must have the same id. */
  public GroupCase withGroup(Group replacement) {
    if (!replacement.id().equals(groupId)) {
      throw new IllegalArgumentException("group case: replacement " + replacement.id()
          + " is not group " + groupId);
    }
    List<Group> groups = new ArrayList<>();
    for (Group g : dataset.groups()) {
      groups.add(g.id().equals(groupId) ? replacement : g);
    }
    return new GroupCase(Dataset.builder().from(dataset).groups(groups).build(), groupId, asOf);
  }

  /**
   * This case without the memberships whose ids are in {@code membershipIds}; deputies of a removed
   * membership stay, deputising for nobody in particular.
   */
  public GroupCase withoutMemberships(Collection<String> membershipIds) {
    Set<String> drop = Set.copyOf(membershipIds);
    List<Membership> kept = new ArrayList<>();
    for (Membership m : group().memberships()) {
      if (drop.contains(m.id())) {
        continue;
      }
      if (m.deputyOf().map(drop::contains).orElse(false)) {
        m = Membership.builder().from(m).deputyOf(Optional.empty()).build();
      }
      kept.add(m);
    }
    return withMemberships(kept);
  }

  /** This case with the group's memberships replaced by {@code memberships}. */
  public GroupCase withMemberships(List<Membership> memberships) {
    return withGroup(Group.builder().from(group()).memberships(memberships).build());
  }

  /**
   * This case with every list and set of the dataset in a random order: groups, persons,
   * organisations, and in every group the memberships, links, maintainers, intake dates, meeting
   * days and each membership's sectors, voices and duties. Nothing else changes, so an assessment
   * must not change either.
   */
  public GroupCase shuffled(RandomGenerator rng) {
    return new GroupCase(Shuffle.dataset(new Rng(rng), dataset), groupId, asOf);
  }

  @Override
  public String toString() {
    return Describe.groupCase(this);
  }
}
