package fi.lape.testkit.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Voice;
import fi.lape.testkit.GroupCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Single values outside a world, and additions to a generated case. */
public final class Singles {
  private static final List<Role> ROLES = List.of(Role.MEMBER, Role.MEMBER, Role.MEMBER,
      Role.VICE_CHAIR, Role.SECRETARY, Role.PERMANENT_EXPERT, Role.COORDINATOR);

  private Singles() {}

  /** An organisation of a random kind in a random place of the built-in geography. */
  public static Organisation organisation(Rng rng) {
    World world = World.create(rng, Optional.empty(), 0, false);
    String id = world.organisation(rng.pick(Provider.values()), world.municipalities().get(0));
    return world.organisationById(id);
  }

  /** A person with a pseudonymous id, and fake personal data if asked. */
  public static Person person(Rng rng, boolean personalData) {
    World world = World.create(rng, Optional.empty(), 0, personalData);
    world.person();
    return world.persons().get(0);
  }

  /**
   * A membership of a staff member or a resident with a term of any shape around {@code around};
   * its person and organisation ids are not in any dataset.
   */
  public static Membership membership(Rng rng, LocalDate around) {
    Membership.Builder b = Membership.builder().id("m-" + rng.between(1, 9999))
        .personId("p-" + rng.between(1, 9999)).role(rng.pick(ROLES))
        .term(Terms.around(around, 1).make(rng, rng.pick(TermShape.values())));
    if (rng.percent(70)) {
      Provider p = rng.pick(Provider.values());
      b.organisationId(p.id(rng.percent(50) ? "07" : "560")).addAllSectors(rng.some(p.sectors(), 1, 2));
    } else {
      b.addAllVoices(rng.some(EnumSet.allOf(Voice.class), 1, 2));
    }
    if (rng.percent(20)) {
      b.addDuty(rng.pick(Duty.values()));
    }
    return b.build();
  }

  /**
   * {@code example} with one more active membership of a new person: a staff member of one of the
   * dataset's organisations representing some of its sectors, or a resident speaking for a voice.
   */
  public static GroupCase withActiveMember(Rng rng, GroupCase example) {
    Dataset d = example.dataset();
    Set<String> ids = new HashSet<>();
    for (Group g : d.groups()) {
      for (Membership m : g.memberships()) {
        ids.add(m.id());
      }
    }
    String membershipId = fresh("m-added-", ids);
    Set<String> personIds = new HashSet<>();
    for (Person p : d.persons()) {
      personIds.add(p.id());
    }
    String personId = fresh("p-added-", personIds);
    LocalDate asOf = example.asOf();
    Membership.Builder b = Membership.builder().id(membershipId).personId(personId)
        .role(rng.pick(ROLES))
        .term(Terms.around(asOf, 1).make(rng, rng.pick(TermShape.ACTIVE, TermShape.STARTS_ON,
            TermShape.ENDS_ON)));
    List<Organisation> organisations = d.organisations();
    if (!organisations.isEmpty() && rng.percent(70)) {
      Organisation o = rng.pick(organisations);
      b.organisationId(o.id()).addAllSectors(rng.some(o.sectors(), 1, 2));
    } else {
      b.addAllVoices(rng.some(EnumSet.allOf(Voice.class), 1, 2));
    }
    if (rng.percent(20)) {
      b.addDuty(rng.pick(Duty.values()));
    }
    Group g = example.group();
    List<Membership> memberships = new ArrayList<>(g.memberships());
    memberships.add(rng.below(memberships.size() + 1), b.build());
    List<Person> persons = new ArrayList<>(d.persons());
    persons.add(Person.builder().id(personId).build());
    List<Group> groups = new ArrayList<>();
    for (Group x : d.groups()) {
      groups.add(x.id().equals(g.id()) ? Group.builder().from(g).memberships(memberships).build()
          : x);
    }
    return new GroupCase(Dataset.builder().from(d).persons(persons).groups(groups).build(),
        example.groupId(), asOf);
  }

  private static String fresh(String prefix, Set<String> taken) {
    int i = 1;
    while (taken.contains(prefix + i)) {
      i++;
    }
    return prefix + i;
  }
}
