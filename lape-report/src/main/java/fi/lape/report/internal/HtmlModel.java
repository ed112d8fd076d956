package fi.lape.report.internal;

import java.util.List;

/**
 * What the HTML template shows, every text already in the report's language: the template only
 * lays it out and escapes it. Public only for the compiled template.
 */
public final class HtmlModel {
  private HtmlModel() {}

  /** The whole page. */
  public record Page(String lang, String title, ReportTexts texts, List<Source> sources) {}

  /** One assessed dataset. */
  public record Source(String heading, String asOf, String policy, String summary,
      List<Group> groups) {}

  /** One group's assessment. */
  public record Group(String anchor, String id, String name, String kindScope, boolean compliant,
      String verdict, String multidisciplinary, String activeMembers, int errors, int warnings,
      List<Member> members, List<CoverageRow> coverage, List<String> unmet, Timeline timeline,
      List<FindingRow> findings, List<String> suggestions) {}

  /** An active member: a column of the grid. */
  public record Member(int number, String id, String name, String description) {}

  /** A requirement: a row of the grid. */
  public record CoverageRow(String requirementId, String severity, String severityCode,
      boolean satisfied, String status, List<Cell> cells, String linked) {}

  /** Whether a member counts toward a requirement. */
  public record Cell(boolean counts, String title) {}

  /** The compliance timeline as a bar: segments in thousandths of its width. */
  public record Timeline(String from, String to, List<Segment> segments) {}

  /** One interval of the timeline. */
  public record Segment(int x, int width, boolean compliant, String label) {}

  /** One finding. */
  public record FindingRow(String severity, String severityCode, String id, String message,
      String about, String citation) {}
}
