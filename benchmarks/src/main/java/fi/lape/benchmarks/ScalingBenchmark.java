package fi.lape.benchmarks;

import fi.lape.core.Dataset;
import fi.lape.core.report.AssessmentReport;
import fi.lape.rules.GroupAssessor;
import fi.lape.rules.reference.ReferenceEvaluator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole datasets of 10 to 10,000 groups of every kind under the national baseline, cross-group
 * rules (LAPE-M11, M13, R03) on: one operation assesses every group, so the time per group is the
 * score divided by {@link #groups}. The reference evaluator runs on the same datasets as a
 * baseline of what the data itself costs as it grows.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 8, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  /** How many groups the dataset has. */
  @Param({"10", "100", "1000", "10000"})
  public int groups;

  private Dataset dataset;
  private GroupAssessor lape;
  private ReferenceEvaluator reference;

  /** Makes the dataset and checks that lape and the reference assess it alike. */
  @Setup
  public void setUp() {
    dataset = Workloads.dataset(groups);
    lape = GroupAssessor.of(Workloads.policy());
    reference = new ReferenceEvaluator(Workloads.policy());
    Equivalence.requireSame("dataset of " + groups + " groups", lape(), reference());
  }

  /** lape: every group of the dataset. */
  @Benchmark
  public AssessmentReport lape() {
    return lape.assess(dataset, Workloads.DAY);
  }

  /** The baseline: the reference evaluator on every group of the dataset. */
  @Benchmark
  public AssessmentReport reference() {
    return reference.assess(dataset, Workloads.DAY);
  }
}
