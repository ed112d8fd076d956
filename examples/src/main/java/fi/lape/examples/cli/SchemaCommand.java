package fi.lape.examples.cli;

import fi.lape.json.LapeDocument;
import fi.lape.json.LapeJson;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lape schema dataset|policy|report}: prints the JSON Schema of a lape document. */
@Command(name = "schema")
final class SchemaCommand implements Callable<Integer> {
  /** The documents, as named on the command line. */
  enum Document {
    dataset,
    policy,
    report
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "dataset|policy|report", descriptionKey = "document")
  Document document;

  @Override
  public Integer call() {
    String schema = LapeJson.schema(LapeDocument.valueOf(document.name().toUpperCase(Locale.ROOT)));
    spec.commandLine().getOut().println(schema.strip());
    return ExitCode.COMPLIANT;
  }
}
