package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Gender;
import fi.lape.core.GenderBalanceWaiver;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Verdict;
import fi.lape.rules.reference.ReferenceEvaluator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * LAPE-L01, the statutory gender balance (Act 609/1986, section 4 a): members and deputies counted
 * separately, 40 % of each rounded up, advice instead of a guess, the special-reason waiver, off
 * unless a policy switches it on, and counts, never genders, in what it says.
 */
class GenderBalanceTest {
  private static final LocalDate DAY = LocalDate.of(2018, 3, 1);
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final CoveragePolicy BALANCED = CoveragePolicy
      .extending(Policies.nationalBaseline()).id("balanced").name("Balanced")
      .addEnabledRule("LAPE-L01").build();

  /** A group of {@code kind} with members of the given genders (null: not recorded). */
  private static Dataset group(GroupKind kind, List<Gender> members, List<Gender> deputies,
      UnaryOperator<Group.Builder> change) {
    Dataset.Builder dataset = Dataset.builder();
    Group.Builder group = Group.builder().id("g").kind(kind).name("Ryhmä")
        .scope(kind == GroupKind.REGIONAL_STEERING_GROUP ? Scope.region("07")
            : Scope.municipality("560"));
    int i = 0;
    List<String> principals = new ArrayList<>();
    for (Gender gender : members) {
      String id = "m" + i;
      principals.add(id);
      seat(dataset, group, id, "p" + i++, gender, Role.MEMBER, null);
    }
    for (Gender gender : deputies) {
      String deputyOf = principals.isEmpty() ? null : principals.get(i % principals.size());
      seat(dataset, group, "m" + i, "p" + i++, gender, Role.DEPUTY_MEMBER, deputyOf);
    }
    return dataset.addGroup(change.apply(group).build()).build();
  }

  private static void seat(Dataset.Builder dataset, Group.Builder group, String id,
      String person, Gender gender, Role role, String deputyOf) {
    Person.Builder p = Person.builder().id(person);
    if (gender != null) {
      p.gender(gender);
    }
    dataset.addPerson(p.build());
    Membership.Builder m = Membership.builder().id(id).personId(person).role(role)
        .term(Term.from(DAY.minusYears(1)));
    if (deputyOf != null) {
      m.deputyOf(deputyOf);
    }
    group.addMembership(m.build());
  }

  private static List<Gender> of(int women, int men, int unknown) {
    List<Gender> genders = new ArrayList<>();
    for (int i = 0; i < women; i++) {
      genders.add(Gender.WOMAN);
    }
    for (int i = 0; i < men; i++) {
      genders.add(Gender.MAN);
    }
    for (int i = 0; i < unknown; i++) {
      genders.add(null);
    }
    return genders;
  }

  private static Dataset lape(List<Gender> members, List<Gender> deputies) {
    return group(GroupKind.MUNICIPAL_LAPE_GROUP, members, deputies, g -> g);
  }

  /** LAPE-L01's findings under {@code policy}, after checking that the reference agrees. */
  private static List<Finding> l01(CoveragePolicy policy, Dataset dataset) {
    GroupAssessment drools = GroupAssessor.of(policy).assess(dataset, "g", DAY);
    assertEquals(new ReferenceEvaluator(policy).assess(dataset, "g", DAY), drools);
    return drools.findings().stream().filter(f -> f.ruleId().equals("LAPE-L01")).toList();
  }

  private static List<Finding> l01(Dataset dataset) {
    return l01(BALANCED, dataset);
  }

  @Test
  void exactlyFortyPercentPassesAndBelowFails() {
    assertEquals(List.of(), l01(lape(of(4, 6, 0), List.of())));
    assertEquals(List.of(), l01(lape(of(6, 4, 0), List.of())));
    List<Finding> found = l01(lape(of(3, 7, 0), List.of()));
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("finding.LAPE-L01.members", f.messageKey());
    assertEquals("3 women and 7 men among 10 members: at least 4 of each needed.",
        f.message(Locale.ENGLISH));
    assertEquals("10 jäsenestä naisia on 3 ja miehiä 7: kumpiakin tarvitaan vähintään 4.",
        f.message(FI));
    assertEquals("Av 10 ledamöter är 3 kvinnor och 7 män: minst 4 av vartdera könet behövs.",
        f.message(SV));
    assertTrue(f.citation().contains("609/1986"), f.citation());
    // A project steering group has no other rule that could fail: the verdict is L01's.
    GroupAssessor assessor = GroupAssessor.of(BALANCED);
    assertEquals(Verdict.NON_COMPLIANT, assessor.assess(group(GroupKind.PROJECT_STEERING_GROUP,
        of(3, 7, 0), List.of(), g -> g), "g", DAY).verdict());
    assertEquals(Verdict.COMPLIANT, assessor.assess(group(GroupKind.PROJECT_STEERING_GROUP,
        of(4, 6, 0), List.of(), g -> g), "g", DAY).verdict());
  }

