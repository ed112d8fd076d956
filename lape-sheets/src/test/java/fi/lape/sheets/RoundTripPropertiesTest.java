package fi.lape.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.lape.core.Dataset;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Writing a generated dataset as a spreadsheet and reading it back gives the same dataset. */
class RoundTripPropertiesTest {
  private static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

  @Test
  void csvFilesGiveBackTheDatasetInEveryLanguage() {
    Property.forAll(Generators.datasets())
        .named("read(write(dataset)) equals dataset, as CSV")
        .cases(60)
        .checkWith((dataset, rng) -> {
          Locale language = LANGUAGES.get(rng.nextInt(LANGUAGES.size()));
          assertEquals(dataset, csvRoundTrip(dataset, language), language.toString());
        });
  }

  @Test
  void csvFilesKeepNamesAndContactDetails() {
    Property.forAll(Generators.datasetsWithPersonalData())
        .named("read(write(dataset)) equals dataset with personal data, as CSV")
        .cases(30)
        .check(dataset -> assertEquals(dataset,
            csvRoundTrip(dataset, Locale.forLanguageTag("fi"))));
  }

  @Test
  void xlsxWorkbooksGiveBackTheDataset() {
    Property.forAll(Generators.datasetsWithPersonalData())
        .named("read(write(dataset)) equals dataset, as XLSX")
        .cases(30)
        .checkWith((dataset, rng) -> {
          Locale language = LANGUAGES.get(rng.nextInt(LANGUAGES.size()));
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          MemberSheets.writeXlsx(dataset, out, language);
          Dataset back = MemberSheets.read(new ByteArrayInputStream(out.toByteArray()),
              "members.xlsx", language);
          assertEquals(dataset, back, language.toString());
        });
  }

  static Dataset csvRoundTrip(Dataset dataset, Locale language) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("lape-sheets");
      Path members = dir.resolve("members.csv");
      MemberSheets.write(dataset, members, language);
      return MemberSheets.read(members, language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
