package fi.lape.rules.reference;

import fi.lape.core.Branch;
import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Gender;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.internal.Texts;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule catalogue in plain Java, written straight from the domain guide and {@code
 * GroupAssessor}'s documented semantics without Drools and without sharing code with lape-rules'
 * engine. It is the oracle of the differential tests and the baseline of the benchmarks: the same
 * reports, to the last argument, for any policy.
 *
 * <pre>{@code
 * ReferenceEvaluator reference = new ReferenceEvaluator(Policies.nationalBaseline());
 * GroupAssessment expected = reference.assess(dataset, "orimattila-lape", day);
 * }</pre>
 */
public final class ReferenceEvaluator {
  private static final Set<String> MUNICIPAL_COVERAGE =
      Set.of(Rule.M01.id(), Rule.M02.id(), Rule.M03.id(), Rule.M05.id());
  private static final LocalDate SOTE_REFORM = LocalDate.of(2023, 1, 1);
  private static final int LISTED = 10;

  private final CoveragePolicy policy;

  /** An evaluator of {@code policy}. */
  public ReferenceEvaluator(CoveragePolicy policy) {
    this.policy = policy;
  }

  /** The policy. */
  public CoveragePolicy policy() {
    return policy;
  }

  /** Every group of {@code dataset} on {@code day}, in dataset order. */
  public AssessmentReport assess(Dataset dataset, LocalDate day) {
    List<GroupAssessment> groups = new ArrayList<>();
    for (Group group : dataset.groups()) {
      groups.add(assess(dataset, day, group));
    }
    return AssessmentReport.builder().asOf(day).policyId(policy.id()).groups(groups).build();
  }

  /** The group {@code groupId} of {@code dataset} on {@code day}. */
  public GroupAssessment assess(Dataset dataset, String groupId, LocalDate day) {
    Group group = dataset.group(groupId)
        .orElseThrow(() -> new IllegalArgumentException("no group " + groupId));
    return assess(dataset, day, group);
  }

  private static boolean deputy(Membership m) {
    return m.role() == Role.DEPUTY_MEMBER || m.deputyOf().isPresent();
  }

  private static Optional<OrganisationKind> kind(Dataset d, Membership m) {
    return m.organisationId().flatMap(d::organisation).map(Organisation::kind);
  }

  /** Sectors' and voices' branches, and the branch an NGO's or a parish's member stands for. */
  private static Set<Branch> branches(Dataset d, Membership m) {
    Set<Branch> b = EnumSet.noneOf(Branch.class);
    b.addAll(m.branches());
    kind(d, m).ifPresent(k -> {
      if (k == OrganisationKind.NGO) {
        b.add(Branch.CIVIL_SOCIETY);
      } else if (k == OrganisationKind.PARISH) {
        b.add(Branch.PARISH);
      }
    });
    return b;
  }

  private static Set<Branch> branches(Organisation o) {
    Set<Branch> b = EnumSet.noneOf(Branch.class);
    o.sectors().forEach(s -> b.add(s.branch()));
    if (o.kind() == OrganisationKind.NGO) {
      b.add(Branch.CIVIL_SOCIETY);
    } else if (o.kind() == OrganisationKind.PARISH) {
      b.add(Branch.PARISH);
    }
    return b;
  }

  private static String municipality(Group g) {
    return g.scope().municipality().orElse(null);
  }

  private static String region(Dataset d, Group g, LocalDate day) {
    return g.scope().municipality().isPresent() ? d.regionOf(g, day).orElse(null)
        : g.scope().region().orElse(null);
  }

  private static boolean active(Group g, LocalDate day) {
    return g.term().map(t -> t.contains(day)).orElse(true);
  }

  private static Set<String> persons(Group g, LocalDate day) {
    return g.activeMemberships(day).stream().map(Membership::personId)
        .collect(Collectors.toSet());
  }

