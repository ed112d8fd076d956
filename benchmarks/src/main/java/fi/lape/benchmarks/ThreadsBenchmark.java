package fi.lape.benchmarks;

import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import fi.lape.rules.reference.ReferenceEvaluator;
import fi.lape.testkit.GroupCase;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessor shared by one and by two threads, each call assessing the 30-member group of
 * {@link GroupBenchmark}: throughput summed over the threads. The reference evaluator under the
 * same threads shows how far the machine itself lets two threads scale.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ThreadsBenchmark {
  private GroupCase group;
  private GroupAssessor lape;
  private ReferenceEvaluator reference;

  /** Makes the group and the one shared assessor. */
  @Setup
  public void setUp() {
    group = Workloads.municipalGroup();
    lape = GroupAssessor.of(Workloads.policy());
    reference = new ReferenceEvaluator(Workloads.policy());
    Equivalence.requireSame("group " + group.groupId(), assessLape(), assessReference());
  }

  /** lape, one thread. */
  @Benchmark
  @Threads(1)
  public GroupAssessment lapeOneThread() {
    return assessLape();
  }

  /** lape, two threads sharing the assessor. */
  @Benchmark
  @Threads(2)
  public GroupAssessment lapeTwoThreads() {
    return assessLape();
  }

  /** The reference evaluator, one thread. */
  @Benchmark
  @Threads(1)
  public GroupAssessment referenceOneThread() {
    return assessReference();
  }

  /** The reference evaluator, two threads. */
  @Benchmark
  @Threads(2)
  public GroupAssessment referenceTwoThreads() {
    return assessReference();
  }

  GroupAssessment assessLape() {
    return lape.assess(group.dataset(), group.groupId(), group.asOf());
  }

  GroupAssessment assessReference() {
    return reference.assess(group.dataset(), group.groupId(), group.asOf());
  }
}
