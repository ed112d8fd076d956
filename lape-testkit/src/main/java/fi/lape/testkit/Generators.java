package fi.lape.testkit;

import fi.lape.core.Dataset;
import fi.lape.core.Geography;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Requirement;
import fi.lape.testkit.internal.Plan;
import fi.lape.testkit.internal.RandomPolicies;
import fi.lape.testkit.internal.Rng;
import fi.lape.testkit.internal.Singles;
import fi.lape.testkit.internal.World;
import fi.lape.testkit.internal.Worlds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Reproducible generators of valid LAPE data for property checks. Everything they make passes the
 * dataset's own checks, uses only region and municipality codes of the {@linkplain
 * Geography#builtIn() built-in geography}, and knows persons by pseudonymous ids ({@code p-17}).
 * Memberships have terms around the case's assessment date, on purpose often starting or ending on
 * it, and datasets lie between 2016 and 2024 (before and after the wellbeing services counties).
 *
 * <p>Random generators make data of every shape, including the mistakes the rules look for:
 *
 * <pre>{@code
 * Dataset dataset = Generators.datasets().generate(seed, 20);
 * GroupCase panel = Generators.groups(GroupKind.CUSTOMER_PANEL).generate(seed, 20);
 * CoveragePolicy policy = Generators.policies().generate(seed, 5);
 * }</pre>
 *
 * <p>Targeted generators make groups whose coverage is known by construction, planned as lape's
 * rules count (distinct persons with active, non-deputy memberships that meet the criteria, or a
 * linked group of a counted kind); lape-rules' property suites check them with the rules. They also keep the fixed error
 * rules quiet: at most one chair, enough branches and organisations in a municipal LAPE group,
 * advisory members who speak for the group's voice or facilitate, room for every member, nobody
 * twice in the same role, and sectors the organisations provide.
 *
 * <pre>{@code
 * CoveragePolicy baseline = Policies.nationalBaseline();
 * GroupCase ok = Generators.compliant(baseline, GroupKind.MUNICIPAL_LAPE_GROUP).generate(seed, 10);
 * GroupCase noParish = Generators.failing(baseline, "LAPE-M04-PARISH").generate(seed, 10);
 * // noParish fails LAPE-M04-PARISH only: an NGO keeps LAPE-M03 met
 * }</pre>
 *
 * <p>{@code size} bounds the optional parts: members per group and municipalities for datasets,
 * extra members and the other groups of the dataset for targeted generators.
 */
public final class Generators {
  private Generators() {}

  /**
   * Datasets of a region: its steering group, for each of 1 to {@code 1 + size / 10} municipalities
   * a LAPE group and some of its other groups, the region's advisory groups, every {@link
   * GroupKind} at least once, linked to each other, with up to {@code size} memberships per group.
   * No person has a name or contact details.
   */
  public static Gen<Dataset> datasets() {
    return (rng, size) -> Worlds.full(new Rng(rng), checked(size), false).build();
  }

  /**
   * Like {@link #datasets()}, with a fake name for every person and often an e-mail address and a
   * telephone number, so that a test can check they never reach output; see {@link
   * #personalData(Dataset)}.
   */
  public static Gen<Dataset> datasetsWithPersonalData() {
    return (rng, size) -> Worlds.full(new Rng(rng), checked(size), true).build();
  }

  /** A random group of any kind within a dataset like those of {@link #datasets()}. */
  public static Gen<GroupCase> groups() {
    return (rng, size) -> {
      Rng r = new Rng(rng);
      return group(r, checked(size), r.pick(GroupKind.values()));
    };
  }

  /** A random group of {@code kind} within a dataset like those of {@link #datasets()}. */
  public static Gen<GroupCase> groups(GroupKind kind) {
    Objects.requireNonNull(kind, "kind");
    return (rng, size) -> group(new Rng(rng), checked(size), kind);
  }

  /** Organisations of every kind, providing the sectors such a body provides. */
  public static Gen<Organisation> organisations() {
    return (rng, size) -> Singles.organisation(new Rng(rng));
  }

  /** Persons with a pseudonymous id and sometimes a home municipality. */
  public static Gen<Person> persons() {
    return (rng, size) -> Singles.person(new Rng(rng), false);
  }

  /** Persons with a fake name and often an e-mail address and a telephone number. */
  public static Gen<Person> personsWithPersonalData() {
    return (rng, size) -> Singles.person(new Rng(rng), true);
  }

  /**
   * Memberships with terms of every shape around {@code day}: active, starting or ending on it,
   * ended before it, starting after it. Their person and organisation ids are in no dataset.
   */
  public static Gen<Membership> memberships(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return (rng, size) -> Singles.membership(new Rng(rng), day);
  }

  /**
   * Policies built as users build theirs: a shipped policy with some requirements dropped, up to
   * {@code min(size, 4)} requirements of a municipality's own or for a kind of group added, some
   * severities overridden, some rules switched off, other thresholds.
   */
  public static Gen<CoveragePolicy> policies() {
    return (rng, size) -> RandomPolicies.make(new Rng(rng), checked(size));
  }

