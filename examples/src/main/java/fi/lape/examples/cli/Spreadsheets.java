package fi.lape.examples.cli;

import fi.lape.advisor.Candidate;
import fi.lape.core.Dataset;
import fi.lape.sheets.CandidateRow;
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
   * The candidate list in the spreadsheet {@code file} for {@code lape suggest --candidates}, as
   * the advisor's candidates, their organisations resolved against {@code dataset}; or a bad-input
   * error listing every problem with its file, row and column.
   */
  static List<Candidate> candidates(Path file, Dataset dataset, Messages messages) {
    if (!Files.isRegularFile(file)) {
      throw CliException.badInput(messages.get("error.noFile", file));
    }
    try {
      List<Candidate> candidates = new java.util.ArrayList<>();
      for (CandidateRow row : MemberSheets.readCandidates(file, dataset, messages.locale())) {
        Candidate.Builder c = Candidate.builder(row.id()).role(row.role())
            .addSectors(row.sectors()).addVoices(row.voices());
        row.personId().ifPresent(c::personId);
        row.organisationId().ifPresent(c::organisationId);
        row.duties().forEach(c::addDuty);
        candidates.add(c.build());
      }
      return candidates;
    } catch (SheetException e) {
      List<String> errors = new java.util.ArrayList<>();
      errors.add(messages.get("error.problems", file, e.problems().size()));
      for (SheetProblem p : e.problems()) {
        errors.add(messages.get("error.problem", p.location(), p.message()));
      }
      throw CliException.badInput(errors);
    }
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
