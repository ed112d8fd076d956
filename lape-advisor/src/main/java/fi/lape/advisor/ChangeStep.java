package fi.lape.advisor;

import fi.lape.core.LapeValidationException;
import fi.lape.core.Membership;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One step of a planned {@link Change}: a membership added from a day, ended on a day (its last
 * day), or replaced by another from a day (the old one's last day is the day before).
 *
 * <pre>{@code
 * ChangeStep leaves = ChangeStep.end("m-05", LocalDate.of(2018, 2, 28));
 * }</pre>
 *
 * @param op what happens
 * @param day the first day of the added or replacing membership, or the last day of the ended one
 * @param membershipId the membership ended or replaced
 * @param membership the membership added or replacing; its term's start is the step's day
 */
public record ChangeStep(Op op, LocalDate day, Optional<String> membershipId,
    Optional<Membership> membership) {

  /** What a step does. */
  public enum Op {
    /** A new membership from the day. */
    ADD,
    /** An existing membership's last day. */
    END,
    /** An existing membership ends the day before and a new one starts on the day. */
    REPLACE
  }

  /** Checks that the step has what its operation needs. */
  public ChangeStep {
    if (op == null || day == null) {
      throw new LapeValidationException("change step: op and day are required");
    }
    membershipId = membershipId == null ? Optional.empty() : membershipId;
    membership = membership == null ? Optional.empty() : membership;
    if ((op == Op.END || op == Op.REPLACE) && membershipId.isEmpty()) {
      throw new LapeValidationException("change step " + op + ": membershipId is required");
    }
    if ((op == Op.ADD || op == Op.REPLACE) && membership.isEmpty()) {
      throw new LapeValidationException("change step " + op + ": membership is required");
    }
  }

  /** Adds {@code membership}; its term's start is the first day. */
  public static ChangeStep add(Membership membership) {
    return new ChangeStep(Op.ADD, membership.term().start(), Optional.empty(),
        Optional.of(membership));
  }

  /** Ends {@code membershipId} with {@code lastDay} as its last day. */
  public static ChangeStep end(String membershipId, LocalDate lastDay) {
    return new ChangeStep(Op.END, lastDay, Optional.of(membershipId), Optional.empty());
  }

  /** Replaces {@code membershipId} by {@code membership} from its term's start. */
  public static ChangeStep replace(String membershipId, Membership membership) {
    return new ChangeStep(Op.REPLACE, membership.term().start(), Optional.of(membershipId),
        Optional.of(membership));
  }

  /** The first day on which the step has taken effect. */
  public LocalDate effective() {
    return op == Op.END ? day.plusDays(1) : day;
  }
}
