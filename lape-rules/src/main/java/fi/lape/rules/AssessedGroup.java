package fi.lape.rules;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * The fact your own DRL rules see: one per group being assessed, with its dataset, the assessment
 * day, the policy and the memberships active on that day. Rules report by inserting
 * {@link Finding}s, most easily started with {@link #finding(String, Severity)}; see
 * {@link GroupAssessor.Builder#addRules(String, String)}.
 *
 * <pre>{@code
 * rule "ORIMATTILA-01 a LAPE group of at least five"
 * when
 *     $g : AssessedGroup( group.kind == GroupKind.MUNICIPAL_LAPE_GROUP,
 *                         activeMemberships.size() < 5 )
 * then
 *     insert($g.finding("ORIMATTILA-01", Severity.WARNING)
 *         .addArgument(String.valueOf($g.getActiveMemberships().size())).build());
 * end
 * }</pre>
 */
public final class AssessedGroup {
  private final Dataset dataset;
  private final Group group;
  private final LocalDate asOf;
  private final CoveragePolicy policy;
  private final List<Membership> activeMemberships;

  AssessedGroup(Dataset dataset, Group group, LocalDate asOf, CoveragePolicy policy,
      List<Membership> activeMemberships) {
    this.dataset = dataset;
    this.group = group;
    this.asOf = asOf;
    this.policy = policy;
    this.activeMemberships = List.copyOf(activeMemberships);
  }

  /** The dataset the group belongs to, for rules that look at other groups. */
  public Dataset getDataset() {
    return dataset;
  }

  /** The group being assessed. */
  public Group getGroup() {
    return group;
  }

  /** The day the group is assessed as of. */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** The policy of the assessment. */
  public CoveragePolicy getPolicy() {
    return policy;
  }

  /** The group's memberships active on {@link #getAsOf()}, in group order. */
  public List<Membership> getActiveMemberships() {
    return activeMemberships;
  }

  /**
   * A finding about this group, started for you: rule id, severity, group id, the message key
   * {@code finding.<ruleId>} and the rule's citation if it is a catalogue rule. Add membership
   * ids, person ids and message arguments (ids, codes and numbers, never names), then build it and
   * insert it. A message key that lape's bundles do not have is shown as the key itself.
   */
  public Finding.Builder finding(String ruleId, Severity severity) {
    Finding.Builder builder = Finding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .groupId(group.id())
        .messageKey("finding." + ruleId);
    fi.lape.core.policy.Rule.byId(ruleId).ifPresent(r -> builder.citation(r.citation()));
    return builder;
  }

  @Override
  public String toString() {
    return "AssessedGroup{" + group.id() + " " + asOf + "}";
  }
}
