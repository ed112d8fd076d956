package fi.lape.examples.cli;

import fi.lape.advisor.Advisor;
import fi.lape.advisor.SuggestionOptions;
import fi.lape.advisor.Suggestions;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
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
import java.util.stream.Collectors;

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
    Advisor advisor = Advisor.of(assessor);
    for (int i = 0; i < datasets.size(); i++) {
      DatasetArguments.Located located = datasets.get(i);
      AssessmentReport report = reports.get(i);
      AssessedSource.Builder source = AssessedSource.builder()
          .label(located.source().label())
          .uri(located.uri())
          .dataset(located.source().dataset())
          .located(located.source().located())
          .report(report);
      if (format == ReportFormat.HTML) {
        Dataset dataset = located.source().dataset();
        LocalDate to = report.asOf();
        LocalDate from = to.minusYears(1);
        for (GroupAssessment group : report.groups()) {
          source.putTimelines(group.groupId(), assessor.timeline(dataset, group.groupId(), from,
              to));
          if (!group.isCompliant()) {
            suggestions(advisor, dataset, group.groupId(), to, policy, messages, showNames)
                .ifPresent(lines -> source.putSuggestions(group.groupId(), lines));
          }
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

  /**
   * Whom to invite so that a non-compliant group complies, as {@code lape suggest} says it, line
   * by line without its title; empty when the advisor cannot say.
   */
  private static Optional<List<String>> suggestions(Advisor advisor, Dataset dataset,
      String groupId, LocalDate day, CoveragePolicy policy, Messages messages,
      boolean showNames) {
    Optional<Group> group = dataset.group(groupId);
    if (group.isEmpty()) {
      return Optional.empty();
    }
    try {
      Suggestions suggestions = advisor.suggest(dataset, groupId, day,
          SuggestionOptions.defaults());
      List<String> lines = new SuggestText(messages, showNames)
          .render(suggestions, dataset, group.get(), policy).lines()
          .skip(1).map(String::strip).filter(l -> !l.isEmpty())
          .collect(Collectors.toList());
      return lines.isEmpty() ? Optional.empty() : Optional.of(lines);
    } catch (LapeValidationException e) {
      return Optional.empty();
    }
  }

  private static String version() {
    return Optional.ofNullable(ReportOutput.class.getPackage().getImplementationVersion())
        .orElse("");
  }
}
