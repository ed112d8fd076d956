package fi.lape.examples.cli;

import fi.lape.core.Dataset;
import fi.lape.sheets.MemberSheets;
import fi.lape.sheets.SheetException;
import fi.lape.sheets.SheetProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Member lists in spreadsheets (.csv, .xlsx) as command-line input, through lape-sheets. */
final class Spreadsheets {
  private Spreadsheets() {}

  /** Whether {@code file} is a spreadsheet rather than a JSON document. */
  static boolean is(Path file) {
    return MemberSheets.isSpreadsheet(file.toString());
  }

  /**
   * The dataset of the member list in {@code file}; or, added to {@code errors}, every problem
   * with its file, sheet, row and column, in the output's language.
   */
  static Optional<Dataset> read(Path file, Messages messages, List<String> errors) {
    if (!Files.isRegularFile(file)) {
      errors.add(messages.get("error.noFile", file));
      return Optional.empty();
    }
    try {
      return Optional.of(MemberSheets.read(file, messages.locale()));
    } catch (SheetException e) {
      errors.add(messages.get("error.problems", file, e.problems().size()));
      for (SheetProblem p : e.problems()) {
        errors.add(messages.get("error.problem", p.location(), p.message()));
      }
      return Optional.empty();
    }
  }
}
