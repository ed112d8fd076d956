package fi.lape.rules;

import static fi.lape.rules.SeedData.DAY;
import static fi.lape.rules.SeedData.ORIMATTILA_LAPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Role;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.TimelineInterval;
import fi.lape.core.report.Verdict;
import fi.lape.rules.internal.BuiltInRules;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupAssessorTest {
  private static final GroupAssessor BASELINE = Check.BASELINE;

  @Test
  void assessesEveryGroupInDatasetOrder() {
    Dataset seeds = SeedData.dataset();
    AssessmentReport report = BASELINE.assess(seeds, DAY);
    assertEquals(seeds.groups().stream().map(Group::id).toList(),
        report.groups().stream().map(GroupAssessment::groupId).toList());
    assertEquals(Policies.NATIONAL_BASELINE, report.policyId());
    assertEquals(DAY, report.asOf());
    assertTrue(report.isCompliant());
    for (GroupAssessment group : report.groups()) {
      assertEquals(BASELINE.assess(seeds, group.groupId(), DAY), group);
    }
  }

  @Test
  void anUnknownGroupIsAnIllegalArgumentNamingTheId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BASELINE.assess(SeedData.dataset(), "no-such-group", DAY));
    assertTrue(e.getMessage().contains("no-such-group"), e.getMessage());
    assertThrows(LapeValidationException.class,
        () -> BASELINE.timeline(SeedData.dataset(), "no-such-group", DAY, DAY));
  }

  @Test
  void findingsComeInFindingOrder() {
    Dataset messy = Check.without(ORIMATTILA_LAPE, "ori-m1", "ori-m3", "ori-m4", "ori-m6",
        "ori-m8");
    GroupAssessment a = BASELINE.assess(messy, ORIMATTILA_LAPE, DAY);
    List<Finding> sorted = new ArrayList<>(a.findings());
    sorted.sort(Finding.ORDER);
    assertTrue(a.findings().size() > 4);
    assertEquals(sorted, a.findings());
    assertEquals(Severity.ERROR, a.findings().get(0).severity());
  }

  @Test
  void aPolicyCanOverrideTheSeverityOfAFixedRuleAndSwitchRulesOff() {
    Dataset twoChairs = Check.changed(ORIMATTILA_LAPE, "ori-m7", m -> m.role(Role.CHAIR));
    CoveragePolicy lenient = CoveragePolicy.builder().from(Policies.nationalBaseline())
        .id("lenient").putSeverityOverride("LAPE-M10", Severity.INFO).build();
    GroupAssessment a = GroupAssessor.of(lenient).assess(twoChairs, ORIMATTILA_LAPE, DAY);
    assertEquals(Severity.INFO, Check.only(a, "LAPE-M10").severity());
    assertTrue(a.isCompliant());

    CoveragePolicy off = CoveragePolicy.builder().from(Policies.nationalBaseline())
        .id("off").addDisabledRule("LAPE-M10").addDisabledRule("LAPE-M05-CHILDREN").build();
    Dataset noVoices = Check.group(ORIMATTILA_LAPE, g -> g.links(List.of()));
    GroupAssessment b = GroupAssessor.of(off).assess(noVoices, ORIMATTILA_LAPE, DAY);
    Check.none(GroupAssessor.of(off).assess(twoChairs, ORIMATTILA_LAPE, DAY), "LAPE-M10");
    assertTrue(b.coverage().stream().noneMatch(l -> l.requirementId().equals("LAPE-M05-CHILDREN")));
    Check.none(b, "LAPE-M05");
    assertEquals(Severity.WARNING, Check.only(BASELINE.assess(noVoices, ORIMATTILA_LAPE, DAY),
        "LAPE-M05").severity());
  }

  @Test
  void theTimelineTurnsNonCompliantTheDayTheOnlySoteMemberLeaves() {
    LocalDate lastDay = LocalDate.of(2018, 2, 28);
    Dataset leaving = Check.without(ORIMATTILA_LAPE, "ori-m6");
    leaving = Check.changed(leaving, ORIMATTILA_LAPE, "ori-m3",
        m -> m.term(Term.of(SeedData.SINCE, lastDay)));
    ComplianceTimeline timeline = BASELINE.timeline(leaving, ORIMATTILA_LAPE,
        LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30));
    assertEquals(List.of(
        TimelineInterval.builder().start(LocalDate.of(2018, 1, 1)).end(lastDay)
            .verdict(Verdict.COMPLIANT).build(),
        TimelineInterval.builder().start(LocalDate.of(2018, 3, 1)).end(LocalDate.of(2018, 6, 30))
            .verdict(Verdict.NON_COMPLIANT).addErrorRuleId("LAPE-M02").build()),
        timeline.intervals());
  }

  @Test
  void theTimelineMergesDaysWithTheSameVerdictAndErrors() {
    ComplianceTimeline timeline = BASELINE.timeline(SeedData.dataset(), ORIMATTILA_LAPE,
        LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31));
    // Before the first terms nobody sits anywhere (a linked pupil council without members does not
    // hear anyone: LAPE-M05 fails too); from 1.2.2017 all is well.
    assertEquals(2, timeline.intervals().size());
    TimelineInterval before = timeline.intervals().get(0);
    assertEquals(Verdict.NON_COMPLIANT, before.verdict());
    assertEquals(List.of("LAPE-M01", "LAPE-M02", "LAPE-M03", "LAPE-M05", "LAPE-M08"),
        before.errorRuleIds());
    assertEquals(SeedData.SINCE, timeline.intervals().get(1).start());
    ComplianceTimeline oneDay = BASELINE.timeline(SeedData.dataset(), ORIMATTILA_LAPE, DAY, DAY);
    assertEquals(List.of(TimelineInterval.builder().start(DAY).end(DAY)
        .verdict(Verdict.COMPLIANT).build()), oneDay.intervals());
    assertThrows(LapeValidationException.class,
        () -> BASELINE.timeline(SeedData.dataset(), ORIMATTILA_LAPE, DAY, DAY.minusDays(1)));
  }

  @Test
  void everyRuleOfTheCatalogueHasDrlRulesNamedByItsId() {
    Set<String> prefixes = BuiltInRules.kieBase().getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .map(r -> r.getName().split(" ")[0])
        .collect(Collectors.toSet());
    for (Rule rule : Rule.values()) {
      assertTrue(prefixes.contains(rule.id()), rule.id());
    }
  }

  @Test
  void everyRequirementDrivenRuleIsBackedByAShippedRequirement() {
    Set<String> ruleIds = new HashSet<>();
    Policies.all().forEach(p -> p.requirements().forEach(r -> ruleIds.add(r.ruleId())));
    for (Rule rule : Rule.values()) {
      if (rule.isRequirementDriven() && rule != Rule.M09) {
        assertTrue(ruleIds.contains(rule.id()), rule.id());
      }
    }
  }

  @Test
  void xstreamIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.thoughtworks.xstream.XStream"));
  }

  @Test
  void theAssessorKeepsItsPolicy() {
    assertSame(Policies.pohjoisSavo2017(), GroupAssessor.of(Policies.pohjoisSavo2017()).policy());
  }

  @Test
  void usersOwnRulesReportFindingsUnderThePolicy() {
    String drl = """
        package orimattila
        import fi.lape.rules.AssessedGroup
        import fi.lape.core.GroupKind
        import fi.lape.core.policy.Severity
        rule "ORIMATTILA-01 at least twelve members"
        when
            $g : AssessedGroup( group.kind == GroupKind.MUNICIPAL_LAPE_GROUP,
                                activeMemberships.size() < 12 )
        then
            insert($g.finding("ORIMATTILA-01", Severity.ERROR)
                .addArgument(String.valueOf($g.getActiveMemberships().size())).build());
        end
        """;
    GroupAssessor assessor = GroupAssessor.builder().policy(Policies.nationalBaseline())
        .addRules("orimattila", drl).build();
    AssessmentReport report = assessor.assess(SeedData.dataset(), DAY);
    Finding f = Check.only(report.group(ORIMATTILA_LAPE).orElseThrow(), "ORIMATTILA-01");
    assertEquals(List.of("10"), f.arguments());
    assertFalse(report.group(ORIMATTILA_LAPE).orElseThrow().isCompliant());
    assertTrue(report.group(SeedData.ORIMATTILA_PANEL).orElseThrow().isCompliant());
    assertEquals(report.groups().stream().filter(g -> !g.findings().isEmpty()).count(),
        BASELINE.assess(SeedData.dataset(), DAY).groups().stream()
            .filter(g -> !g.findings().isEmpty()).count() + 3);

    CoveragePolicy softened = CoveragePolicy.builder().from(Policies.nationalBaseline())
        .id("soft").putSeverityOverride("ORIMATTILA-01", Severity.WARNING).build();
    GroupAssessment soft = GroupAssessor.builder().policy(softened).addRules("orimattila", drl)
        .build().assess(SeedData.dataset(), ORIMATTILA_LAPE, DAY);
    assertEquals(Severity.WARNING, Check.only(soft, "ORIMATTILA-01").severity());
    assertTrue(soft.isCompliant());
  }

  @Test
  void aUserRuleThatThrowsIsReportedByNameAndGroup() {
    String drl = """
        package failing
        import fi.lape.rules.AssessedGroup
        rule "FAILING-01 divides by zero"
        when
            $g : AssessedGroup( group.id == "kuopio-lape" )
        then
            int zero = 0;
            System.out.println(1 / zero);
        end
        """;
    GroupAssessor assessor = GroupAssessor.builder().policy(Policies.nationalBaseline())
        .addRules("failing", drl).build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> assessor.assess(SeedData.dataset(), DAY));
    assertTrue(e.getMessage().contains("FAILING-01 divides by zero"), e.getMessage());
    assertTrue(e.getMessage().contains("kuopio-lape"), e.getMessage());
    assertTrue(e.getCause() instanceof ArithmeticException);
  }

  @Test
  void twoAssessorsWithDifferentUserRulesKeepTheirOwnRules() {
    GroupAssessor one = GroupAssessor.builder().policy(Policies.nationalBaseline())
        .addRules("one", userRule("ONE-01")).build();
    GroupAssessor two = GroupAssessor.builder().policy(Policies.nationalBaseline())
        .addRules("two", userRule("TWO-01")).build();
    GroupAssessment a = one.assess(SeedData.dataset(), ORIMATTILA_LAPE, DAY);
    GroupAssessment b = two.assess(SeedData.dataset(), ORIMATTILA_LAPE, DAY);
    assertEquals(List.of("ONE-01"), a.findings().stream().map(Finding::ruleId).toList());
    assertEquals(List.of("TWO-01"), b.findings().stream().map(Finding::ruleId).toList());
  }

  private static String userRule(String id) {
    return "package p" + id.replace("-", "") + "\n"
        + "import fi.lape.rules.AssessedGroup\n"
        + "import fi.lape.core.policy.Severity\n"
        + "rule \"" + id + "\"\nwhen\n    $g : AssessedGroup( group.id == \"" + ORIMATTILA_LAPE
        + "\" )\nthen\n    insert($g.finding(\"" + id + "\", Severity.INFO).build());\nend\n";
  }

  @Test
  void aCompileErrorInUsersRulesNamesTheRulesAndTheLine() {
    String broken = "package broken\n\nrule \"x\"\nwhen\n    String( length > \nthen\nend\n";
    LapeValidationException e = assertThrows(LapeValidationException.class,
        () -> GroupAssessor.builder().policy(Policies.nationalBaseline())
            .addRules("fine", "package fine\n").addRules("my-broken-rules", broken).build());
    assertTrue(e.getMessage().contains("rules 'my-broken-rules', line 7"), e.getMessage());
    assertFalse(e.getMessage().contains("'fine'"), e.getMessage());
    assertFalse(e.getMessage().contains("null Package"), e.getMessage());
    String unknown = "package unknown\nrule \"y\"\nwhen\n    NoSuchType( )\nthen\nend\n";
    LapeValidationException u = assertThrows(LapeValidationException.class,
        () -> GroupAssessor.builder().policy(Policies.nationalBaseline())
            .addRules("unknown-type", unknown).build());
    assertTrue(u.getMessage().contains("rules 'unknown-type'"), u.getMessage());
    assertTrue(u.getMessage().contains("NoSuchType"), u.getMessage());
  }

  @Test
  void theBuilderNeedsAPolicyAndReadableFiles(@TempDir Path dir) {
    assertThrows(IllegalStateException.class, () -> GroupAssessor.builder().build());
    Path missing = dir.resolve("missing.drl");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> GroupAssessor.builder().addRules(missing));
    assertTrue(e.getMessage().contains("missing.drl"));
    assertThrows(IllegalArgumentException.class, () -> GroupAssessor.builder()
        .addRules("a", "package a").addRules("a", "package a"));
  }
}
