package fi.lape.examples.cli;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.GroupAssessment;
import fi.lape.report.AssessedSource;
import fi.lape.report.ReportFormat;
import fi.lape.report.ReportWriter;
import fi.lape.rules.GroupAssessor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code lape assess} writes (standard output, or the file of {@code --output}) and its
 * reports made by lape-report: the HTML page, SARIF and JUnit XML.
 */
final class ReportOutput {
  private ReportOutput() {}

  /**
   * Runs {@code body} on a writer to {@code output} (UTF-8), or to {@code stdout} when it is null;
   * a file that cannot be written is bad input with its reason.
   */
  static void to(Path output, PrintWriter stdout, Messages messages, Body body) {
    if (output == null) {
      body.write(stdout);
      stdout.flush();
      return;
    }
    try (OutputStream file = Files.newOutputStream(output);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
      body.write(out);
      out.flush();
      if (out.checkError()) {
        throw new IOException(messages.get("error.writeFailed"));
      }
    } catch (NoSuchFileException e) {
      throw cannotWrite(output, messages, messages.get("error.writeNoFolder"));
    } catch (AccessDeniedException e) {
      throw cannotWrite(output, messages, messages.get("error.writeDenied"));
    } catch (FileSystemException e) {
      throw cannotWrite(output, messages, Optional.ofNullable(e.getReason())
          .orElse(messages.get("error.writeFailed")));
    } catch (IOException e) {
      throw cannotWrite(output, messages, messages.get("error.writeFailed"));
    }
  }

  private static CliException cannotWrite(Path output, Messages messages, String reason) {
    return CliException.badInput(messages.get("error.cannotWrite", output, reason));
  }

  /** What is written. */
  @FunctionalInterface
  interface Body {
    void write(PrintWriter out);
  }

  /**
   * Writes the reports in {@code format}; the HTML report shows each group's compliance over the
   * year before the assessment day.
   */
  static void write(ReportFormat format, List<DatasetArguments.Located> datasets,
      List<AssessmentReport> reports, GroupAssessor assessor, CoveragePolicy policy,
      Messages messages, boolean showNames, PrintWriter out) {
    List<AssessedSource> sources = new ArrayList<>();
    for (int i = 0; i < datasets.size(); i++) {
      DatasetArguments.Located located = datasets.get(i);
      AssessmentReport report = reports.get(i);
      AssessedSource.Builder source = AssessedSource.builder()
          .label(located.source().label())
          .uri(located.uri())
          .dataset(located.source().dataset())
          .report(report);
      if (format == ReportFormat.HTML) {
        LocalDate to = report.asOf();
        LocalDate from = to.minusYears(1);
        for (GroupAssessment group : report.groups()) {
          source.putTimelines(group.groupId(), assessor.timeline(located.source().dataset(),
              group.groupId(), from, to));
        }
      }
      sources.add(source.build());
    }
    ReportWriter.builder()
        .format(format)
        .locale(messages.locale())
        .policy(policy)
        .showNames(showNames)
        .toolVersion(version())
        .build()
        .write(sources, out);
  }

  private static String version() {
    return Optional.ofNullable(ReportOutput.class.getPackage().getImplementationVersion())
        .orElse("");
  }
}
