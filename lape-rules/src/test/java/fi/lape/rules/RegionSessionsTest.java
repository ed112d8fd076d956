package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * lape's own rules run one session per region of the dataset; users' rules make it one session for
 * the whole dataset. Both must conclude the same: no built-in rule relates groups of two regions.
 */
class RegionSessionsTest {
  /** An empty file of users' rules: it only makes the assessor run one session for everything. */
  private static final String NO_RULES = "package none\n";

  @Test
  void aSessionPerRegionConcludesWhatOneSessionForTheWholeDatasetDoes() {
    SplittableRandom seeds = new SplittableRandom(20_181_128L);
    int groups = 0;
    for (int i = 0; i < 40; i++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      Dataset dataset = RandomDatasets.dataset(random, 8 + random.nextInt(24));
      CoveragePolicy policy = RandomDatasets.policy(random);
      GroupAssessor perRegion = GroupAssessor.of(policy);
      GroupAssessor whole = GroupAssessor.builder().policy(policy).addRules("none", NO_RULES)
          .build();
      for (LocalDate day : List.of(RandomDatasets.DAY, LocalDate.of(2021, 3, 1))) {
        AssessmentReport expected = whole.assess(dataset, day);
        assertEquals(expected, perRegion.assess(dataset, day), "seed " + seed + ", " + day);
        groups += expected.groups().size();
      }
    }
    assertTrue(groups > 500, "groups: " + groups);
  }

  /**
   * Iitti (142) moved from Kymenlaakso (08) to Päijät-Häme (07) on 2021-01-01: its LAPE group is
   * in the session of the region it belongs to on the day, and Päijät-Häme's steering group sees
   * it only from then on. A steering-group member who sits in a LAPE group of another region
   * (Kouvola, 286, in Kymenlaakso) does not count in either.
   */
  @Test
  void aMunicipalityThatChangesRegionIsAssessedWithItsRegionOfTheDay() {
    Dataset data = Dataset.builder()
        .addPersons(person("p1"), person("p2"), person("p3"), person("p4"))
        .addGroups(group("steering", GroupKind.REGIONAL_STEERING_GROUP, Scope.region("07"),
                seat("s1", "p1"), seat("s2", "p4")),
            group("orimattila", GroupKind.MUNICIPAL_LAPE_GROUP, Scope.municipality("560"),
                seat("o1", "p2")),
            group("iitti", GroupKind.MUNICIPAL_LAPE_GROUP, Scope.municipality("142"),
                seat("i1", "p3")),
            group("kouvola", GroupKind.MUNICIPAL_LAPE_GROUP, Scope.municipality("286"),
                seat("k1", "p4")))
        .build();
    GroupAssessor assessor = GroupAssessor.of(Policies.nationalBaseline());

    AssessmentReport before = assessor.assess(data, LocalDate.of(2020, 6, 1));
    assertEquals(List.of("1", "orimattila", "0"), r03(before).arguments());

    AssessmentReport after = assessor.assess(data, LocalDate.of(2021, 6, 1));
    assertEquals(List.of("2", "iitti, orimattila", "0"), r03(after).arguments());
    // The same conclusions for the steering group alone, in a session of its neighbourhood.
    assertEquals(after.groups().get(0),
        assessor.assess(data, "steering", LocalDate.of(2021, 6, 1)));
  }

  private static Finding r03(AssessmentReport report) {
    GroupAssessment steering = report.groups().get(0);
    List<Finding> r03 = steering.findings().stream()
        .filter(f -> f.ruleId().equals("LAPE-R03")).toList();
    assertEquals(1, r03.size(), steering::toString);
    return r03.get(0);
  }

  private static Person person(String id) {
    return Person.builder().id(id).build();
  }

  private static Membership seat(String id, String personId) {
    return Membership.builder().id(id).personId(personId).role(Role.MEMBER)
        .term(Term.from(LocalDate.of(2018, 1, 1))).build();
  }

  private static Group group(String id, GroupKind kind, Scope scope, Membership... seats) {
    return Group.builder().id(id).kind(kind).name(id).scope(scope).addMemberships(seats).build();
  }
}
