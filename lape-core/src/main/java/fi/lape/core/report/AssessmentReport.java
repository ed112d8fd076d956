package fi.lape.core.report;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The assessment of a dataset's groups under one policy on one day; lape-json writes it as the
 * assessment report document.
 */
@Value.Immutable
public abstract class AssessmentReport {
  AssessmentReport() {}

  /** The day the groups were assessed as of. */
  public abstract LocalDate asOf();

  /** The id of the policy applied. */
  public abstract String policyId();

  /** One assessment per group, in dataset order. */
  public abstract List<GroupAssessment> groups();

  /** Whether every group is compliant. */
  public final boolean isCompliant() {
    return groups().stream().allMatch(GroupAssessment::isCompliant);
  }

  /** The assessment of the group with {@code groupId}. */
  public final Optional<GroupAssessment> group(String groupId) {
    return groups().stream().filter(g -> g.groupId().equals(groupId)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("report: policyId", policyId());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < groups().size(); i++) {
      GroupAssessment group = groups().get(i);
      Checks.check(seen.add(group.groupId()), "report: groups[%d]: group %s is assessed twice", i,
          group.groupId());
      Checks.check(group.asOf().equals(asOf()),
          "report: groups[%d]: group %s is assessed as of %s, the report as of %s", i,
          group.groupId(), group.asOf(), asOf());
    }
  }

  /** Builds an {@link AssessmentReport}. */
  public static final class Builder extends ImmutableAssessmentReport.Builder {
    Builder() {}
  }
}