  @Test
  void fortyPercentIsRoundedUpButNeverAboveHalf() {
    // 7 members: 2.8, so 3 of each; 5: exactly 2; 3: 1.2 would ask 2 of each, which no body of
    // three can have, so one of each suffices; 2: one of each; 1: nothing to balance.
    assertEquals(List.of(), l01(lape(of(3, 4, 0), List.of())));
    assertEquals("2 women and 5 men among 7 members: at least 3 of each needed.",
        l01(lape(of(2, 5, 0), List.of())).get(0).message(Locale.ENGLISH));
    assertEquals(List.of(), l01(lape(of(2, 3, 0), List.of())));
    assertEquals(List.of(), l01(lape(of(1, 2, 0), List.of())));
    assertEquals("0 women and 3 men among 3 members: at least 1 of each needed.",
        l01(lape(of(0, 3, 0), List.of())).get(0).message(Locale.ENGLISH));
    assertEquals(List.of(), l01(lape(of(1, 2, 0), of(1, 1, 0))));
    assertEquals(1, l01(lape(of(0, 2, 0), List.of())).size());
    assertEquals(List.of(), l01(lape(of(0, 1, 0), List.of())));
  }

  @Test
  void membersAndDeputiesAreCountedSeparately() {
    // Balanced overall (5 and 5 of 10) but not on either bench.
    List<Finding> found = l01(lape(of(1, 4, 0), of(4, 1, 0)));
    assertEquals(List.of("finding.LAPE-L01.members", "finding.LAPE-L01.deputies"),
        found.stream().map(Finding::messageKey).sorted((a, b) -> b.compareTo(a)).toList());
    Finding deputies = found.stream()
        .filter(f -> f.messageKey().endsWith("deputies")).findFirst().orElseThrow();
    assertEquals("4 women and 1 man among 5 deputies: at least 2 of each needed.",
        deputies.message(Locale.ENGLISH));
    assertEquals("5 varajäsenestä naisia on 4 ja miehiä 1: kumpiakin tarvitaan vähintään 2.",
        deputies.message(FI));
    assertEquals("Av 5 ersättare är 4 kvinnor och 1 man: minst 2 av vartdera könet behövs.",
        deputies.message(SV));
    // Balanced members, unbalanced deputies: only the deputies are reported.
    assertEquals(List.of("finding.LAPE-L01.deputies"), l01(lape(of(2, 2, 0), of(0, 3, 0)))
        .stream().map(Finding::messageKey).toList());
  }

  @Test
  void aSecretaryOrAnExpertIsNotAMemberOfTheBody() {
    Dataset dataset = group(GroupKind.MUNICIPAL_LAPE_GROUP, of(2, 2, 0), List.of(),
        g -> g.addMembership(Membership.builder().id("s").personId("p0").role(Role.SECRETARY)
            .term(Term.from(DAY)).build()));
    assertEquals(List.of(), l01(dataset));
  }

  @Test
  void unknownGendersGiveAdviceNotAGuess() {
    // 3 women, 4 men and 3 unknown of 10: the three decide it, so lape does not.
    List<Finding> found = l01(lape(of(3, 4, 3), List.of()));
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals(Severity.INFO, f.severity());
    assertEquals("The gender balance of the members is not assessed: 3 of the 10 members have no"
        + " recorded gender. Recorded: 3 women and 4 men; at least 4 of each needed.",
        f.message(Locale.ENGLISH));
    assertEquals("Jäsenten sukupuolijakaumaa ei arvioida, koska 3 jäsenen sukupuolta ei ole"
        + " merkitty. 10 jäsenestä naisia on 3 ja miehiä 4, ja kumpiakin tarvitaan vähintään 4.",
        f.message(FI));
    // A group with no genders recorded at all gets the same advice.
    assertEquals(Severity.INFO, l01(lape(of(0, 0, 6), List.of())).get(0).severity());
    // When the known genders already decide it, the unknown ones change nothing.
    assertEquals(List.of(), l01(lape(of(4, 4, 2), List.of())));
    Finding certain = l01(lape(of(1, 8, 1), List.of())).get(0);
    assertEquals(Severity.ERROR, certain.severity());
    assertEquals("1 woman and 8 men among 10 members (1 without a recorded gender): at least 4"
        + " of each needed.", certain.message(Locale.ENGLISH));
  }