  private boolean applies(Dataset d, LocalDate day, Group g, Requirement r) {
    return (r.groupKinds().isEmpty() || r.groupKinds().contains(g.kind()))
        && (r.municipalities().isEmpty()
            || (municipality(g) != null && r.municipalities().contains(municipality(g))))
        && (r.region().isEmpty() || r.region().get().equals(region(d, g, day)));
  }

  private static boolean meets(Dataset d, Criteria c, Membership m) {
    Set<Branch> branches = branches(d, m);
    Optional<OrganisationKind> kind = kind(d, m);
    return m.sectors().stream().anyMatch(c.sectors()::contains)
        || branches.stream().anyMatch(c.branches()::contains)
        || m.voices().stream().anyMatch(c.voices()::contains)
        || m.duties().stream().anyMatch(c.duties()::contains)
        || c.roles().contains(m.role())
        || kind.map(c.organisationKinds()::contains).orElse(false);
  }

  private static boolean hasSeatAtoms(Criteria c) {
    return !(c.sectors().isEmpty() && c.branches().isEmpty() && c.voices().isEmpty()
        && c.duties().isEmpty() && c.roles().isEmpty() && c.organisationKinds().isEmpty());
  }

  private static boolean counts(Dataset d, Requirement r, Membership m) {
    if (deputy(m)) {
      return false;
    }
    List<Criteria> clauses = new ArrayList<>();
    if (hasSeatAtoms(r.anyOf())) {
      clauses.add(r.anyOf());
    }
    clauses.addAll(r.allOf());
    return !clauses.isEmpty() && clauses.stream().allMatch(c -> meets(d, c, m));
  }

  private static boolean linkedEitherWay(Group a, Group b) {
    return a.links().stream().anyMatch(l -> l.groupId().equals(b.id()))
        || b.links().stream().anyMatch(l -> l.groupId().equals(a.id()));
  }

