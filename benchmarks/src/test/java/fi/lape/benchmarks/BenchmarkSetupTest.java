package fi.lape.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import fi.lape.rules.reference.ReferenceEvaluator;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' set-up, run once on small data: every benchmark measures lape and its baseline
 * on data they assess alike. Nothing is timed here.
 */
class BenchmarkSetupTest {
  @Test
  void theSingleGroupHasThirtyActiveMembersAndBothEvaluatorsAgreeOnIt() {
    GroupBenchmark benchmark = new GroupBenchmark();
    benchmark.setUp();
    GroupAssessment lape = benchmark.lape();
    assertEquals(GroupKind.MUNICIPAL_LAPE_GROUP, lape.groupKind());
    assertEquals(Workloads.MEMBERS, Workloads.municipalGroup().activeMemberships().size());
    assertEquals(lape, benchmark.reference());
  }

  @Test
  void scaledDatasetsHaveExactlyTheAskedGroupsAndBothEvaluatorsAgreeOnThem() {
    for (int groups : new int[] {10, 100}) {
      ScalingBenchmark benchmark = new ScalingBenchmark();
      benchmark.groups = groups;
      benchmark.setUp();
      assertEquals(groups, benchmark.lape().groups().size());
      assertEquals(benchmark.lape(), benchmark.reference());
    }
  }

  @Test
  void scaledDatasetsMixEveryKindOfGroupAndLinkOnlyToGroupsTheyKeep() {
    Dataset dataset = Workloads.dataset(100);
    Set<GroupKind> kinds = new HashSet<>();
    Set<String> ids = new HashSet<>();
    dataset.groups().forEach(g -> {
      kinds.add(g.kind());
      ids.add(g.id());
    });
    assertEquals(Set.of(GroupKind.values()), kinds);
    for (Group g : dataset.groups()) {
      for (GroupLink link : g.links()) {
        assertTrue(ids.contains(link.groupId()), () -> g.id() + " links to " + link.groupId());
      }
    }
    long active = dataset.groups().stream()
        .mapToLong(g -> g.activeMemberships(Workloads.DAY).size()).sum();
    assertTrue(active > 500, "moved terms keep most memberships active on the day: " + active);
  }

  @Test
  void theThreadsBenchmarkSharesOneAssessorThatAgreesWithTheReference() {
    ThreadsBenchmark benchmark = new ThreadsBenchmark();
    benchmark.setUp();
    assertEquals(benchmark.lapeOneThread(), benchmark.referenceTwoThreads());
  }

  @Test
  void bothColdStartMainsWouldPrintTheSameAssessmentWithAFinding() {
    Dataset dataset = ColdStartData.dataset();
    GroupAssessment lape = GroupAssessor.of(Policies.nationalBaseline())
        .assess(dataset, ColdStartData.GROUP, ColdStartData.DAY);
    GroupAssessment reference = new ReferenceEvaluator(Policies.nationalBaseline())
        .assess(dataset, ColdStartData.GROUP, ColdStartData.DAY);
    assertEquals(30, dataset.group(ColdStartData.GROUP).orElseThrow()
        .activeMemberships(ColdStartData.DAY).size());
    assertEquals(ColdStartData.line(lape), ColdStartData.line(reference));
    assertTrue(lape.findings().stream().anyMatch(f -> f.ruleId().equals("LAPE-M05")),
        ColdStartData.line(lape));
  }

  @Test
  void lapeJsonAndPlainJacksonReadTheSameDocumentCompletely() {
    JsonBenchmark benchmark = new JsonBenchmark();
    benchmark.groups = 30;
    benchmark.setUp();
    assertEquals(30, benchmark.lapeRead().groups().size());
    assertEquals(30, benchmark.jacksonRead().groups().size());
    assertTrue(benchmark.lapeWrite() > 0);
    assertTrue(benchmark.jacksonWrite() > 0);
  }

  @Test
  void equivalenceRefusesAssessmentsThatDiffer() {
    GroupBenchmark benchmark = new GroupBenchmark();
    benchmark.setUp();
    GroupAssessment lape = benchmark.lape();
    GroupAssessment other = GroupAssessment.builder().from(lape)
        .asOf(lape.asOf().plusDays(1)).build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Equivalence.requireSame("the group", lape, other));
    assertTrue(e.getMessage().startsWith("the group: lape and the reference evaluator disagree"),
        e.getMessage());
  }

  @Test
  void theServerAnswersTheSampleAsTheLibraryDoes() {
    ServerBenchmark benchmark = new ServerBenchmark();
    benchmark.setUp();
    try {
      assertEquals(benchmark.inProcessReadAssessWrite(), benchmark.http());
      assertEquals(16, benchmark.inProcessAssess().groups().size());
    } finally {
      benchmark.tearDown();
    }
  }
}
