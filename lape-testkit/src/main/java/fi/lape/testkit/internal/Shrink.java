package fi.lape.testkit.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupLink;
import fi.lape.core.LapeValidationException;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.testkit.GroupCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Greedy delta debugging over a group case: removes chunks of memberships (halves, quarters, ...
 * single ones), then each membership's sectors, voices and duties one at a time, then the group's
 * links, the dataset's other groups and whatever nothing refers to any more; repeated until no
 * removal keeps the predicate true. The result is 1-minimal: removing any single membership,
 * sector, voice, duty or link makes the predicate false.
 */
public final class Shrink {
  private final Predicate<? super GroupCase> holds;
  private GroupCase current;

  private Shrink(GroupCase start, Predicate<? super GroupCase> holds) {
    this.current = start;
    this.holds = holds;
  }

  /** A smallest case for which {@code holds} is still true; {@code start} must satisfy it. */
  public static GroupCase minimise(GroupCase start, Predicate<? super GroupCase> holds) {
    if (!holds.test(start)) {
      throw new IllegalArgumentException(
          "minimise: the predicate does not hold for the group case it is given");
    }
    Shrink shrink = new Shrink(start, holds);
    boolean progress = true;
    while (progress) {
      progress = shrink.memberships() | shrink.parts() | shrink.links() | shrink.otherGroups()
          | shrink.unused();
    }
    return shrink.current;
  }

  private boolean memberships() {
    return chunks(c -> ids(c.group().memberships()), GroupCase::withoutMemberships);
  }

  private boolean links() {
    return chunks(c -> {
      List<String> ids = new ArrayList<>();
      for (GroupLink l : c.group().links()) {
        ids.add(l.groupId());
      }
      return ids;
    }, (c, drop) -> {
      List<GroupLink> kept = new ArrayList<>();
      for (GroupLink l : c.group().links()) {
        if (!drop.contains(l.groupId())) {
          kept.add(l);
        }
      }
      return c.withGroup(Group.builder().from(c.group()).links(kept).build());
    });
  }

  private boolean otherGroups() {
    return chunks(c -> {
      Set<String> linked = new HashSet<>();
      for (GroupLink l : c.group().links()) {
        linked.add(l.groupId());
      }
      List<String> ids = new ArrayList<>();
      for (Group g : c.dataset().groups()) {
        if (!g.id().equals(c.groupId()) && !linked.contains(g.id())) {
          ids.add(g.id());
        }
      }
      return ids;
    }, Shrink::withoutGroups);
  }

  /** Removes each membership's sectors, voices and duties one at a time. */
  private boolean parts() {
    boolean progress = false;
    for (Membership original : current.group().memberships()) {
      String id = original.id();
      for (Sector s : original.sectors()) {
        progress |= tryPart(id, m -> {
          List<Sector> rest = new ArrayList<>(m.sectors());
          rest.remove(s);
          return Membership.builder().from(m).sectors(rest).build();
        });
      }
      for (Voice v : original.voices()) {
        progress |= tryPart(id, m -> {
          List<Voice> rest = new ArrayList<>(m.voices());
          rest.remove(v);
          return Membership.builder().from(m).voices(rest).build();
        });
      }
      for (Duty d : original.duties()) {
        progress |= tryPart(id, m -> {
          List<Duty> rest = new ArrayList<>(m.duties());
          rest.remove(d);
          return Membership.builder().from(m).duties(rest).build();
        });
      }
    }
    return progress;
  }

  private boolean tryPart(String membershipId, Function<Membership, Membership> change) {
    Optional<Membership> m = current.group().membership(membershipId);
    if (m.isEmpty()) {
      return false;
    }
    Membership changed = change.apply(m.get());
    if (changed.equals(m.get())) {
      return false;
    }
    List<Membership> memberships = new ArrayList<>();
    for (Membership x : current.group().memberships()) {
      memberships.add(x.id().equals(membershipId) ? changed : x);
    }
    return accept(() -> current.withMemberships(memberships));
  }

  /** Removes persons and organisations that nothing refers to, all at once. */
  private boolean unused() {
    Dataset d = current.dataset();
    Set<String> persons = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    for (Group g : d.groups()) {
      for (Membership m : g.memberships()) {
        persons.add(m.personId());
        m.organisationId().ifPresent(organisations::add);
      }
      organisations.addAll(g.maintainerIds());
      for (MeetingDay day : g.meetingDays()) {
        persons.addAll(day.facilitatorIds());
      }
    }
    List<Person> keptPersons = new ArrayList<>();
    for (Person p : d.persons()) {
      if (persons.contains(p.id())) {
        keptPersons.add(p);
      }
    }
    List<Organisation> keptOrganisations = new ArrayList<>();
    for (Organisation o : d.organisations()) {
      if (organisations.contains(o.id())) {
        keptOrganisations.add(o);
      }
    }
    if (keptPersons.size() == d.persons().size()
        && keptOrganisations.size() == d.organisations().size()) {
      return false;
    }
    return accept(() -> new GroupCase(Dataset.builder().from(d).persons(keptPersons)
        .organisations(keptOrganisations).build(), current.groupId(), current.asOf()));
  }

  /**
   * Tries removing chunks of the ids {@code of} lists, halving the chunk size down to one; an
   * accepted removal is kept and the same position tried again.
   */
  private boolean chunks(Function<GroupCase, List<String>> of,
      Candidate without) {
    boolean progress = false;
    int chunk = Math.max(1, of.apply(current).size() / 2);
    while (true) {
      List<String> ids = of.apply(current);
      int i = 0;
      while (i < ids.size()) {
        Set<String> drop = new HashSet<>(ids.subList(i, Math.min(ids.size(), i + chunk)));
        GroupCase base = current;
        if (accept(() -> without.apply(base, drop))) {
          progress = true;
          ids = of.apply(current);
        } else {
          i += chunk;
        }
      }
      if (chunk == 1) {
        return progress;
      }
      chunk = Math.max(1, chunk / 2);
    }
  }

  /** Builds a candidate; keeps it if it is valid and the predicate holds. */
  private boolean accept(java.util.function.Supplier<GroupCase> candidate) {
    GroupCase c;
    try {
      c = candidate.get();
    } catch (LapeValidationException e) {
      return false; // the removal would leave the dataset inconsistent
    }
    if (holds.test(c)) {
      current = c;
      return true;
    }
    return false;
  }

  private interface Candidate {
    GroupCase apply(GroupCase c, Set<String> drop);
  }

  private static List<String> ids(List<Membership> memberships) {
    List<String> ids = new ArrayList<>();
    for (Membership m : memberships) {
      ids.add(m.id());
    }
    return ids;
  }

  /** The dataset without the groups, and without links to them. */
  private static GroupCase withoutGroups(GroupCase c, Set<String> drop) {
    List<Group> kept = new ArrayList<>();
    for (Group g : c.dataset().groups()) {
      if (drop.contains(g.id())) {
        continue;
      }
      List<GroupLink> links = new ArrayList<>();
      for (GroupLink l : g.links()) {
        if (!drop.contains(l.groupId())) {
          links.add(l);
        }
      }
      kept.add(links.size() == g.links().size() ? g
          : Group.builder().from(g).links(links).build());
    }
    return new GroupCase(Dataset.builder().from(c.dataset()).groups(kept).build(), c.groupId(),
        c.asOf());
  }
}