  private GroupAssessment assess(Dataset d, LocalDate day, Group group) {
    List<Membership> active = group.activeMemberships(day);
    List<Finding> findings = new ArrayList<>();
    List<CoverageLine> coverage = new ArrayList<>();
    TreeSet<String> failed = new TreeSet<>();

    for (Requirement r : policy.requirements()) {
      if (!policy.isEnabled(r) || !applies(d, day, group, r)) {
        continue;
      }
      List<String> witnesses = new ArrayList<>();
      Set<String> persons = new HashSet<>();
      Set<String> organisations = new HashSet<>();
      for (Membership m : active) {
        if (counts(d, r, m)) {
          witnesses.add(m.id());
          persons.add(m.personId());
          m.organisationId().ifPresent(organisations::add);
        }
      }
      TreeSet<String> linked = new TreeSet<>();
      for (Group other : d.groups()) {
        if (other == group || !linkedEitherWay(group, other)
            || !r.anyOf().linkedGroupKinds().contains(other.kind()) || !active(other, day)
            || other.activeMemberships(day).isEmpty()) {
          continue;
        }
        String om = municipality(other);
        String or = region(d, other, day);
        if ((om != null && om.equals(municipality(group)))
            || (om == null && or != null && or.equals(region(d, group, day)))) {
          linked.add(other.id());
        }
      }
      boolean met = (persons.size() >= r.minMembers()
          && organisations.size() >= r.minOrganisations()) || !linked.isEmpty();
      coverage.add(CoverageLine.builder()
          .requirementId(r.id())
          .ruleId(r.ruleId())
          .severity(policy.severityOf(r))
          .required(r.minMembers())
          .requiredOrganisations(r.minOrganisations())
          .witnessIds(witnesses)
          .distinctPersons(persons.size())
          .distinctOrganisations(organisations.size())
          .linkedGroupIds(linked)
          .wouldSatisfy(r.anyOf())
          .satisfied(met)
          .build());
      if (met) {
        continue;
      }
      findings.add(Finding.builder()
          .ruleId(r.ruleId())
          .requirementId(r.id())
          .severity(policy.severityOf(r))
          .groupId(group.id())
          .membershipIds(witnesses)
          .messageKey(messageKey(r))
          .addArguments(r.id(), String.valueOf(persons.size()), String.valueOf(r.minMembers()),
              String.valueOf(organisations.size()), String.valueOf(r.minOrganisations()))
          .citation(r.citation().isBlank()
              ? Rule.byId(r.ruleId()).map(Rule::citation).orElse("") : r.citation())
          .messages(r.messages())
          .build());
      boolean coverageRule = group.kind() == GroupKind.MUNICIPAL_LAPE_GROUP
          ? MUNICIPAL_COVERAGE.contains(r.ruleId())
          : group.kind() == GroupKind.REGIONAL_STEERING_GROUP && r.ruleId().equals("LAPE-R01");
      if (coverageRule && r.severity() == Severity.ERROR) {
        failed.add(r.ruleId());
      }
    }

    Fixed fixed = new Fixed(group.id(), findings);
    Set<Branch> branches = EnumSet.noneOf(Branch.class);
    Set<String> organisations = new HashSet<>();
    for (Membership m : active) {
      if (!deputy(m)) {
        branches.addAll(branches(d, m));
        m.organisationId().ifPresent(organisations::add);
      }
    }
    int minBranches = policy.thresholds().minBranches();
    int minOrganisations = policy.thresholds().minOrganisations();
    if (group.kind() == GroupKind.MUNICIPAL_LAPE_GROUP) {
      municipalRules(d, day, group, active, fixed);
      if (branches.size() < minBranches || organisations.size() < minOrganisations) {
        fixed.add(Rule.M08, null, List.of(), List.of(), branches.size(), minBranches,
            organisations.size(), minOrganisations);
      }
    }
    if (group.kind() == GroupKind.REGIONAL_STEERING_GROUP) {
      regionalRules(d, day, group, active, fixed);
    }
    if (group.kind().isAdvisoryKind()) {
      advisoryRules(d, group, active, fixed);
    }
    if (group.kind() == GroupKind.CUSTOMER_PANEL) {
      panelRule(d, group, fixed);
    }
    integrityRules(d, day, group, active, fixed);
    if (group.kind() == GroupKind.MUNICIPAL_LAPE_GROUP
        || group.kind() == GroupKind.REGIONAL_STEERING_GROUP
        || group.kind() == GroupKind.PROJECT_STEERING_GROUP) {
      genderBalance(d, group, "members", active.stream()
          .filter(m -> !deputy(m) && (m.role() == Role.CHAIR || m.role() == Role.VICE_CHAIR
              || m.role() == Role.MEMBER)).toList(), fixed);
      genderBalance(d, group, "deputies", active.stream().filter(m -> deputy(m)).toList(), fixed);
    }

    findings.sort(Finding.ORDER.thenComparing(Finding::messageKey));
    return GroupAssessment.builder()
        .groupId(group.id())
        .groupKind(group.kind())
        .asOf(day)
        .multidisciplinarity(Multidisciplinarity.builder()
            .failedRules(failed)
            .branches(branches)
            .organisations(organisations.size())
            .minBranches(minBranches)
            .minOrganisations(minOrganisations)
            .multidisciplinary(failed.isEmpty() && branches.size() >= minBranches
                && organisations.size() >= minOrganisations)
            .build())
        .findings(findings)
        .coverage(coverage)
        .build();
  }

