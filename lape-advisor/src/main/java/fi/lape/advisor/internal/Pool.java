package fi.lape.advisor.internal;

import fi.lape.advisor.Candidate;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dataset's pool of candidates for a group: the people who sit, on the day, in other groups of
 * the group's municipality (first) or region, with the organisation, sectors and voices they
 * represent there. Roles and duties are not carried over: they belong to the other group.
 */
public final class Pool {
  private Pool() {}

  /** The pool for {@code group} on {@code day}, in a fixed order. */
  public static List<Candidate> of(Dataset dataset, Group group, LocalDate day) {
    Set<String> seated = new HashSet<>();
    group.activeMemberships(day).forEach(m -> seated.add(m.personId()));
    Optional<String> municipality = group.scope().municipality();
    Optional<String> region = dataset.regionOf(group, day);
    List<Group> near = new ArrayList<>();
    List<Group> regional = new ArrayList<>();
    for (Group other : dataset.groups()) {
      if (other.id().equals(group.id())) {
        continue;
      }
      if (municipality.isPresent() && municipality.equals(other.scope().municipality())) {
        near.add(other);
      } else if (region.isPresent() && region.equals(dataset.regionOf(other, day))) {
        regional.add(other);
      }
    }
    near.addAll(regional);
    // One candidate per person and organisation; a person seen for two organisations is two
    // candidates, of which a suggestion takes at most one.
    Map<String, Candidate.Builder> byKey = new LinkedHashMap<>();
    Map<String, Set<String>> organisationsOfPerson = new LinkedHashMap<>();
    for (Group other : near) {
      for (Membership m : other.activeMemberships(day)) {
        if (seated.contains(m.personId())) {
          continue;
        }
        String key = m.personId() + "\u0000" + m.organisationId().orElse("");
        organisationsOfPerson.computeIfAbsent(m.personId(), p -> new java.util.TreeSet<>())
            .add(m.organisationId().orElse(""));
        Candidate.Builder b = byKey.computeIfAbsent(key, k -> {
          Candidate.Builder nb = Candidate.builder(key).personId(m.personId());
          m.organisationId().ifPresent(nb::organisationId);
          return nb;
        });
        b.addSectors(m.sectors()).addVoices(m.voices()).addSeenIn(other.id());
      }
    }
    List<Candidate> pool = new ArrayList<>();
    for (Map.Entry<String, Candidate.Builder> e : byKey.entrySet()) {
      Candidate c = e.getValue().build();
      String person = c.personId().orElseThrow();
      String id = organisationsOfPerson.get(person).size() == 1 ? person
          : person + "@" + c.organisationId().orElse("-");
      pool.add(new Candidate(id, c.personId(), c.organisationId(), c.role(), c.sectors(),
          c.voices(), c.duties(), c.seenIn()));
    }
    return pool;
  }
}
