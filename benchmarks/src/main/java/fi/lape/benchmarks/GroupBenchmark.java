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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One municipal LAPE group of 30 active members, warm: lape's Drools path against the plain-Java
 * reference evaluator, on the same group, which both must assess alike.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GroupBenchmark {
  private GroupCase group;
  private GroupAssessor lape;
  private ReferenceEvaluator reference;

  /** Makes the group and checks that lape and the reference give the same assessment. */
  @Setup
  public void setUp() {
    group = Workloads.municipalGroup();
    lape = GroupAssessor.of(Workloads.policy());
    reference = new ReferenceEvaluator(Workloads.policy());
    Equivalence.requireSame("group " + group.groupId(), lape(), reference());
  }

  /** lape: Drools rules compiled at build time. */
  @Benchmark
  public GroupAssessment lape() {
    return lape.assess(group.dataset(), group.groupId(), group.asOf());
  }

  /** The baseline: lape-rules' plain-Java reference evaluator. */
  @Benchmark
  public GroupAssessment reference() {
    return reference.assess(group.dataset(), group.groupId(), group.asOf());
  }
}
