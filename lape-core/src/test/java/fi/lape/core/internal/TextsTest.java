package fi.lape.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Coded;
import fi.lape.core.Sector;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final Locale SV = Locale.forLanguageTag("sv");

  /** Every enum in lape-core that implements {@link Coded}, found on the class path. */
  static List<Class<?>> codedEnums() throws IOException, URISyntaxException {
    Path root = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> enums = new ArrayList<>();
    if (Files.isDirectory(root)) {
      collect(root, enums);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(root, (ClassLoader) null)) {
        collect(jar.getPath("/"), enums);
      }
    }
    return enums;
  }

  private static void collect(Path root, List<Class<?>> enums) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.startsWith("fi/lape/") && n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted().collect(Collectors.toList());
    }
    for (String name : names) {
      try {
        Class<?> type = Class.forName(name, false, Coded.class.getClassLoader());
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
          enums.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new AssertionError(name, e);
      }
    }
  }

  private static Map<String, String> bundle(String suffix) throws IOException {
    String name = "/fi/lape/core/internal/texts" + suffix + ".properties";
    try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p.stringPropertyNames().stream()
          .collect(Collectors.toMap(k -> k, p::getProperty));
    }
  }

  @Test
  void findsEveryCodedEnum() throws Exception {
    List<String> names = codedEnums().stream().map(Class::getSimpleName).sorted()
        .collect(Collectors.toList());
    assertEquals(List.of("Branch", "Channel", "Duty", "Gender", "GroupKind", "LinkRelation",
        "MeetingPlaceType", "OrganisationKind", "Role", "Sector", "Severity", "Verdict",
        "Voice"), names);
  }

  @Test
  void everyCodedConstantHasItsOwnTextInEveryLanguage() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : codedEnums()) {
      for (Object constant : type.getEnumConstants()) {
        Coded coded = (Coded) constant;
        String key = type.getSimpleName() + "." + coded.code();
        for (Locale locale : Texts.SUPPORTED) {
          String text = coded.displayName(locale);
          if (text.isBlank() || text.equals(key)) {
            problems.add(locale + " " + key);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyRuleHasADescriptionInEveryLanguage() {
    List<String> problems = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      String key = "rule." + rule.id() + ".description";
      for (Locale locale : Texts.SUPPORTED) {
        String text = rule.description(locale);
        if (text.isBlank() || text.equals(key)) {
          problems.add(locale + " " + key);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void finnishAndSwedishAreTranslationsNotCopiesOfTheKey() throws IOException {
    Map<String, String> en = bundle("");
    for (String suffix : List.of("_fi", "_sv")) {
      Map<String, String> translated = bundle(suffix);
      assertEquals(en.keySet(), translated.keySet(), "keys of texts" + suffix);
      for (Map.Entry<String, String> e : translated.entrySet()) {
        assertFalse(e.getValue().isBlank(), suffix + " " + e.getKey());
        assertNotEquals(e.getKey(), e.getValue(), suffix + " " + e.getKey());
      }
    }
  }

  @Test
  void messagePatternsDoubleTheirApostrophes() throws IOException {
    // MessageFormat drops a single apostrophe and everything it quotes.
    for (String suffix : List.of("", "_fi", "_sv")) {
      for (Map.Entry<String, String> e : bundle(suffix).entrySet()) {
        if (e.getKey().startsWith("finding.") || e.getKey().startsWith("multidisciplinarity.")) {
          String rest = e.getValue().replace("''", "");
          assertFalse(rest.contains("'"), "texts" + suffix + " " + e.getKey() + ": " + e.getValue());
        }
      }
    }
  }

  @Test
  void finnishSwedishAndEnglishNamesAreRead() {
    assertEquals("lastensuojelu", Sector.CHILD_PROTECTION.displayName(FI));
    assertEquals("äitiys- ja lastenneuvola", Sector.CHILD_HEALTH_CLINIC.displayName(FI));
    assertEquals("child protection", Sector.CHILD_PROTECTION.displayName(Locale.ENGLISH));
    assertTrue(Sector.CHILD_PROTECTION.displayName(SV).startsWith("barnskydd"),
        Sector.CHILD_PROTECTION.displayName(SV));
    assertEquals("virhe", Severity.ERROR.displayName(FI));
  }

  @Test
  void regionalVariantsUseTheirLanguage() {
    assertEquals(Sector.CHILD_PROTECTION.displayName(SV),
        Sector.CHILD_PROTECTION.displayName(Locale.forLanguageTag("sv-FI")));
    assertEquals(Sector.CHILD_PROTECTION.displayName(FI),
        Sector.CHILD_PROTECTION.displayName(Locale.forLanguageTag("fi-FI")));
    assertEquals("child protection",
        Sector.CHILD_PROTECTION.displayName(Locale.forLanguageTag("en-GB")));
  }

  @Test
  void theJvmDefaultLocaleNeverLeaksIn() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(FI);
      assertEquals("child protection", Sector.CHILD_PROTECTION.displayName(Locale.ENGLISH));
      assertEquals("child protection", Sector.CHILD_PROTECTION.displayName(Locale.GERMAN));
      assertEquals("child protection", Sector.CHILD_PROTECTION.displayName(Locale.ROOT));
      assertEquals("error", Severity.ERROR.displayName(Locale.forLanguageTag("et")));
      assertEquals(Rule.M01.description(Locale.ENGLISH), Rule.M01.description(Locale.GERMAN));
      assertTrue(Rule.M01.description(Locale.GERMAN).startsWith("A municipal LAPE group"));
      Locale.setDefault(SV);
      assertEquals("lastensuojelu", Sector.CHILD_PROTECTION.displayName(FI));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void anUnknownKeyIsReturnedAsItIs() {
    assertEquals("no.such.key", Texts.text(FI, "no.such.key"));
    assertFalse(Texts.has("no.such.key"));
    assertTrue(Texts.has("Sector.NGO"));
  }

  @Test
  void argumentsAreFilledIn() {
    assertEquals("rule LAPE-M01 fails; x", Texts.format(Locale.ENGLISH,
        "multidisciplinarity.failedRules", List.of("LAPE-M01", "x", 1)));
  }

  @Test
  void numbersTakeTheRightFormInEveryLanguage() {
    // CLDR: en, fi and sv use the singular for 1 and the plural (fi: partitive singular) otherwise.
    assertEquals(List.of("0 branches (at least 3), 0 organisations (at least 2)",
        "1 branch (at least 3), 1 organisation (at least 2)",
        "2 branches (at least 3), 2 organisations (at least 2)",
        "5 branches (at least 3), 5 organisations (at least 2)"), counts(Locale.ENGLISH));
    assertEquals(List.of("0 toimialaa (vähintään 3), 0 organisaatiota (vähintään 2)",
        "1 toimiala (vähintään 3), 1 organisaatio (vähintään 2)",
        "2 toimialaa (vähintään 3), 2 organisaatiota (vähintään 2)",
        "5 toimialaa (vähintään 3), 5 organisaatiota (vähintään 2)"), counts(FI));
    assertEquals(List.of("0 sektorer (minst 3), 0 organisationer (minst 2)",
        "1 sektor (minst 3), 1 organisation (minst 2)",
        "2 sektorer (minst 3), 2 organisationer (minst 2)",
        "5 sektorer (minst 3), 5 organisationer (minst 2)"), counts(SV));
    // Arguments arrive as strings from findings; a plural reads them as numbers.
    assertEquals("Seurakunta ei ole edustettuna (vaatimus LAPE-M04-PARISH: ei yhtään jäsentä,"
        + " tarvitaan vähintään 1).", Texts.format(FI, "finding.LAPE-M04.PARISH",
            List.of("LAPE-M04-PARISH", "0", "1")));
    assertEquals("Ingen församling är företrädd (krav LAPE-M04-PARISH: 1 medlem, minst 2 behövs).",
        Texts.format(SV, "finding.LAPE-M04.PARISH", List.of("LAPE-M04-PARISH", "1", "2")));
  }

  @Test
  void aMunicipalitysOwnRequirementReadsNaturallyForEveryCount() {
    List<String> fi = new ArrayList<>();
    for (String n : List.of("0", "1", "2", "5")) {
      fi.add(Texts.format(FI, "finding.LAPE-M09", List.of("AKAA", n, "6")));
    }
    assertEquals(List.of(
        "Kunnan oma vaatimus AKAA ei täyty: siihen ei lasketa yhtään jäsentä, tarvitaan vähintään 6.",
        "Kunnan oma vaatimus AKAA ei täyty: siihen lasketaan 1 jäsen, tarvitaan vähintään 6.",
        "Kunnan oma vaatimus AKAA ei täyty: siihen lasketaan 2 jäsentä, tarvitaan vähintään 6.",
        "Kunnan oma vaatimus AKAA ei täyty: siihen lasketaan 5 jäsentä, tarvitaan vähintään 6."),
        fi);
    assertEquals("Kommunens eget krav AKAA uppfylls inte: 1 medlem räknas, minst 6 behövs.",
        Texts.format(SV, "finding.LAPE-M09", List.of("AKAA", "1", "6")));
    assertEquals("The municipality's own requirement AKAA is not met: 2 members count toward it,"
        + " at least 6 needed.", Texts.format(Locale.ENGLISH, "finding.LAPE-M09",
            List.of("AKAA", "2", "6")));
  }

  private static List<String> counts(Locale locale) {
    List<String> out = new ArrayList<>();
    for (int n : new int[] {0, 1, 2, 5}) {
      out.add(Texts.format(locale, "multidisciplinarity.counts", List.of(n, 3, n, 2)));
    }
    return out;
  }

  @Test
  void daysAndCodesInArgumentsAreShownForPeople() {
    assertEquals("Jäsenyys m1 alkaa 15.9.2017, mikä ei ole ryhmän kauden alkupäivä eikä"
        + " täydennyspäivä.", Texts.format(FI, "finding.LAPE-A02.intake",
            List.of("m1", "2017-09-15")));
    assertEquals("Membership m1 starts on 2017-09-15, neither at the start of the group's term"
        + " nor on an intake date.", Texts.format(Locale.ENGLISH, "finding.LAPE-A02.intake",
            List.of("m1", "2017-09-15")));
    assertEquals("Jäsenyydessä m4 edustetaan tehtäväalueita, joita organisaatio o1 ei hoida:"
        + " koulu- ja opiskeluterveydenhuolto, perheasioiden sovittelu.", Texts.format(FI,
            "finding.LAPE-D02", List.of("m4", "o1", "SCHOOL_HEALTH_CARE, FAMILY_MEDIATION")));
    // Something that only looks like a code or a day stays as it is.
    assertEquals("Membership m4 represents sectors that organisation o1 does not provide:"
        + " NOT_A_CODE.", Texts.format(Locale.ENGLISH, "finding.LAPE-D02",
            List.of("m4", "o1", "NOT_A_CODE")));
  }

  @Test
  void aNumberThatIsNotOneIsShownAsDataNotAsAnException() {
    assertEquals("finding.LAPE-M10.many [many]",
        Texts.format(Locale.ENGLISH, "finding.LAPE-M10.many", List.of("many")));
  }

  @Test
  void aKeyWithoutTextIsShownWithItsArgumentsAndNeverParsedAsAPattern() {
    assertEquals("no.such.key [a]", Texts.format(Locale.ENGLISH, "no.such.key", List.of("a")));
    assertEquals("my.rule.{broken [7]", Texts.format(Locale.ENGLISH, "my.rule.{broken", List.of("7")));
    assertEquals("my.rule.{broken", Texts.format(Locale.ENGLISH, "my.rule.{broken", List.of()));
  }
}
