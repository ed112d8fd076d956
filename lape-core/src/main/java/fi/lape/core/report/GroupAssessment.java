package fi.lape.core.report;

import fi.lape.core.GroupKind;
import fi.lape.core.internal.Checks;
import fi.lape.core.policy.Severity;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The assessment of one group on one day: the verdict, multidisciplinarity with its reason, the
 * findings in {@link Finding#ORDER} and a coverage line per applicable requirement.
 */
@Value.Immutable
public abstract class GroupAssessment {
  GroupAssessment() {}

  /** The group's id. */
  public abstract String groupId();

  /** The group's kind. */
  public abstract GroupKind groupKind();

  /** The day the group was assessed as of. */
  public abstract LocalDate asOf();

  /** Whether the group is multidisciplinary, and why. */
  public abstract Multidisciplinarity multidisciplinarity();

  /** The findings, errors first. */
  public abstract List<Finding> findings();

  /** One line per requirement that applies to the group, in policy order. */
  public abstract List<CoverageLine> coverage();

  /** Compliant unless some finding is an error. */
  @Value.Derived
  public Verdict verdict() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)
        ? Verdict.NON_COMPLIANT : Verdict.COMPLIANT;
  }

  /** Whether the verdict is {@link Verdict#COMPLIANT}. */
  public final boolean isCompliant() {
    return verdict() == Verdict.COMPLIANT;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    for (int i = 0; i < findings().size(); i++) {
      Checks.check(findings().get(i).groupId().equals(groupId()),
          "assessment of group %s: findings[%d] is about group %s", groupId(), i,
          findings().get(i).groupId());
    }
  }

  /** Builds a {@link GroupAssessment}. */
  public static final class Builder extends ImmutableGroupAssessment.Builder {
    Builder() {}
  }
}