  private void municipalRules(Dataset d, LocalDate day, Group group, List<Membership> active,
      Fixed fixed) {
    List<Membership> counting = active.stream().filter(m -> !deputy(m)).toList();
    List<Membership> municipal = counting.stream()
        .filter(m -> kind(d, m).orElse(null) == OrganisationKind.MUNICIPALITY).toList();
    boolean sote = counting.stream().anyMatch(m -> branches(d, m).contains(Branch.SOCIAL_HEALTH));
    if (municipal.isEmpty() || !sote) {
      fixed.add(Rule.M07, "municipalSote", List.of(), List.of());
    }
    boolean publicSide = counting.stream()
        .anyMatch(m -> kind(d, m).map(OrganisationKind::isPublicBody).orElse(false));
    boolean civilSide = counting.stream().anyMatch(m -> branches(d, m).contains(
        Branch.CIVIL_SOCIETY) || branches(d, m).contains(Branch.PARISH));
    if (!publicSide || !civilSide) {
      fixed.add(Rule.M07, "publicCivil", List.of(), List.of());
    }
    boolean twoSectors = false;
    for (Membership a : municipal) {
      for (Membership b : municipal) {
        if (a.personId().equals(b.personId())) {
          continue;
        }
        for (Sector x : a.sectors()) {
          for (Sector y : b.sectors()) {
            twoSectors |= x != y;
          }
        }
      }
    }
    if (!twoSectors) {
      fixed.add(Rule.M07, "municipalSectors", List.of(), List.of(),
          municipal.stream().map(Membership::personId).distinct().count());
    }
    List<Membership> chairs = active.stream().filter(m -> m.role() == Role.CHAIR).toList();
    List<String> chairPersons =
        chairs.stream().map(Membership::personId).distinct().toList();
    if (chairPersons.size() > 1) {
      fixed.add(Rule.M10, "many", chairs.stream().map(Membership::id).toList(), chairPersons,
          chairPersons.size());
    } else if (chairs.isEmpty()) {
      fixed.add(Rule.M10, "none", List.of(), List.of());
    }
    String mun = municipality(group);
    Set<String> persons = persons(group, day);
    Set<String> unseated = new TreeSet<>();
    Set<String> sharing = new TreeSet<>();
    Set<String> remit = new TreeSet<>();
    for (Group other : d.groups()) {
      if (other == group || !active(other, day) || !mun.equals(municipality(other))) {
        continue;
      }
      if (other.kind() == GroupKind.CUSTOMER_PANEL) {
        for (String maintainer : other.maintainerIds()) {
          if (active.stream().noneMatch(m -> m.organisationId().map(maintainer::equals)
              .orElse(false))) {
            unseated.add(maintainer);
          }
        }
      }
      Set<String> shared = new HashSet<>(persons);
      shared.retainAll(persons(other, day));
      if (!shared.isEmpty() && shared.size() * 2 >= persons.size()) {
        sharing.add(other.id());
      }
      if (other.kind().isPlanningKind() && !linkedEitherWay(group, other)) {
        remit.add(other.id());
      }
    }
    if (!unseated.isEmpty()) {
      fixed.crossGroup(Rule.M11, null, unseated);
    }
    if (!sharing.isEmpty()) {
      fixed.crossGroup(Rule.M13, "members", sharing, persons.size());
    }
    if (!remit.isEmpty()) {
      fixed.crossGroup(Rule.M13, "remit", remit);
    }
  }

  private void regionalRules(Dataset d, LocalDate day, Group group, List<Membership> active,
      Fixed fixed) {
    String region = group.scope().region().orElse(null);
    Set<String> persons = persons(group, day);
    Set<String> missing = new TreeSet<>();
    for (Group lape : d.groups(GroupKind.MUNICIPAL_LAPE_GROUP)) {
      if (!active(lape, day) || region == null || !region.equals(region(d, lape, day))) {
        continue;
      }
      if (persons(lape, day).stream().noneMatch(persons::contains)) {
        missing.add(lape.id());
      }
    }
    if (!missing.isEmpty()) {
      fixed.crossGroup(Rule.R03, null, missing);
    }
    if (active.stream().noneMatch(m -> m.duties().contains(Duty.SOTE_PREPARATION_LIAISON))) {
      fixed.add(Rule.R04, null, List.of(), List.of());
    }
  }

