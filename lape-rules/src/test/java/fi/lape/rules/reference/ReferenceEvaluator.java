package fi.lape.rules.reference;

import fi.lape.core.Branch;
import fi.lape.core.Dataset;
import fi.lape.core.Duty;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule catalogue in plain Java, written straight from DOMAIN.md and {@code GroupAssessor}'s
 * documented semantics without Drools and without sharing code with lape-rules' engine. It is the
 * oracle of the differential tests and the baseline of the benchmarks: the same reports, to the
 * last argument, for any policy.
 *
 * <pre>{@code
 * ReferenceEvaluator reference = new ReferenceEvaluator(Policies.nationalBaseline());
 * GroupAssessment expected = reference.assess(dataset, "orimattila-lape", day);
 * }</pre>
 */
public final class ReferenceEvaluator {
  private static final Set<String> MULTIDISCIPLINARY_RULES =
      Set.of(Rule.M01.id(), Rule.M02.id(), Rule.M03.id(), Rule.M05.id());

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
    Context context = new Context(dataset, day);
    List<GroupAssessment> groups = new ArrayList<>();
    for (Group group : dataset.groups()) {
      groups.add(assess(context, group));
    }
    return AssessmentReport.builder().asOf(day).policyId(policy.id()).groups(groups).build();
  }

  /** The group {@code groupId} of {@code dataset} on {@code day}. */
  public GroupAssessment assess(Dataset dataset, String groupId, LocalDate day) {
    Group group = dataset.group(groupId)
        .orElseThrow(() -> new IllegalArgumentException("no group " + groupId));
    return assess(new Context(dataset, day), group);
  }

  /** The dataset on one day, with the per-municipality and per-region lists built once. */
  private static final class Context {
    final Dataset dataset;
    final LocalDate day;
    private Map<String, List<Group>> byMunicipality;
    private Map<String, List<Group>> lapeByRegion;
    private final Map<String, Set<String>> persons = new HashMap<>();

    Context(Dataset dataset, LocalDate day) {
      this.dataset = dataset;
      this.day = day;
    }

    List<Group> ofMunicipality(String code) {
      if (byMunicipality == null) {
        byMunicipality = dataset.groups().stream()
            .filter(g -> g.scope().municipality().isPresent())
            .collect(Collectors.groupingBy(g -> g.scope().municipality().get(),
                LinkedHashMap::new, Collectors.toList()));
      }
      return byMunicipality.getOrDefault(code, List.of());
    }

    List<Group> lapeGroupsOfRegion(String code) {
      if (lapeByRegion == null) {
        lapeByRegion = new HashMap<>();
        for (Group g : dataset.groups(GroupKind.MUNICIPAL_LAPE_GROUP)) {
          dataset.regionOf(g, day).ifPresent(
              r -> lapeByRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(g));
        }
      }
      return lapeByRegion.getOrDefault(code, List.of());
    }

    Set<String> persons(Group group) {
      return persons.computeIfAbsent(group.id(), id -> group.activeMemberships(day).stream()
          .map(Membership::personId).collect(Collectors.toSet()));
    }

    int shared(Group a, Group b) {
      Set<String> both = new HashSet<>(persons(a));
      both.retainAll(persons(b));
      return both.size();
    }
  }

  private GroupAssessment assess(Context context, Group group) {
    Dataset dataset = context.dataset;
    List<Membership> active = group.activeMemberships(context.day);
    List<Finding> findings = new ArrayList<>();
    List<CoverageLine> coverage = new ArrayList<>();
    TreeSet<String> failed = new TreeSet<>();
    boolean municipal = group.kind() == GroupKind.MUNICIPAL_LAPE_GROUP;

    for (Requirement requirement : policy.requirementsFor(group)) {
      List<String> witnesses = new ArrayList<>();
      Set<String> persons = new HashSet<>();
      for (Membership m : active) {
        if (requirement.anyOf().countsMembership(m)) {
          witnesses.add(m.id());
          persons.add(m.personId());
        }
      }
      Set<String> linked = new LinkedHashSet<>();
      for (GroupLink link : group.links()) {
        if (requirement.anyOf().countsLinkedGroup(dataset.group(link.groupId()).get().kind())) {
          linked.add(link.groupId());
        }
      }
      CoverageLine line = CoverageLine.builder()
          .requirementId(requirement.id())
          .ruleId(requirement.ruleId())
          .severity(policy.severityOf(requirement))
          .required(requirement.minMembers())
          .witnessIds(witnesses)
          .distinctPersons(persons.size())
          .linkedGroupIds(linked)
          .wouldSatisfy(requirement.anyOf())
          .build();
      coverage.add(line);
      if (!line.satisfied()) {
        findings.add(Finding.builder()
            .ruleId(requirement.ruleId())
            .requirementId(requirement.id())
            .severity(line.severity())
            .groupId(group.id())
            .membershipIds(witnesses)
            .messageKey(messageKey(requirement))
            .addArguments(requirement.id(), String.valueOf(persons.size()),
                String.valueOf(requirement.minMembers()))
            .citation(requirement.citation().isBlank()
                ? Rule.byId(requirement.ruleId()).map(Rule::citation).orElse("")
                : requirement.citation())
            .build());
        if (municipal && MULTIDISCIPLINARY_RULES.contains(requirement.ruleId())
            && requirement.severity() == Severity.ERROR) {
          failed.add(requirement.ruleId());
        }
      }
    }

    Fixed fixed = new Fixed(group.id(), findings);
    Set<Branch> branches = EnumSet.noneOf(Branch.class);
    Set<String> organisations = new HashSet<>();
    for (Membership m : active) {
      branches.addAll(m.branches());
      m.organisationId().ifPresent(organisations::add);
    }
    if (municipal) {
      municipalRules(context, group, active, branches, organisations, fixed);
    }
    if (group.kind() == GroupKind.REGIONAL_STEERING_GROUP) {
      for (Group lape : context.lapeGroupsOfRegion(group.scope().region().get())) {
        if (context.shared(group, lape) == 0) {
          fixed.add(Rule.R03, null, Severity.WARNING, List.of(), List.of(), lape.id(),
              lape.scope().municipality().get());
        }
      }
      if (active.stream().noneMatch(m -> m.duties().contains(Duty.SOTE_PREPARATION_LIAISON))) {
        fixed.add(Rule.R04, null, Severity.INFO, List.of(), List.of());
      }
    }
    if (group.kind().isAdvisoryKind()) {
      advisoryRules(dataset, group, active, fixed);
    }
    if (group.kind() == GroupKind.CUSTOMER_PANEL) {
      Set<Branch> maintainerBranches = EnumSet.noneOf(Branch.class);
      int maintainers = 0;
      for (String id : group.maintainerIds()) {
        Organisation o = dataset.organisation(id).get();
        if (!o.sectors().isEmpty()) {
          maintainers++;
          o.sectors().forEach(s -> maintainerBranches.add(s.branch()));
        }
      }
      if (maintainers < 2 || maintainerBranches.size() < 2) {
        fixed.add(Rule.C01, null, Severity.WARNING, List.of(), List.of(), maintainers,
            maintainerBranches.size());
      }
    }
    integrityRules(dataset, group, active, fixed);

    findings.sort(Finding.ORDER.thenComparing(Finding::messageKey));
    return GroupAssessment.builder()
        .groupId(group.id())
        .groupKind(group.kind())
        .asOf(context.day)
        .multidisciplinarity(Multidisciplinarity.builder()
            .failedRules(failed)
            .branches(branches)
            .organisations(organisations.size())
            .minBranches(policy.thresholds().minBranches())
            .minOrganisations(policy.thresholds().minOrganisations())
            .build())
        .findings(findings)
        .coverage(coverage)
        .build();
  }

  private void municipalRules(Context context, Group group, List<Membership> active,
      Set<Branch> branches, Set<String> organisations, Fixed fixed) {
    Dataset dataset = context.dataset;
    boolean municipalSide = false;
    boolean soteSide = false;
    boolean publicSide = false;
    boolean civilSide = false;
    Set<Sector> municipalSectors = EnumSet.noneOf(Sector.class);
    List<String> chairs = new ArrayList<>();
    List<String> chairPersons = new ArrayList<>();
    for (Membership m : active) {
      Optional<OrganisationKind> kind =
          m.organisationId().flatMap(dataset::organisation).map(Organisation::kind);
      soteSide |= m.branches().contains(Branch.SOCIAL_HEALTH)
          || kind.map(k -> k == OrganisationKind.WELLBEING_SERVICES_COUNTY
              || k == OrganisationKind.JOINT_MUNICIPAL_AUTHORITY).orElse(false);
      civilSide |= m.branches().contains(Branch.CIVIL_SOCIETY)
          || m.branches().contains(Branch.PARISH)
          || kind.map(OrganisationKind::isCivilSocietyOrParish).orElse(false);
      publicSide |= kind.map(OrganisationKind::isPublicBody).orElse(false);
      if (kind.orElse(null) == OrganisationKind.MUNICIPALITY) {
        municipalSide = true;
        municipalSectors.addAll(m.sectors());
      }
      if (m.role() == Role.CHAIR) {
        chairs.add(m.id());
        if (!chairPersons.contains(m.personId())) {
          chairPersons.add(m.personId());
        }
      }
    }
    if (!municipalSide || !soteSide) {
      fixed.add(Rule.M07, "municipalSote", Severity.WARNING, List.of(), List.of());
    }
    if (!publicSide || !civilSide) {
      fixed.add(Rule.M07, "publicCivil", Severity.WARNING, List.of(), List.of());
    }
    if (municipalSectors.size() < 2) {
      fixed.add(Rule.M07, "municipalSectors", Severity.WARNING, List.of(), List.of(),
          municipalSectors.size());
    }
    int minBranches = policy.thresholds().minBranches();
    int minOrganisations = policy.thresholds().minOrganisations();
    if (branches.size() < minBranches || organisations.size() < minOrganisations) {
      fixed.add(Rule.M08, null, Severity.ERROR, List.of(), List.of(), branches.size(),
          minBranches, organisations.size(), minOrganisations);
    }
    if (chairPersons.size() > 1) {
      fixed.add(Rule.M10, "many", Severity.ERROR, chairs, chairPersons, chairPersons.size());
    } else if (chairPersons.isEmpty()) {
      fixed.add(Rule.M10, "none", Severity.WARNING, List.of(), List.of());
    }
    Set<String> persons = context.persons(group);
    for (Group other : context.ofMunicipality(group.scope().municipality().get())) {
      if (other.id().equals(group.id())) {
        continue;
      }
      if (other.kind() == GroupKind.CUSTOMER_PANEL) {
        for (String maintainer : other.maintainerIds()) {
          boolean seated = active.stream()
              .anyMatch(m -> m.organisationId().map(maintainer::equals).orElse(false));
          if (!seated) {
            fixed.add(Rule.M11, null, Severity.WARNING, List.of(), List.of(), maintainer,
                other.id());
          }
        }
      }
      int shared = context.shared(group, other);
      if (shared > 0 && shared * 2 >= persons.size()) {
        fixed.add(Rule.M13, "members", Severity.INFO, List.of(), List.of(), other.id(), shared,
            persons.size());
      }
      boolean linked = group.links().stream().anyMatch(l -> l.groupId().equals(other.id()))
          || other.links().stream().anyMatch(l -> l.groupId().equals(group.id()));
      if (other.kind().isPlanningKind() && !linked) {
        fixed.add(Rule.M13, "remit", Severity.INFO, List.of(), List.of(), other.id(),
            other.kind().code());
      }
    }
  }

  private void advisoryRules(Dataset dataset, Group group, List<Membership> active,
      Fixed fixed) {
    Set<Voice> voices = group.kind().voices();
    String voiceCodes = EnumSet.copyOf(voices).stream().map(Voice::code)
        .collect(Collectors.joining(", "));
    boolean scheduled = group.term().isPresent() || !group.intakeDates().isEmpty();
    Set<String> residents = new HashSet<>();
    for (Membership m : active) {
      if (m.duties().contains(Duty.ADVISORY_FACILITATOR)) {
        continue;
      }
      residents.add(m.personId());
      List<String> ids = List.of(m.id());
      List<String> who = List.of(m.personId());
      if (m.organisationId().isPresent() || !m.sectors().isEmpty()) {
        fixed.add(Rule.A01, "staff", Severity.ERROR, ids, who, m.id());
      } else if (m.voices().stream().noneMatch(voices::contains)) {
        fixed.add(Rule.A01, "voice", Severity.ERROR, ids, who, m.id(), voiceCodes);
      }
      LocalDate start = m.term().start();
      boolean onTermStart = group.term().map(t -> t.start().equals(start)).orElse(false);
      if (scheduled && !onTermStart && !group.intakeDates().contains(start)) {
        fixed.add(Rule.A02, "intake", Severity.WARNING, ids, who, m.id(), start);
      }
    }
    int capacity = group.capacity().orElse(0);
    if (capacity > 0 && residents.size() > capacity) {
      fixed.add(Rule.A02, "capacity", Severity.ERROR, List.of(), List.of(), residents.size(),
          capacity);
    }
    if (!residents.isEmpty()) {
      Set<String> homes = new HashSet<>();
      int unknown = 0;
      for (String id : residents) {
        Optional<String> home = dataset.person(id).flatMap(Person::homeMunicipality);
        if (home.isPresent()) {
          homes.add(home.get());
        } else {
          unknown++;
        }
      }
      fixed.add(Rule.A03, null, Severity.INFO, List.of(), List.of(), residents.size(),
          homes.size(), unknown);
    }
    for (MeetingDay day : group.meetingDays()) {
      if (day.facilitatorIds().isEmpty()) {
        fixed.add(Rule.A04, null, Severity.WARNING, List.of(), List.of(), day.date());
      }
    }
  }

  private void integrityRules(Dataset dataset, Group group, List<Membership> active,
      Fixed fixed) {
    Map<String, List<Membership>> seats = new LinkedHashMap<>();
    for (Membership m : active) {
      seats.computeIfAbsent(m.personId() + "/" + m.role(), k -> new ArrayList<>()).add(m);
    }
    for (List<Membership> same : seats.values()) {
      if (same.size() > 1) {
        Membership first = same.get(0);
        fixed.add(Rule.D01, null, Severity.ERROR,
            same.stream().map(Membership::id).toList(), List.of(first.personId()),
            first.personId(), first.role().code());
      }
    }
    for (Membership m : active) {
      if (m.organisationId().isEmpty()) {
        continue;
      }
      Organisation o = dataset.organisation(m.organisationId().get()).get();
      if (o.sectors().isEmpty()) {
        continue;
      }
      Set<Sector> unprovided = EnumSet.noneOf(Sector.class);
      unprovided.addAll(m.sectors());
      unprovided.removeAll(o.sectors());
      if (!unprovided.isEmpty()) {
        fixed.add(Rule.D02, null, Severity.WARNING, List.of(m.id()), List.of(m.personId()),
            m.id(), o.id(),
            unprovided.stream().map(Sector::code).collect(Collectors.joining(", ")));
      }
    }
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

    void add(Rule rule, String variant, Severity base, List<String> membershipIds,
        List<String> personIds, Object... arguments) {
      if (!policy.isEnabled(rule.id())) {
        return;
      }
      Finding.Builder finding = Finding.builder()
          .ruleId(rule.id())
          .severity(policy.severityOf(rule.id(), base))
          .groupId(groupId)
          .membershipIds(membershipIds)
          .personIds(personIds)
          .messageKey("finding." + rule.id() + (variant == null ? "" : "." + variant))
          .citation(rule.citation());
      for (Object argument : arguments) {
        finding.addArgument(String.valueOf(argument));
      }
      findings.add(finding.build());
    }
  }
}