  @Test
  void anotherGenderCountsAmongTheMembersButForNeitherShare() {
    List<Gender> members = new ArrayList<>(of(2, 2, 0));
    members.add(Gender.OTHER);
    assertEquals(List.of(), l01(lape(members, List.of())));
    members.add(Gender.OTHER);
    members.add(Gender.OTHER);
    // 7 persons: 3 of each needed.
    assertEquals("2 women and 2 men among 7 members: at least 3 of each needed.",
        l01(lape(members, List.of())).get(0).message(Locale.ENGLISH));
  }

  @Test
  void aDocumentedSpecialReasonTurnsTheFindingIntoAdviceWithoutShowingTheReason() {
    String reason = "Jäsenet nimetään virka-aseman perusteella";
    Dataset waived = group(GroupKind.PROJECT_STEERING_GROUP, of(1, 5, 0), List.of(),
        g -> g.genderBalanceWaiver(GenderBalanceWaiver.of(reason)));
    GroupAssessment assessment = GroupAssessor.of(BALANCED).assess(waived, "g", DAY);
    assertEquals(Verdict.COMPLIANT, assessment.verdict());
    List<Finding> found = l01(waived);
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals(Severity.INFO, f.severity());
    assertEquals("1 woman and 5 men among 6 members, fewer than the 3 of each the law asks for;"
        + " the group has documented a special reason for departing from the gender balance.",
        f.message(Locale.ENGLISH));
    for (Locale locale : List.of(Locale.ENGLISH, FI, SV)) {
      assertFalse(f.message(locale).contains("virka-aseman"), f.message(locale));
    }
    // A waived group whose balance holds, or cannot be told, gets nothing.
    assertEquals(List.of(), l01(group(GroupKind.MUNICIPAL_LAPE_GROUP, of(3, 3, 0), List.of(),
        g -> g.genderBalanceWaiver(GenderBalanceWaiver.of(reason)))));
    assertEquals(List.of(), l01(group(GroupKind.MUNICIPAL_LAPE_GROUP, of(0, 0, 5), List.of(),
        g -> g.genderBalanceWaiver(GenderBalanceWaiver.of(reason)))));
  }

  @Test
  void offInTheBuiltInPoliciesAndOnInAPolicyThatAsksForIt() {
    Dataset unbalanced = lape(of(0, 6, 0), of(0, 2, 0));
    for (CoveragePolicy builtIn : Policies.all()) {
      assertEquals(List.of(), l01(builtIn, unbalanced), builtIn.id());
    }
    assertEquals(2, l01(unbalanced).size());
    CoveragePolicy offAgain = CoveragePolicy.extending(BALANCED).id("off").name("Off")
        .addDisabledRule("LAPE-L01").build();
    assertEquals(List.of(), l01(offAgain, unbalanced));
  }

  @Test
  void aPolicySetsTheSeverityButAdviceStaysAdvice() {
    CoveragePolicy warning = CoveragePolicy.extending(BALANCED).id("w").name("W")
        .putSeverityOverride("LAPE-L01", Severity.WARNING).build();
    assertEquals(Severity.WARNING, l01(warning, lape(of(0, 6, 0), List.of())).get(0).severity());
    assertEquals(Severity.INFO, l01(warning, lape(of(2, 2, 2), List.of())).get(0).severity());
  }

  @Test
  void onlyThePlanningBodiesAreBalanced() {
    assertEquals(1, l01(group(GroupKind.REGIONAL_STEERING_GROUP, of(0, 4, 0), List.of(),
        g -> g)).size());
    assertEquals(1, l01(group(GroupKind.PROJECT_STEERING_GROUP, of(0, 4, 0), List.of(),
        g -> g)).size());
    for (GroupKind kind : List.of(GroupKind.YOUTH_COUNCIL, GroupKind.PARENTS_ADVISORY_GROUP,
        GroupKind.CUSTOMER_PANEL, GroupKind.PUPIL_COUNCIL, GroupKind.MEETING_PLACE)) {
      assertEquals(List.of(), l01(group(kind, of(0, 4, 0), List.of(), g -> g)), kind.code());
    }
  }

  @Test
  void findingsCarryCountsOnlyNeverAPersonOrAGender() {
    Finding f = l01(lape(of(0, 4, 1), List.of())).get(0);
    assertEquals(List.of(), f.personIds());
    assertEquals(List.of(), f.membershipIds());
    for (String argument : f.arguments()) {
      assertTrue(argument.matches("\\d+"), argument);
    }
  }

  @Test
  void theRuleBaseSaysWhereItIsDecided() {
    List<RuleBase.Decision> decisions = RuleBase.decisions("LAPE-L01");
    assertFalse(decisions.isEmpty());
    for (RuleBase.Decision d : decisions) {
      assertEquals("fi/lape/rules/internal/rules/equality/equality.drl", d.file());
    }
    assertTrue(decisions.stream().anyMatch(d -> d.rule().equals("LAPE-L01 too few women or men")),
        decisions::toString);
  }
}
