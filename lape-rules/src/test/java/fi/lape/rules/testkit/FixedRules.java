package fi.lape.rules.testkit;

import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;

import fi.lape.core.Branch;
import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the targeted generators promise besides requirement coverage, written independently of
 * them: the fixed error rules stay quiet, and a requirement left unmet beside the target could not
 * have been met without meeting the target.
 */
final class FixedRules {
  private FixedRules() {}

  /** How the group breaks the fixed error rules M10, M08 (counts only), A01, A02, D01, D02. */
  static List<String> violations(GroupCase example, CoveragePolicy policy) {
    List<String> found = new ArrayList<>();
    Group g = example.group();
    Dataset d = example.dataset();
    List<Membership> active = example.activeMemberships();
    if (active.stream().filter(m -> m.role() == Role.CHAIR).count() > 1) {
      found.add("LAPE-M10: more than one active chair");
    }
    if (g.kind() == GroupKind.MUNICIPAL_LAPE_GROUP) {
      Set<Branch> branches = EnumSet.noneOf(Branch.class);
      Set<String> organisations = new HashSet<>();
      for (Membership m : active) {
        branches.addAll(m.branches());
        m.organisationId().ifPresent(organisations::add);
      }
      if (branches.size() < policy.thresholds().minBranches()) {
        found.add("LAPE-M08: " + branches.size() + " branches");
      }
      if (organisations.size() < policy.thresholds().minOrganisations()) {
        found.add("LAPE-M08: " + organisations.size() + " organisations");
      }
    }
    if (g.kind().isAdvisoryKind()) {
      Voice voice = g.kind() == GroupKind.PARENTS_ADVISORY_GROUP ? Voice.PARENTS
          : Voice.YOUNG_PEOPLE;
      for (Membership m : active) {
        boolean staff = m.organisationId().isPresent() || !m.sectors().isEmpty();
        if (staff ? !m.duties().contains(Duty.ADVISORY_FACILITATOR) : !m.voices().contains(voice)) {
          found.add("LAPE-A01: " + m.id());
        }
      }
      if (g.capacity().map(c -> c < active.size()).orElse(false)) {
        found.add("LAPE-A02: capacity exceeded");
      }
    }
    List<Membership> all = g.memberships();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Membership a = all.get(i);
        Membership b = all.get(j);
        if (a.personId().equals(b.personId()) && a.role() == b.role()
            && a.term().overlaps(b.term())) {
          found.add("LAPE-D01: " + a.id() + " and " + b.id());
        }
      }
    }
    for (Membership m : all) {
      if (m.organisationId().isPresent()) {
        Organisation o = d.organisation(m.organisationId().get()).orElseThrow();
        if (!o.sectors().containsAll(m.sectors())) {
          found.add("LAPE-D02: " + m.id());
        }
      }
    }
    return found;
  }

  /**
   * Whether some single membership that {@code kind} allows (with any ordinary role, and for an
   * advisory group the group's voice or the facilitator duty), or some linked group kind, counts
   * toward {@code other} without counting toward {@code target}.
   */
  static boolean meetableWithout(Requirement target, Requirement other, GroupKind kind) {
    Criteria t = target.anyOf();
    Criteria o = other.anyOf();
    for (GroupKind k : o.linkedGroupKinds()) {
      if (!Oracle.countsLinked(t, k)) {
        return true;
      }
    }
    List<Membership.Builder> singles = new ArrayList<>();
    for (Sector s : Sector.values()) {
      singles.add(staff(kind).addSector(s));
    }
    for (Duty duty : Duty.values()) {
      singles.add(staff(kind).addDuty(duty));
    }
    singles.add(staff(kind));
    for (Voice v : Voice.values()) {
      Membership.Builder b = base().addVoice(v);
      if (kind == GroupKind.PARENTS_ADVISORY_GROUP) {
        b.addVoice(Voice.PARENTS);
      } else if (kind == GroupKind.YOUTH_ADVISORY_GROUP) {
        b.addVoice(Voice.YOUNG_PEOPLE);
      }
      singles.add(b);
    }
    for (Membership.Builder b : singles) {
      for (Role role : Role.values()) {
        Membership m = b.role(role).build();
        if (Oracle.counts(o, m) && !Oracle.counts(t, m)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Membership.Builder staff(GroupKind kind) {
    Membership.Builder b = base().organisationId("o-1");
    if (kind.isAdvisoryKind()) {
      b.addDuty(Duty.ADVISORY_FACILITATOR);
    }
    return b;
  }

  private static Membership.Builder base() {
    return Membership.builder().id("m-1").personId("p-1")
        .term(fi.lape.core.Term.from(java.time.LocalDate.of(2017, 1, 1)));
  }
}
