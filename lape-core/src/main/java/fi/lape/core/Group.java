package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A group that plans or voices child and family services: a municipal LAPE group, the regional
 * steering group, an advisory group, a customer panel, an open meeting place.
 *
 * <pre>{@code
 * Group lape = Group.builder()
 *     .id("orimattila-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
 *     .name("Orimattilan LAPE-ryhmä").scope(Scope.municipality("560"))
 *     .addMembership(chair)
 *     .addLink(GroupLink.of("orimattila-panel", LinkRelation.CONSULTS))
 *     .build();
 * List<Membership> seated = lape.activeMemberships(LocalDate.of(2018, 1, 1));
 * }</pre>
 */
@Value.Immutable
public abstract class Group {
  Group() {}

  /** The id, unique in a dataset. */
  public abstract String id();

  /** What kind of group this is. */
  public abstract GroupKind kind();

  /** The group's name (not personal data). */
  public abstract String name();

  /** Where the group works. */
  public abstract Scope scope();

  /** The seats, active or not; ask {@link #activeMemberships(LocalDate)} for a given day. */
  public abstract List<Membership> memberships();

  /** Links to other groups of the dataset. */
  public abstract List<GroupLink> links();

  /** For a customer panel or an advisory group, the ids of the organisations that run it. */
  public abstract Set<String> maintainerIds();

  /** Where the group meets. */
  public abstract Optional<Channel> channel();

  /** The most members the group takes at once, if limited (rule LAPE-A02). */
  public abstract Optional<Integer> capacity();

  /** The group's own term, e.g. 1.8.-31.12.2017 for the parents' advisory group. */
  public abstract Optional<Term> term();

  /** Days on which free places are filled, e.g. 1.1.2018 and 1.7.2018 (rule LAPE-A02). */
  public abstract List<LocalDate> intakeDates();

  /** The days on which the group meets (rule LAPE-A04). */
  public abstract List<MeetingDay> meetingDays();

  /** The themes the group works on, as free codes. */
  public abstract List<String> themes();

  /** For an open meeting place, what type it is. */
  public abstract Optional<MeetingPlaceType> meetingPlaceType();

  /**
   * A documented special reason for departing from the statutory gender balance (rule LAPE-L01),
   * if the group has one. Its text is never shown in findings or reports.
   */
  public abstract Optional<GenderBalanceWaiver> genderBalanceWaiver();

  /** The memberships active on {@code day}, in their original order. */
  public final List<Membership> activeMemberships(LocalDate day) {
    return memberships().stream().filter(m -> m.isActiveOn(day)).collect(Collectors.toList());
  }

  /** The first day of the group's own term or of any of its memberships; empty when it has none. */
  public final Optional<LocalDate> firstDay() {
    LocalDate first = term().map(Term::start).orElse(null);
    for (Membership m : memberships()) {
      if (first == null || m.term().start().isBefore(first)) {
        first = m.term().start();
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The day the group's last membership change takes effect, at the earliest {@code floor}: the
   * latest start of a membership, or the day after the latest end. Nothing changes after it, so a
   * compliance timeline that ends there is complete.
   */
  public final LocalDate lastChange(LocalDate floor) {
    LocalDate last = floor;
    for (Membership m : memberships()) {
      Term term = m.term();
      if (term.start().isAfter(last)) {
        last = term.start();
      }
      if (term.end().isPresent() && term.end().get().plusDays(1).isAfter(last)) {
        last = term.end().get().plusDays(1);
      }
    }
    return last;
  }

  /** The membership with {@code id}, if the group has it. */
  public final Optional<Membership> membership(String id) {
    return memberships().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("group", id());
    Checks.check(!name().isBlank(), "group %s: name is blank", id());
    if (kind() == GroupKind.REGIONAL_STEERING_GROUP) {
      Checks.check(scope().region().isPresent(),
          "group %s: scope of a REGIONAL_STEERING_GROUP must be a region", id());
    }
    if (kind() == GroupKind.MUNICIPAL_LAPE_GROUP) {
      Checks.check(scope().municipality().isPresent(),
          "group %s: scope of a MUNICIPAL_LAPE_GROUP must be a municipality", id());
    }
    capacity().ifPresent(c -> Checks.check(c > 0, "group %s: capacity %d is not positive", id(),
        c));
    meetingPlaceType().ifPresent(t -> Checks.check(kind() == GroupKind.MEETING_PLACE,
        "group %s: meetingPlaceType is set but kind is %s, not MEETING_PLACE", id(), kind()));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < memberships().size(); i++) {
      Membership m = memberships().get(i);
      Checks.check(ids.add(m.id()), "group %s: memberships[%d]: id %s is used twice", id(), i,
          m.id());
    }
    for (int i = 0; i < memberships().size(); i++) {
      Membership m = memberships().get(i);
      m.deputyOf().ifPresent(d -> Checks.check(ids.contains(d),
          "group %s: membership %s: deputyOf %s is not a membership of this group", id(), m.id(),
          Checks.abbreviate(d)));
    }
    for (int i = 0; i < links().size(); i++) {
      GroupLink link = links().get(i);
      Checks.reference("group", id(), "links[" + i + "].groupId", link.groupId());
      Checks.check(!link.groupId().equals(id()), "group %s: links[%d] links the group to itself",
          id(), i);
    }
    for (String maintainer : maintainerIds()) {
      Checks.reference("group", id(), "maintainerIds", maintainer);
    }
    for (int i = 0; i < themes().size(); i++) {
      Checks.check(!themes().get(i).isBlank(), "group %s: themes[%d] is blank", id(), i);
    }
  }

  /** Builds a {@link Group}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableGroup.Builder {
    Builder() {}
  }
}
