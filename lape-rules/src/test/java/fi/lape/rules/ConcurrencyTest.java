package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.GroupAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One assessor shared by many threads gives exactly the sequential results. */
class ConcurrencyTest {
  @Test
  void manyThreadsSharingOneAssessorGetTheSequentialResults() throws Exception {
    GroupAssessor assessor = GroupAssessor.of(Policies.paijatHame2017());
    List<Dataset> datasets = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 24; i++) {
      datasets.add(RandomDatasets.dataset(random, 10 + random.nextInt(20)));
    }
    datasets.add(SeedData.dataset());
    List<AssessmentReport> sequential = new ArrayList<>();
    for (Dataset dataset : datasets) {
      sequential.add(assessor.assess(dataset, RandomDatasets.DAY));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (int i = 0; i < datasets.size(); i++) {
          Dataset dataset = datasets.get(i);
          int index = i;
          boolean whole = (round + i) % 2 == 0;
          futures.add(pool.submit((Callable<Object>) () -> {
            if (whole) {
              return assessor.assess(dataset, RandomDatasets.DAY);
            }
            List<GroupAssessment> groups = new ArrayList<>();
            for (var group : dataset.groups()) {
              groups.add(assessor.assess(dataset, group.id(), RandomDatasets.DAY));
            }
            return List.of(index, groups);
          }));
        }
      }
      int k = 0;
      for (int round = 0; round < 8; round++) {
        for (int i = 0; i < datasets.size(); i++) {
          Object result = futures.get(k++).get();
          AssessmentReport expected = sequential.get(i);
          if (result instanceof AssessmentReport report) {
            assertEquals(expected, report, "dataset " + i);
          } else {
            assertEquals(List.of(i, expected.groups()), result, "dataset " + i);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
