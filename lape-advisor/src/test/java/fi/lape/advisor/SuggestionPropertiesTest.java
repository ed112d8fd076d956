package fi.lape.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.Voice;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import fi.lape.testkit.Generators;
import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Suggestions agree with the rules on generated groups and small generated pools: the group with
 * the suggested additions has no error but those said to be unmeetable, and no smaller subset of
 * the pool does as well (checked by brute force, seating the candidates independently of the
 * advisor's own code).
 */
class SuggestionPropertiesTest {
  private static final GroupAssessor ASSESSOR = GroupAssessor.of(Policies.nationalBaseline());
  private static final Advisor ADVISOR = Advisor.of(ASSESSOR);
  private static final int MAX_POOL = 7;

  @Test
  void suggestionsClearTheErrorsAndAreMinimal() {
    Property.forAllGroups(Generators.groups(GroupKind.MUNICIPAL_LAPE_GROUP))
        .named("suggestions clear the errors with the fewest candidates")
        .cases(40)
        .sizes(2, 20)
        .checkWith(this::check);
  }

  private void check(GroupCase example, RandomGenerator rng) {
    List<Candidate> pool = pool(example, rng);
    Suggestions s = ADVISOR.suggest(example.dataset(), example.groupId(), example.asOf(),
        SuggestionOptions.defaults().withDatasetPool(false).withCandidates(pool));
    GroupAssessment before = ASSESSOR.assess(example.dataset(), example.groupId(),
        example.asOf());
    assertEquals(before, s.before());
    if (before.isCompliant()) {
      assertEquals(Suggestions.Status.NOTHING_TO_DO, s.status());
      return;
    }
    Set<String> unmeetable = new HashSet<>();
    s.unmeetable().forEach(u -> unmeetable.add(key(u.ruleId(), u.requirementId().orElse(""))));
    switch (s.status()) {
      case COMPLETE, PARTIAL -> {
        List<Candidate> chosen = s.additions().stream().map(Addition::candidate).toList();
        GroupAssessment after = seat(example, chosen);
        assertTrue(clears(after, unmeetable), () -> "still failing with " + chosen + ": "
            + after.findings());
        assertEquals(s.status() == Suggestions.Status.COMPLETE, after.isCompliant());
        // Every addition is someone of the pool, and no smaller subset of the pool does it.
        assertTrue(pool.containsAll(chosen));
        if (s.provenMinimal()) {
          for (List<Candidate> subset : subsets(pool, chosen.size() - 1)) {
            assertFalse(clears(seat(example, subset), unmeetable),
                () -> "smaller set " + subset + " than " + chosen + " clears as much");
          }
        }
      }
      case NOT_FOUND -> {
        for (List<Candidate> subset : subsets(pool, pool.size())) {
          assertFalse(clears(seat(example, subset), unmeetable), () -> subset + " clears");
        }
      }
      default -> throw new AssertionError("status " + s.status() + " for a failing group");
    }
    // What is said to be unmeetable stays with the whole pool seated.
    GroupAssessment everyone = seat(example, pool);
    for (Unmeetable u : s.unmeetable()) {
      assertTrue(everyone.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
          && f.ruleId().equals(u.ruleId())
          && f.requirementId().orElse("").equals(u.requirementId().orElse(""))),
          () -> u + " is cleared by seating the whole pool");
    }
  }

  private static String key(String rule, String requirement) {
    return rule + "/" + requirement;
  }

  /** Whether no error is left but those in {@code unmeetable}. */
  private static boolean clears(GroupAssessment a, Set<String> unmeetable) {
    for (Finding f : a.findings()) {
      if (f.severity() == Severity.ERROR
          && !unmeetable.contains(key(f.ruleId(), f.requirementId().orElse("")))) {
        return false;
      }
    }
    return true;
  }

  /** Up to seven candidates: people of the dataset's other groups, and roles drawn at random. */
  private static List<Candidate> pool(GroupCase example, RandomGenerator rng) {
    List<Candidate> pool = new ArrayList<>();
    List<Candidate> people = ADVISOR.pool(example.dataset(), example.groupId(), example.asOf());
    for (Candidate c : people) {
      if (pool.size() < 4 && rng.nextBoolean()) {
        pool.add(c);
      }
    }
    Sector[] sectors = Sector.values();
    Voice[] voices = Voice.values();
    while (pool.size() < MAX_POOL && rng.nextInt(4) > 0) {
      Candidate.Builder b = Candidate.builder("role-" + pool.size());
      if (rng.nextBoolean()) {
        b.addVoice(voices[rng.nextInt(voices.length)]);
      } else {
        b.addSector(sectors[rng.nextInt(sectors.length)]);
        if (rng.nextBoolean()) {
          b.addSector(sectors[rng.nextInt(sectors.length)]);
        }
      }
      pool.add(b.build());
    }
    return pool;
  }

  /** The group assessed with one seat for each of {@code candidates}, built here, not by the advisor. */
  private static GroupAssessment seat(GroupCase example, List<Candidate> candidates) {
    Dataset dataset = example.dataset();
    Group group = example.group();
    List<Membership> memberships = new ArrayList<>(group.memberships());
    List<Person> persons = new ArrayList<>(dataset.persons());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      String person = c.personId().orElse("test-person-" + i);
      if (c.personId().isEmpty()) {
        persons.add(Person.builder().id(person).build());
      }
      Membership.Builder m = Membership.builder().id("test-seat-" + i).personId(person)
          .role(c.role()).sectors(c.sectors()).voices(c.voices()).duties(c.duties())
          .term(Term.from(example.asOf()));
      c.organisationId().ifPresent(m::organisationId);
      memberships.add(m.build());
    }
    List<Group> groups = new ArrayList<>();
    for (Group g : dataset.groups()) {
      groups.add(g.id().equals(group.id())
          ? Group.builder().from(g).memberships(memberships).build() : g);
    }
    Dataset seated = Dataset.builder().from(dataset).groups(groups).persons(persons).build();
    return ASSESSOR.assess(seated, example.groupId(), example.asOf());
  }

  /** Every subset of {@code pool} with at most {@code maxSize} elements, in pool order. */
  private static List<List<Candidate>> subsets(List<Candidate> pool, int maxSize) {
    List<List<Candidate>> out = new ArrayList<>();
    int n = pool.size();
    for (int mask = 0; mask < (1 << n); mask++) {
      if (Integer.bitCount(mask) > maxSize) {
        continue;
      }
      List<Candidate> subset = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          subset.add(pool.get(i));
        }
      }
      out.add(subset);
    }
    return out;
  }
}
