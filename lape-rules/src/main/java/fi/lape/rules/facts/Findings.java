package fi.lape.rules.facts;

import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;

/**
 * Findings for your own DRL rules to insert: rule id, severity, the group, the message key
 * {@code finding.<ruleId>} (whose texts come with your rules: a bundle beside the DRL file, or the
 * policy's messages) and the arguments, which must be ids, codes and numbers, never names.
 *
 * <pre>{@code
 * then
 *     insert( Findings.of( $g, "ORIMATTILA-01", Severity.WARNING, $persons.size() ) );
 * }</pre>
 */
public final class Findings {
  private Findings() {}

  /** A finding about group {@code group}. */
  public static Finding of(GroupFact group, String ruleId, Severity severity,
      Object... arguments) {
    return builder(group.getGroupId(), ruleId, severity, arguments).build();
  }

  /** A finding about one seat of a group (its membership and person). */
  public static Finding about(Seat seat, String ruleId, Severity severity, Object... arguments) {
    return builder(seat.getGroupId(), ruleId, severity, arguments)
        .addMembershipIds(seat.getMembershipId())
        .addPersonIds(seat.getPersonId())
        .build();
  }

  private static Finding.Builder builder(String groupId, String ruleId, Severity severity,
      Object... arguments) {
    Finding.Builder builder = Finding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .groupId(groupId)
        .messageKey("finding." + ruleId);
    Rule.byId(ruleId).ifPresent(r -> builder.citation(r.citation()));
    for (Object argument : arguments) {
      builder.addArgument(String.valueOf(argument));
    }
    return builder;
  }
}