  private void advisoryRules(Dataset d, Group group, List<Membership> active, Fixed fixed) {
    Set<Voice> voices = group.kind().voices();
    String voiceCodes = EnumSet.copyOf(voices).stream().map(Voice::code)
        .collect(Collectors.joining(", "));
    boolean scheduled = group.term().isPresent() || !group.intakeDates().isEmpty();
    Set<String> residents = new HashSet<>();
    Set<String> homes = new HashSet<>();
    Set<String> unknown = new HashSet<>();
    for (Membership m : active) {
      if (m.duties().contains(Duty.ADVISORY_FACILITATOR)) {
        continue;
      }
      residents.add(m.personId());
      Optional<String> home = d.person(m.personId()).flatMap(Person::homeMunicipality);
      if (home.isPresent()) {
        homes.add(home.get());
      } else {
        unknown.add(m.personId());
      }
      List<String> ids = List.of(m.id());
      List<String> who = List.of(m.personId());
      if (m.organisationId().isPresent() || !m.sectors().isEmpty()) {
        fixed.add(Rule.A01, "staff", ids, who, m.id());
      } else if (m.voices().stream().noneMatch(voices::contains)) {
        fixed.add(Rule.A01, "voice", ids, who, m.id(), voiceCodes);
      }
      LocalDate start = m.term().start();
      boolean onTermStart = group.term().map(t -> t.start().equals(start)).orElse(false);
      if (scheduled && !onTermStart && !group.intakeDates().contains(start)) {
        fixed.add(Rule.A02, "intake", ids, who, m.id(), start);
      }
    }
    int capacity = group.capacity().orElse(0);
    if (capacity > 0 && residents.size() > capacity) {
      fixed.add(Rule.A02, "capacity", List.of(), List.of(), residents.size(), capacity);
    }
    if (!residents.isEmpty()) {
      fixed.add(Rule.A03, null, List.of(), List.of(), residents.size(), homes.size(),
          unknown.size());
    }
    for (MeetingDay meetingDay : group.meetingDays()) {
      boolean facilitated = false;
      for (Membership m : group.memberships()) {
        facilitated |= meetingDay.facilitatorIds().contains(m.personId())
            && m.organisationId().isPresent() && m.term().contains(meetingDay.date());
      }
      if (!facilitated) {
        fixed.add(Rule.A04, null, List.of(), List.of(), meetingDay.date());
      }
    }
  }

  private void panelRule(Dataset d, Group group, Fixed fixed) {
    List<Organisation> maintainers = group.maintainerIds().stream().map(d::organisation)
        .flatMap(Optional::stream).toList();
    boolean two = false;
    for (Organisation a : maintainers) {
      for (Organisation b : maintainers) {
        if (a == b) {
          continue;
        }
        for (Branch x : branches(a)) {
          for (Branch y : branches(b)) {
            two |= x != y;
          }
        }
      }
    }
    if (!two) {
      Set<Branch> all = EnumSet.noneOf(Branch.class);
      maintainers.forEach(o -> all.addAll(branches(o)));
      fixed.add(Rule.C01, null, List.of(), List.of(),
          maintainers.stream().filter(o -> !branches(o).isEmpty()).count(), all.size());
    }
  }

  private void integrityRules(Dataset d, LocalDate day, Group group, List<Membership> active,
      Fixed fixed) {
    Map<String, List<Membership>> seats = new java.util.LinkedHashMap<>();
    for (Membership m : active) {
      seats.computeIfAbsent(m.personId() + "/" + m.role(), k -> new ArrayList<>()).add(m);
    }
    for (List<Membership> same : seats.values()) {
      if (same.size() > 1) {
        Membership first = same.get(0);
        fixed.add(Rule.D01, null, same.stream().map(Membership::id).toList(),
            List.of(first.personId()), first.personId(), first.role().code());
      }
    }
    for (Membership m : active) {
      if (m.organisationId().isEmpty()) {
        continue;
      }
      Organisation o = d.organisation(m.organisationId().get()).get();
      if (!o.sectors().isEmpty() && !m.sectors().isEmpty()) {
        Set<Sector> unprovided = EnumSet.noneOf(Sector.class);
        unprovided.addAll(m.sectors());
        unprovided.removeAll(o.sectors());
        if (!unprovided.isEmpty()) {
          fixed.add(Rule.D02, null, List.of(m.id()), List.of(m.personId()), m.id(), o.id(),
              codes(unprovided));
        }
      }
      Set<Sector> sote = EnumSet.noneOf(Sector.class);
      m.sectors().stream().filter(s -> s.branch() == Branch.SOCIAL_HEALTH).forEach(sote::add);
      if (!day.isBefore(SOTE_REFORM) && o.kind() == OrganisationKind.MUNICIPALITY
          && !o.municipality().orElse("").equals("091") && !sote.isEmpty()) {
        fixed.add(Rule.D02, "reform", List.of(m.id()), List.of(m.personId()), m.id(), o.id(),
            codes(sote));
      }
    }
  }

