package fi.lape.advisor.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A dataset with one group's memberships changed and, where a seat is held by someone the dataset
 * does not know, a person with only an id added: what the rules assess instead of the real data.
 */
final class Hypothesis {
  private final Dataset dataset;
  private final Set<String> takenIds = new HashSet<>();
  private int next;

  Hypothesis(Dataset dataset) {
    this.dataset = dataset;
    for (Group g : dataset.groups()) {
      takenIds.add(g.id());
      g.memberships().forEach(m -> takenIds.add(m.id()));
    }
    dataset.persons().forEach(p -> takenIds.add(p.id()));
  }

  /** A fresh id with {@code prefix}, used by no group, membership or person of the dataset. */
  String freshId(String prefix) {
    String id;
    do {
      id = prefix + (++next);
    } while (!takenIds.add(id));
    return id;
  }

  /** The dataset with {@code groupId}'s memberships replaced by {@code memberships}. */
  Dataset with(String groupId, List<Membership> memberships) {
    List<Group> groups = new ArrayList<>(dataset.groups().size());
    for (Group g : dataset.groups()) {
      groups.add(g.id().equals(groupId)
          ? Group.builder().from(g).memberships(memberships).build() : g);
    }
    List<Person> persons = new ArrayList<>(dataset.persons());
    Set<String> known = new HashSet<>();
    dataset.persons().forEach(p -> known.add(p.id()));
    for (Membership m : memberships) {
      if (known.add(m.personId())) {
        persons.add(Person.builder().id(m.personId()).build());
      }
    }
    return Dataset.builder().from(dataset).groups(groups).persons(persons).build();
  }
}
