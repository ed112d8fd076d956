package fi.lape.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every resource bundle of every lape module on the command line's class path (lape-core's texts,
 * the command line's messages and help, and whatever bundles other modules ship): each family has
 * English, Finnish and Swedish with the same keys, every message pattern parses, and every plural
 * follows the CLDR rule of all three languages (one for 1, other for 0, 2, 5...).
 */
class BundleFamiliesTest {
  private static final Pattern FILE = Pattern.compile("(fi/lape/.+?)(_fi|_sv|_en)?\\.properties");
  /** Families read by picocli, whose values are not MessageFormat patterns. */
  private static final Set<String> PICOCLI = Set.of("fi/lape/examples/cli/help");
  /**
   * lape-core's plain texts, read as they are rather than as patterns: names of codes, rule
   * descriptions and policy names (Texts.text); everything else is a MessageFormat pattern.
   */
  private static final Pattern PLAIN = Pattern.compile(
      "fi/lape/core/internal/texts(_..)? ([A-Z][A-Za-z]*\\.[A-Z_0-9]+|rule\\..*|policy\\..*)");
  /** Not texts: build metadata. */
  private static final Set<String> NOT_TEXTS = Set.of("fi/lape/examples/cli/version");

  private static final Map<String, Map<String, Properties>> FAMILIES = new TreeMap<>();

  @BeforeAll
  static void readEveryBundleOnTheClassPath() throws IOException {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path root = Path.of(entry);
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            String name = root.relativize(file).toString().replace('\\', '/');
            if (FILE.matcher(name).matches()) {
              try (InputStream in = Files.newInputStream(file)) {
                add(name, in);
              }
            }
          }
        }
      } else if (entry.endsWith(".jar") && Files.isRegularFile(root)
          && root.getFileName().toString().startsWith("lape")) {
        try (ZipFile jar = new ZipFile(root.toFile())) {
          for (ZipEntry e : jar.stream().collect(Collectors.toList())) {
            if (FILE.matcher(e.getName()).matches()) {
              try (InputStream in = jar.getInputStream(e)) {
                add(e.getName(), in);
              }
            }
          }
        }
      }
    }
  }

  private static void add(String name, InputStream in) throws IOException {
    Matcher m = FILE.matcher(name);
    m.matches();
    if (NOT_TEXTS.contains(m.group(1))) {
      return;
    }
    Properties p = new Properties();
    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    String language = m.group(2) == null ? "" : m.group(2);
    FAMILIES.computeIfAbsent(m.group(1), k -> new TreeMap<>()).putIfAbsent(language, p);
  }

  @Test
  void findsTheBundlesOfCoreAndTheCommandLine() {
    assertTrue(FAMILIES.keySet().containsAll(List.of("fi/lape/core/internal/texts",
        "fi/lape/examples/cli/messages", "fi/lape/examples/cli/help")), FAMILIES.keySet()::toString);
  }

  @Test
  void everyFamilyHasEnglishFinnishAndSwedishWithTheSameKeys() {
    List<String> problems = new ArrayList<>();
    FAMILIES.forEach((family, bundles) -> {
      if (!bundles.keySet().equals(Set.of("", "_fi", "_sv"))) {
        problems.add(family + ": has " + bundles.keySet() + ", needs \"\", _fi and _sv");
      }
      Set<String> all = new TreeSet<>();
      bundles.values().forEach(p -> all.addAll(p.stringPropertyNames()));
      bundles.forEach((language, p) -> {
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(p.stringPropertyNames());
        if (!missing.isEmpty()) {
          problems.add(family + language + " lacks " + missing);
        }
      });
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPatternParsesAndKeepsItsArguments() {
    List<String> problems = new ArrayList<>();
    forEachText((where, language, value, picocli) -> {
      if (picocli || PLAIN.matcher(where).matches()) {
        // Shown as written: '' would show as two quotes; only message patterns double them.
        if (value.contains("''")) {
          problems.add(where + ": '' in a picocli text");
        }
        return;
      }
      try {
        new MessageFormat(value, locale(language));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": does not parse: " + e.getMessage());
        return;
      }
      // A quoted brace ('{', '}') is how a pattern shows a literal brace; any other single quote
      // starts a quoted run that swallows the placeholders after it.
      if (value.replace("''", "").replaceAll("'[{}]+'", "").contains("'")) {
        problems.add(where + ": a single quote would swallow what follows it");
      }
    });
    assertEquals(List.of(), problems);
  }

  /**
   * Every plural-bearing message renders for 0, 1, 2 and 5 in each language, and picks the form of
   * CLDR's rule for fi, sv and en: "one" for 1 only, "other" for 2 and 5 alike, never "one" for 0.
   */
  @Test
  void everyPluralRendersForZeroOneTwoAndFiveWithTheRightForm() {
    List<String> problems = new ArrayList<>();
    int[] plurals = {0};
    forEachText((where, language, value, picocli) -> {
      if (picocli || PLAIN.matcher(where).matches() || !value.contains("choice")) {
        return;
      }
      MessageFormat pattern = new MessageFormat(value, locale(language));
      Format[] formats = pattern.getFormatsByArgumentIndex();
      for (int i = 0; i < formats.length; i++) {
        if (!(formats[i] instanceof ChoiceFormat)) {
          continue;
        }
        plurals[0]++;
        ChoiceFormat choice = (ChoiceFormat) formats[i];
        int zero = branch(choice, 0);
        int one = branch(choice, 1);
        int two = branch(choice, 2);
        int five = branch(choice, 5);
        if (one == two || two != five || zero == one) {
          problems.add(where + " {" + i + "}: branches for 0, 1, 2, 5 are " + zero + ", " + one
              + ", " + two + ", " + five);
        }
        for (long n : new long[] {0, 1, 2, 5}) {
          Object[] arguments = new Object[formats.length];
          Arrays.fill(arguments, 3L);
          arguments[i] = n;
          String text = pattern.format(arguments);
          if (text.contains("{") || text.isBlank()) {
            problems.add(where + " with " + n + ": " + text);
          }
        }
      }
    });
    assertEquals(List.of(), problems);
    assertTrue(plurals[0] > 30, "too few plurals found: " + plurals[0]);
  }

  private static int branch(ChoiceFormat choice, double n) {
    double[] limits = choice.getLimits();
    int index = 0;
    for (int i = 0; i < limits.length; i++) {
      if (n >= limits[i]) {
        index = i;
      }
    }
    // Branches with the same text are the same form.
    String text = (String) choice.getFormats()[index];
    return Arrays.asList(choice.getFormats()).indexOf(text);
  }

  private interface TextVisitor {
    void visit(String where, String language, String value, boolean picocli);
  }

  private static void forEachText(TextVisitor visitor) {
    FAMILIES.forEach((family, bundles) -> bundles.forEach((language, p) -> {
      for (String key : p.stringPropertyNames().stream().sorted().collect(Collectors.toList())) {
        visitor.visit(family + language + " " + key, language, p.getProperty(key),
            PICOCLI.contains(family));
      }
    }));
  }

  private static Locale locale(String language) {
    return language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language.substring(1));
  }
}