  /**
   * Groups of {@code kind} that meet every requirement {@code policy} has for them. The group works
   * in a municipality with requirements of its own half of the time, when the policy has any.
   * Requirements that contradict a fixed rule (two chairs, say) are met at that rule's expense, and
   * a fixed warning that the policy raises to an error (LAPE-M07, say) is not looked after.
   * A municipality code that the built-in geography lacks is added to the dataset's own
   * municipalities.
   */
  public static Gen<GroupCase> compliant(CoveragePolicy policy, GroupKind kind) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(kind, "kind");
    List<String> municipalities = new ArrayList<>();
    if (kind != GroupKind.REGIONAL_STEERING_GROUP) {
      for (Requirement r : policy.requirements()) {
        if (r.municipality().isPresent() && policy.isEnabled(r)
            && (r.groupKinds().isEmpty() || r.groupKinds().contains(kind))) {
          municipalities.add(r.municipality().get());
        }
      }
    }
    return (rng, size) -> {
      Rng r = new Rng(rng);
      Optional<String> municipality = !municipalities.isEmpty() && r.percent(50)
          ? Optional.of(r.pick(municipalities)) : Optional.empty();
      return Plan.make(r, checked(size), policy, kind, municipality, Optional.empty(),
          Plan.Goal.COMPLIANT);
    };
  }

  /**
   * Groups that do not meet requirement {@code requirementId} of {@code policy} and meet every
   * other requirement that can be met without meeting it. The group is of a kind the requirement
   * applies to, in its municipality if it names one.
   *
   * <p>Where requirements overlap, the overlap fails too: a requirement all of whose counted
   * sectors, voices, duties, roles and linked kinds the failing one also counts cannot be met.
   * In the national baseline LAPE-M04-PARISH fails alone (an NGO keeps LAPE-M03 met), but a group
   * without LAPE-M03 has neither NGO nor parish (LAPE-M04-NGO and -PARISH fail as well), one without
   * LAPE-M05 hears no voice (the three LAPE-M05 voice warnings fail as well), one without LAPE-M01
   * has no school (LAPE-M06-SCHOOL).
   *
   * <p>A requirement asking for several persons gets fewer: sometimes none, sometimes one short,
   * and a witness may hold two seats, which must still count as one person.
   *
   * @throws IllegalArgumentException if the policy has no such requirement, has it switched off,
   *     or it applies to no group (a municipality's requirement for regional steering groups)
   */
  public static Gen<GroupCase> failing(CoveragePolicy policy, String requirementId) {
    return targeted(policy, requirementId, Plan.Goal.FAILING);
  }

  /**
   * Groups on the edge of requirement {@code requirementId}: met by exactly as many distinct
   * persons as it asks for (one, usually), without a linked group, each witness's term often
   * starting or ending on the assessment date, and a witness sometimes seated twice. Removing any
   * witness leaves the requirement unmet. Every other requirement is met where possible without a
   * further witness of this one.
   *
   * @throws IllegalArgumentException as {@link #failing} does
   */
  public static Gen<GroupCase> barelyMeeting(CoveragePolicy policy, String requirementId) {
    return targeted(policy, requirementId, Plan.Goal.BARELY);
  }

  /**
   * Like {@link #barelyMeeting}, with every witness's term ending on the assessment date: the
   * requirement is met on {@link GroupCase#asOf()} and unmet the day after, when no membership
   * starts that could count toward it.
   *
   * @throws IllegalArgumentException as {@link #failing} does
   */
  public static Gen<GroupCase> lastDay(CoveragePolicy policy, String requirementId) {
    return targeted(policy, requirementId, Plan.Goal.LAST_DAY);
  }

  /**
   * {@code example} with one more membership active on its assessment date, held by a new person:
   * a staff member of one of the dataset's organisations representing sectors it provides, or a
   * resident speaking for one or two voices. Never a chair.
   */
  public static GroupCase withActiveMember(GroupCase example, RandomGenerator rng) {
    return Singles.withActiveMember(new Rng(rng), Objects.requireNonNull(example, "example"));
  }

  /**
   * Every name, e-mail address and telephone number in {@code dataset}, for checking that none of
   * them appears in logs, messages or reports.
   *
   * <pre>{@code
   * Dataset dataset = Generators.datasetsWithPersonalData().generate(seed, 10);
   * String report = render(assess(dataset));
   * for (String secret : Generators.personalData(dataset)) {
   *   assertFalse(report.contains(secret));
   * }
   * }</pre>
   */
  public static Set<String> personalData(Dataset dataset) {
    Set<String> data = new LinkedHashSet<>();
    for (Person p : dataset.persons()) {
      p.name().ifPresent(data::add);
      p.email().ifPresent(data::add);
      p.phone().ifPresent(data::add);
    }
    return data;
  }

  private static GroupCase group(Rng rng, int size, GroupKind kind) {
    World world = Worlds.full(rng, size, false);
    Group group = rng.pick(world.groups(kind));
    return new GroupCase(world.build(), group.id(), world.asOf());
  }

  private static Gen<GroupCase> targeted(CoveragePolicy policy, String requirementId,
      Plan.Goal goal) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(requirementId, "requirementId");
    Requirement target = policy.requirement(requirementId).orElseThrow(() ->
        new IllegalArgumentException("policy " + policy.id() + " has no requirement "
            + requirementId));
    if (!policy.isEnabled(target)) {
      throw new IllegalArgumentException("policy " + policy.id() + " switches requirement "
          + requirementId + " off");
    }
    List<GroupKind> kinds = new ArrayList<>();
    for (GroupKind kind : GroupKind.values()) {
      if ((target.groupKinds().isEmpty() || target.groupKinds().contains(kind))
          && !(target.municipality().isPresent() && kind == GroupKind.REGIONAL_STEERING_GROUP)) {
        kinds.add(kind);
      }
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("requirement " + requirementId + " of policy "
          + policy.id() + " applies to no group: it names municipality "
          + target.municipality().orElse("?") + " but only regional steering groups");
    }
    return (rng, size) -> {
      Rng r = new Rng(rng);
      return Plan.make(r, checked(size), policy, r.pick(kinds), target.municipality(),
          Optional.of(target), goal);
    };
  }

  private static int checked(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size " + size + " is negative");
    }
    return size;
  }
}
