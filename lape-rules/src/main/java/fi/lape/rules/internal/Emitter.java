package fi.lape.rules.internal;

import fi.lape.core.Coded;
import fi.lape.core.internal.Texts;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.rules.facts.RequirementOutcome;
import fi.lape.rules.facts.Seat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The DRL global {@code out}: turns what the rules decided into {@link Finding}s, with the
 * catalogue's severity (by rule and variant) after the policy's overrides, the rule's citation and
 * its message key. It decides nothing. One per session, never shared between threads.
 */
public final class Emitter {
  /** How many ids a cross-group finding lists before "and N more". */
  public static final int LISTED = 10;

  private final CoveragePolicy policy;
  private final Predicate<String> keep;
  private final Map<String, List<Finding>> findings = new HashMap<>();

  /** An emitter under {@code policy} that keeps the findings about groups {@code keep} accepts. */
  Emitter(CoveragePolicy policy, Predicate<String> keep) {
    this.policy = policy;
    this.keep = keep;
  }

  /** A requirement is not met: the finding of its rule, with the witnesses in group order. */
  public void requirementNotMet(RequirementOutcome outcome) {
    if (!keep.test(outcome.getGroupId())) {
      return;
    }
    Requirement requirement = outcome.getRequirement().getRequirement();
    List<Seat> witnesses = new ArrayList<>(outcome.getTally().getWitnesses());
    witnesses.sort(Comparator.comparingInt(Seat::getPosition));
    add(Finding.builder()
        .ruleId(requirement.ruleId())
        .requirementId(requirement.id())
        .severity(outcome.getRequirement().getSeverity())
        .groupId(outcome.getGroupId())
        .membershipIds(witnesses.stream().map(Seat::getMembershipId).toList())
        .messageKey(messageKey(requirement))
        .addArgument(requirement.id())
        .addArgument(Integer.toString(outcome.getTally().getPersons()))
        .addArgument(Integer.toString(requirement.minMembers()))
        .addArgument(Integer.toString(outcome.getTally().getOrganisations()))
        .addArgument(Integer.toString(requirement.minOrganisations()))
        .citation(citation(requirement))
        .messages(requirement.messages())
        .build());
  }

  /**
   * {@code finding.<ruleId>.<suffix>} for a catalogue requirement such as LAPE-M04-PARISH when the
   * bundles have it, else {@code finding.<ruleId>}, else the generic {@code finding.requirement}.
   */
  static String messageKey(Requirement requirement) {
    String ruleId = requirement.ruleId();
    String id = requirement.id();
    if (id.startsWith(ruleId + "-")) {
      String key = "finding." + ruleId + "." + id.substring(ruleId.length() + 1);
      if (Texts.has(key)) {
        return key;
      }
    }
    String key = "finding." + ruleId;
    return Texts.has(key) ? key : "finding.requirement";
  }

  private static String citation(Requirement requirement) {
    return requirement.citation().isBlank()
        ? Rule.byId(requirement.ruleId()).map(Rule::citation).orElse("")
        : requirement.citation();
  }

  /** A finding of a catalogue rule about the group as a whole. */
  public void finding(String groupId, String ruleId, String variant, Object... arguments) {
    emit(groupId, ruleId, variant, List.of(), List.of(), arguments);
  }

  /** A finding of a catalogue rule about one seat (its membership and person). */
  public void findingAboutSeat(Seat seat, String ruleId, String variant, Object... arguments) {
    emit(seat.getGroupId(), ruleId, variant, List.of(seat.getMembershipId()),
        List.of(seat.getPersonId()), arguments);
  }

  /** A finding about some seats of a group: memberships in group order, persons once each. */
  public void findingAboutSeats(String groupId, String ruleId, String variant,
      Collection<?> seats, Object... arguments) {
    List<Seat> sorted = new ArrayList<>(seats.size());
    for (Object seat : seats) {
      sorted.add((Seat) seat);
    }
    sorted.sort(Comparator.comparingInt(Seat::getPosition));
    Set<String> persons = new LinkedHashSet<>();
    sorted.forEach(s -> persons.add(s.getPersonId()));
    emit(groupId, ruleId, variant, sorted.stream().map(Seat::getMembershipId).toList(),
        List.copyOf(persons), arguments);
  }

  /**
   * One finding of a cross-group rule about a group, listing the other groups or organisations:
   * arguments {0} how many, {1} the first {@value #LISTED} ids in order, {2} how many more, then
   * {@code extra}. The finding's size does not grow with the dataset.
   */
  public void crossGroup(String groupId, String ruleId, String variant, Collection<?> others,
      Object... extra) {
    if (!keep.test(groupId)) {
      return;
    }
    TreeSet<String> ids = new TreeSet<>();
    for (Object other : others) {
      ids.add(String.valueOf(other));
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(ids.size());
    arguments.add(ids.stream().limit(LISTED).collect(Collectors.joining(", ")));
    arguments.add(Math.max(0, ids.size() - LISTED));
    arguments.addAll(List.of(extra));
    emit(groupId, ruleId, variant, List.of(), List.of(), arguments.toArray());
  }

  /** The codes of {@code values} (lape's enumerations) in their declared order, comma-separated. */
  public String codes(Collection<?> values) {
    return values.stream().map(v -> (Enum<?>) v).sorted()
        .map(v -> v instanceof Coded c ? c.code() : v.name())
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private void emit(String groupId, String ruleId, String variant, List<String> membershipIds,
      List<String> personIds, Object... arguments) {
    if (!keep.test(groupId)) {
      return;
    }
    Rule rule = Rule.byId(ruleId).orElseThrow(
        () -> new IllegalStateException("lape-rules: " + ruleId + " is not in the catalogue"));
    Finding.Builder finding = Finding.builder()
        .ruleId(ruleId)
        // Advice (LAPE-L01's "not recorded", "special reason") stays advice whatever severity the
        // policy gives the rule's findings.
        .severity(rule.isAdvice(variant) ? rule.defaultSeverity(variant)
            : policy.severityOf(ruleId, rule.defaultSeverity(variant)))
        .groupId(groupId)
        .membershipIds(membershipIds)
        .personIds(personIds)
        .messageKey(variant == null ? "finding." + ruleId : "finding." + ruleId + "." + variant)
        .citation(rule.citation());
    for (Object argument : arguments) {
      finding.addArgument(String.valueOf(argument));
    }
    add(finding.build());
  }

  private void add(Finding finding) {
    findings.computeIfAbsent(finding.groupId(), g -> new ArrayList<>(4)).add(finding);
  }

  /** Adds a finding made outside the built-in rules (users' rules). */
  void addExternal(Finding finding) {
    if (keep.test(finding.groupId())) {
      add(finding);
    }
  }

  /** The findings about {@code groupId}, unordered. */
  List<Finding> findings(String groupId) {
    return findings.getOrDefault(groupId, List.of());
  }
}
