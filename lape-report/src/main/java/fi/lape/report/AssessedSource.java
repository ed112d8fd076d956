package fi.lape.report;

import fi.lape.core.Dataset;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.json.LocatedDataset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessed dataset with what the reports show of it: where it came from, the dataset, its
 * assessment, and optionally each group's compliance timeline and suggestions.
 *
 * <pre>{@code
 * AssessedSource source = AssessedSource.builder()
 *     .label("groups.json").uri("data/groups.json")
 *     .dataset(dataset)
 *     .report(assessor.assess(dataset, day))
 *     .putTimelines("orimattila-lape",
 *         assessor.timeline(dataset, "orimattila-lape", day.minusYears(1), day))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AssessedSource {
  AssessedSource() {}

  /** How people know the source: a file name, "standard input", "built-in sample data". */
  public abstract String label();

  /**
   * Where pipelines find the source: its path relative to the repository or working directory,
   * with forward slashes (SARIF's artifact location). Empty for standard input and built-in data,
   * whose SARIF results then name the group and membership only logically.
   */
  public abstract Optional<String> uri();

  /** The dataset that was assessed. */
  public abstract Dataset dataset();

  /**
   * Where the reader found each group and membership in the source file (lape-json's
   * {@code readLocatedDataset}); SARIF results then carry the line and column as well as the
   * JSON pointer. Empty for sources that were not read from a JSON file.
   */
  public abstract Optional<LocatedDataset> located();

  /** Its assessment. */
  public abstract AssessmentReport report();

  /** Per group id, the group's compliance over time, shown as a bar in the HTML report. */
  public abstract Map<String, ComplianceTimeline> timelines();

  /**
   * Per group id, suggestions to show under the group in the HTML report, already written in the
   * report's language (for example from lape's advisor).
   */
  public abstract Map<String, List<String>> suggestions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (label().isBlank()) {
      throw new IllegalArgumentException("assessed source: label is blank");
    }
    for (String groupId : timelines().keySet()) {
      if (report().group(groupId).isEmpty()) {
        throw new IllegalArgumentException("assessed source " + label()
            + ": timeline of group " + groupId + ", which the report does not assess");
      }
    }
  }

  /** Builds an {@link AssessedSource}. */
  public static final class Builder extends ImmutableAssessedSource.Builder {
    Builder() {}
  }
}