  /**
   * LAPE-L01 on one bench: distinct persons; at least 40 % of each of women and men, rounded up,
   * but at most half rounded down; decided only when the persons without a recorded gender cannot
   * change the answer.
   */
  private void genderBalance(Dataset d, Group group, String bench, List<Membership> seats,
      Fixed fixed) {
    Map<String, Optional<Gender>> persons = new java.util.HashMap<>();
    for (Membership m : seats) {
      persons.put(m.personId(), d.person(m.personId()).flatMap(Person::gender));
    }
    int n = persons.size();
    if (n == 0) {
      return;
    }
    long women = persons.values().stream().filter(g -> g.equals(Optional.of(Gender.WOMAN)))
        .count();
    long men = persons.values().stream().filter(g -> g.equals(Optional.of(Gender.MAN))).count();
    long unknown = persons.values().stream().filter(Optional::isEmpty).count();
    long needed = Math.min((long) Math.ceil(n * 0.4 - 1e-9), n / 2);
    boolean certainlyShort = women + unknown < needed || men + unknown < needed;
    boolean waived = group.genderBalanceWaiver().isPresent();
    String variant;
    if (certainlyShort) {
      variant = waived ? bench + "Waived" : bench;
    } else if (!waived && (women < needed || men < needed)) {
      variant = bench + "Unknown";
    } else {
      return;
    }
    fixed.add(Rule.L01, variant, List.of(), List.of(), women, men, n, needed, unknown);
  }

  private static String codes(Set<Sector> sectors) {
    return sectors.stream().map(Sector::code).collect(Collectors.joining(", "));
  }

  private static String messageKey(Requirement requirement) {
    String ruleId = requirement.ruleId();
    if (requirement.id().startsWith(ruleId + "-")) {
      String key = "finding." + ruleId + "." + requirement.id().substring(ruleId.length() + 1);
      if (Texts.has(key)) {
        return key;
      }
    }
    return Texts.has("finding." + ruleId) ? "finding." + ruleId : "finding.requirement";
  }

  /** Adds findings of fixed rules under the policy's switches and overrides. */
  private final class Fixed {
    private final String groupId;
    private final List<Finding> findings;

    Fixed(String groupId, List<Finding> findings) {
      this.groupId = groupId;
      this.findings = findings;
    }

    void crossGroup(Rule rule, String variant, Collection<String> ids, Object... extra) {
      List<Object> arguments = new ArrayList<>();
      arguments.add(ids.size());
      arguments.add(ids.stream().sorted().limit(LISTED).collect(Collectors.joining(", ")));
      arguments.add(Math.max(0, ids.size() - LISTED));
      arguments.addAll(List.of(extra));
      add(rule, variant, List.of(), List.of(), arguments.toArray());
    }

    void add(Rule rule, String variant, List<String> membershipIds, List<String> personIds,
        Object... arguments) {
      if (!policy.isEnabled(rule.id())) {
        return;
      }
      Finding.Builder finding = Finding.builder()
          .ruleId(rule.id())
          .severity(rule.isAdvice(variant) ? Severity.INFO
              : policy.severityOf(rule.id(), rule.defaultSeverity(variant)))
          .groupId(groupId)
          .membershipIds(membershipIds)
          .personIds(List.copyOf(new LinkedHashSet<>(personIds)))
          .messageKey("finding." + rule.id() + (variant == null ? "" : "." + variant))
          .citation(rule.citation());
      for (Object argument : arguments) {
        finding.addArgument(String.valueOf(argument));
      }
      findings.add(finding.build());
    }
  }
}
