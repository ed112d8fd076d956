package fi.lape.benchmarks;

import fi.lape.advisor.Advisor;
import fi.lape.advisor.Candidate;
import fi.lape.advisor.SuggestionOptions;
import fi.lape.advisor.Suggestions;
import fi.lape.core.Branch;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import fi.lape.testkit.GroupCase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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
 * Suggestions for a municipal LAPE group of 30 active members that lacks social and health, civil
 * society, parishes and residents, from a pool of 300 candidates, against the same-run baseline of
 * assessing that group once. The target (issue 13): {@code suggest} at most 10 times {@code
 * assessOnce}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SuggestBenchmark {
  /** The pool's size. */
  public static final int CANDIDATES = 300;

  private Dataset dataset;
  private String groupId;
  private java.time.LocalDate day;
  private GroupAssessor assessor;
  private Advisor advisor;
  private SuggestionOptions options;

  /** Makes the group and the pool and checks that the suggestion is complete and minimal. */
  @Setup
  public void setUp() {
    GroupCase example = Workloads.municipalGroup();
    day = example.asOf();
    groupId = example.groupId();
    dataset = failing(example);
    assessor = GroupAssessor.of(Workloads.policy());
    advisor = Advisor.of(assessor);
    options = SuggestionOptions.defaults().withDatasetPool(false)
        .withCandidates(pool(dataset, new SplittableRandom(Workloads.SEED)));
    Suggestions s = suggest();
    if (s.status() != Suggestions.Status.COMPLETE || !s.provenMinimal()
        || s.additions().isEmpty()) {
      throw new IllegalStateException("the benchmark's suggestion is " + s.status() + " with "
          + s.additions().size() + " additions, proven minimal " + s.provenMinimal());
    }
  }

  /** The baseline: the group assessed once. */
  @Benchmark
  public GroupAssessment assessOnce() {
    return assessor.assess(dataset, groupId, day);
  }

  /** The smallest set of invitations from the 300 candidates. */
  @Benchmark
  public Suggestions suggest() {
    return advisor.suggest(dataset, groupId, day, options);
  }

  Dataset dataset() {
    return dataset;
  }

  String groupId() {
    return groupId;
  }

  /**
   * The compliant 30-member group with every member who speaks for residents or represents social
   * and health, civil society or a parish turned into a teacher, and its links dropped (a linked
   * youth council would hear residents for it): 30 members, errors LAPE-M02, M03 and M05.
   */
  private static Dataset failing(GroupCase example) {
    Set<Branch> moved = EnumSet.of(Branch.SOCIAL_HEALTH, Branch.CIVIL_SOCIETY, Branch.PARISH,
        Branch.RESIDENTS_VOICE);
    List<Membership> memberships = new ArrayList<>();
    for (Membership m : example.group().memberships()) {
      boolean move = m.branches().stream().anyMatch(moved::contains);
      memberships.add(!move ? m : Membership.builder().from(m).sectors(Set.of(Sector.BASIC_EDUCATION))
          .voices(Set.of()).build());
    }
    Group group = Group.builder().from(example.group()).memberships(memberships).links(List.of())
        .build();
    return example.withGroup(group).dataset();
  }

  /**
   * 300 candidates: persons new to the dataset sent by its organisations for one or two of the
   * sectors they provide, and one in ten speaking for a residents' voice.
   */
  private static List<Candidate> pool(Dataset dataset, SplittableRandom rng) {
    List<Organisation> organisations = dataset.organisations().stream()
        .filter(o -> !o.sectors().isEmpty()).toList();
    Voice[] voices = Voice.values();
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      Candidate.Builder b = Candidate.builder("c" + i).personId("bench-candidate-" + i);
      if (rng.nextInt(10) == 0) {
        b.addVoice(voices[rng.nextInt(voices.length)]);
      } else {
        Organisation o = organisations.get(rng.nextInt(organisations.size()));
        List<Sector> provided = new ArrayList<>(o.sectors());
        b.organisationId(o.id()).addSector(provided.get(rng.nextInt(provided.size())));
        if (rng.nextBoolean()) {
          b.addSector(provided.get(rng.nextInt(provided.size())));
        }
      }
      pool.add(b.build());
    }
    return pool;
  }
}
