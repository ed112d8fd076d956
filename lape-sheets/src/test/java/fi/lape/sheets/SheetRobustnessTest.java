package fi.lape.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a person types into a member list, reading it gives a dataset or a {@link
 * SheetException} whose every problem points into the files, never another exception; a name
 * typed into a column that may hold personal data is never quoted back (codes and organisation
 * names in other columns are, so that the coordinator can find them).
 */
class SheetRobustnessTest {
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final List<String> TYPED = List.of("", " ", "x", "Maija Meikäläinen", "1.1.2017",
      "31.2.2017", "2017-01-01", "koulu", "lastensuojelu; nuoret", "puheenjohtaja", "-1", "0",
      "p-1", "m-1", "\"", ";", "=A1+1", "560", "07", "kunnan LAPE-ryhmä", "8-10; 9-11", "g-1: kuulee");

  /** The Finnish headers of the columns that may hold personal data, never quoted back. */
  private static final List<String> PERSONAL = List.of("henkilö", "nimi", "sähköposti",
      "puhelin", "kotikunta", "sukupuoli", "vetäjät", "varsinainen jäsen");

  @TempDir Path dir;

  @Test
  void changedCellsGiveADatasetOrLocatedProblems() {
    Property.forAll(Generators.datasetsWithPersonalData())
        .named("a member list with changed cells reads or fails with located problems")
        .cases(40)
        .checkWith((dataset, rng) -> {
          Map<String, InputStream> files = csvFiles(dataset, rng);
          try {
            MemberSheets.readCsv(files, FI);
          } catch (SheetException e) {
            assertFalse(e.problems().isEmpty());
            for (SheetProblem p : e.problems()) {
              assertTrue(p.file().endsWith(".csv"), p.toString());
              assertTrue(p.location().startsWith(p.file()), p.toString());
              if (PERSONAL.contains(p.header().orElse(""))) {
                assertFalse(p.message().contains("Maija"), p.toString());
              }
            }
          }
        });
  }

  @Test
  void uploadedCsvFilesAreMatchedByName() {
    Dataset dataset = Generators.datasets().generate(7, 10);
    Map<String, InputStream> files = csvFiles(dataset, null);
    assertEquals(dataset, MemberSheets.readCsv(files, FI));
  }

  /** The dataset written as CSV files, read back into memory, with some cells changed. */
  private Map<String, InputStream> csvFiles(Dataset dataset, RandomGenerator rng) {
    try {
      Path sub = Files.createTempDirectory(dir, "list");
      List<Path> written = MemberSheets.write(dataset, sub.resolve("jasenet.csv"), FI);
      Map<String, InputStream> files = new LinkedHashMap<>();
      for (Path p : written) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (rng != null) {
          text = mutate(text, rng);
        }
        files.put(p.getFileName().toString(),
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String mutate(String csv, RandomGenerator rng) {
    String[] lines = csv.split("\n", -1);
    int changes = 1 + rng.nextInt(4);
    for (int i = 0; i < changes; i++) {
      int line = rng.nextInt(lines.length);
      String[] cells = lines[line].split(";", -1);
      cells[rng.nextInt(cells.length)] = TYPED.get(rng.nextInt(TYPED.size()));
      lines[line] = String.join(";", cells);
    }
    return String.join("\n", lines);
  }
}
