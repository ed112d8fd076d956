package fi.lape.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.advisor.Suggestions;
import fi.lape.core.report.GroupAssessment;
import org.junit.jupiter.api.Test;

/** The suggestion benchmark's set-up, run once: nothing is timed here. */
class SuggestBenchmarkSetupTest {
  @Test
  void thirtyMembersFailAndThreeHundredCandidatesGiveAProvenMinimalSuggestion() {
    SuggestBenchmark benchmark = new SuggestBenchmark();
    benchmark.setUp();
    GroupAssessment before = benchmark.assessOnce();
    assertFalse(before.isCompliant());
    assertEquals(Workloads.MEMBERS, benchmark.dataset().group(benchmark.groupId()).orElseThrow()
        .activeMemberships(before.asOf()).size());
    Suggestions s = benchmark.suggest();
    assertEquals(Suggestions.Status.COMPLETE, s.status());
    assertTrue(s.provenMinimal());
    assertEquals(SuggestBenchmark.CANDIDATES, s.candidates());
    assertTrue(s.after().orElseThrow().isCompliant());
  }
}
