package fi.lape.examples;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.json.JsonProblem;
import fi.lape.json.LapeJson;
import fi.lape.json.LapeJsonException;
import fi.lape.rules.GroupAssessor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Example: read a dataset from JSON, assess it under the Päijät-Häme 2017 policy and print the
 * assessment report document. A bad file prints every problem with its line, column and JSON
 * pointer instead.
 *
 * <pre>
 * java -cp examples/target/lape.jar fi.lape.examples.ReadJsonAndPrintReport \
 *     examples/data/sample-dataset.json 2017-11-01
 * </pre>
 */
public final class ReadJsonAndPrintReport {
  private ReadJsonAndPrintReport() {}

  /** Arguments: the dataset file and, optionally, the day to assess as of (default today). */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: ReadJsonAndPrintReport DATASET.json [YYYY-MM-DD]");
      return;
    }
    Path file = Path.of(args[0]);
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
    LapeJson json = LapeJson.builder().pretty(true).language(Locale.forLanguageTag("fi")).build();
    try {
      Dataset dataset = json.readDataset(file);
      AssessmentReport report = GroupAssessor.of(Policies.paijatHame2017()).assess(dataset, asOf);
      System.out.println(json.write(report));
    } catch (LapeJsonException e) {
      for (JsonProblem problem : e.problems()) {
        System.err.println(file + ":" + problem.line() + ":" + problem.column() + ": "
            + problem.message() + " (at " + problem.pointer() + ")");
      }
    }
  }
}
