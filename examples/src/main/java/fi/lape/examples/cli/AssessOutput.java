package fi.lape.examples.cli;

import fi.lape.core.report.AssessmentReport;
import fi.lape.json.LapeJson;
import fi.lape.json.ReportSetWriter;
import fi.lape.rules.GroupAssessor;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes what {@code lape assess} found, one dataset at a time, straight to the output: each
 * dataset is assessed, written and let go before the next, and a JSON report goes through
 * Jackson's generator to the stream, never into one string. Files that could not be read are
 * listed on the error stream (and, in a JSON report set, with their problems); the good ones are
 * still assessed.
 */
final class AssessOutput {
  private final Messages messages;
  private final GroupAssessor assessor;
  private final LocalDate day;
  private final String policyName;

  AssessOutput(Messages messages, GroupAssessor assessor, LocalDate day, String policyName) {
    this.messages = messages;
    this.assessor = assessor;
    this.day = day;
    this.policyName = policyName;
  }

  /**
   * Assesses and writes {@code sources}, lists {@code failed} on {@code err}, and returns the exit
   * code: {@link ExitCode#BAD_INPUT} when a file failed, else whether every group complies.
   */
  int write(List<Inputs.Source> sources, List<Inputs.Failed> failed, boolean several,
      boolean json, boolean showNames, PrintWriter out, PrintWriter err) {
    boolean compliant = true;
    if (json) {
      LapeJson writer = LapeJson.builder().language(messages.locale()).pretty(true).build();
      if (!several) {
        // One dataset gives the report document itself.
        for (Inputs.Source source : sources) {
          AssessmentReport report = assessor.assess(source.dataset(), day);
          compliant &= report.isCompliant();
          writer.write(report, out);
        }
      } else {
        try (ReportSetWriter set = writer.reportSetWriter(out)) {
          for (Inputs.Source source : sources) {
            AssessmentReport report = assessor.assess(source.dataset(), day);
            compliant &= report.isCompliant();
            set.report(source.label(), report);
          }
          for (Inputs.Failed bad : failed) {
            set.problems(bad.label(), bad.problems());
          }
        }
      }
    } else {
      AssessmentText text = new AssessmentText(messages, showNames);
      boolean first = true;
      for (Inputs.Source source : sources) {
        if (!first) {
          out.println();
        }
        first = false;
        AssessmentReport report = assessor.assess(source.dataset(), day);
        compliant &= report.isCompliant();
        out.print(text.render(report, source.dataset(), source.label(), policyName));
        out.flush();
      }
    }
    out.flush();
    for (Inputs.Failed bad : failed) {
      bad.errors().forEach(err::println);
    }
    err.flush();
    return !failed.isEmpty() ? ExitCode.BAD_INPUT
        : compliant ? ExitCode.COMPLIANT : ExitCode.NON_COMPLIANT;
  }
}
