package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Scope;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every message key the rules can emit has a text in English, Finnish and Swedish. */
class FindingTextsTest {
  private static final List<String> DRL = List.of("requirements", "municipal", "regional",
      "advisory", "integrity");
  private static final Pattern FIXED = Pattern.compile(
      "out\\.(?:finding|findingAboutSeats?|crossGroup)\\( *\\$\\w+, \"(LAPE-[A-Z0-9]+)\", "
          + "(null|\"(\\w+)\")");

  /** The keys of the fixed rules, read from the DRL itself. */
  private static Set<String> fixedRuleKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String name : DRL) {
      String drl = new String(resource("fi/lape/rules/internal/rules/" + name + "/" + name + ".drl")
          .readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = FIXED.matcher(drl);
      while (m.find()) {
        keys.add("finding." + m.group(1) + (m.group(3) == null ? "" : "." + m.group(3)));
      }
    }
    return keys;
  }

  /** The keys of every requirement of the shipped policies, from empty groups failing them all. */
  private static Set<String> requirementKeys() {
    Dataset empty = Dataset.builder()
        .addGroup(Group.builder().id("m").kind(GroupKind.MUNICIPAL_LAPE_GROUP).name("m")
            .scope(Scope.municipality("297")).build())
        .addGroup(Group.builder().id("r").kind(GroupKind.REGIONAL_STEERING_GROUP).name("r")
            .scope(Scope.region("11")).build())
        .build();
    Set<String> keys = new TreeSet<>();
    for (CoveragePolicy policy : Policies.all()) {
      GroupAssessor.of(policy).assess(empty, SeedData.DAY).groups().stream()
          .flatMap(g -> g.findings().stream())
          .filter(f -> f.requirementId().isPresent())
          .map(Finding::messageKey)
          .forEach(keys::add);
    }
    keys.add("finding.requirement");
    return keys;
  }

  private static InputStream resource(String path) {
    InputStream in = FindingTextsTest.class.getClassLoader().getResourceAsStream(path);
    assertNotNull(in, path);
    return in;
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = resource("fi/lape/core/internal/texts" + suffix + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void everyKeyTheRulesEmitHasATextInAllThreeLanguages() throws IOException {
    Set<String> keys = new TreeSet<>(fixedRuleKeys());
    assertTrue(keys.size() >= 20, () -> "too few fixed-rule keys found: " + keys);
    Set<String> requirements = requirementKeys();
    assertTrue(requirements.contains("finding.LAPE-M04.PARISH"), requirements::toString);
    assertTrue(requirements.contains("finding.LAPE-M12"), requirements::toString);
    keys.addAll(requirements);
    for (String suffix : List.of("", "_fi", "_sv")) {
      Properties texts = bundle(suffix);
      for (String key : keys) {
        String pattern = texts.getProperty(key);
        assertNotNull(pattern, () -> key + " is missing from texts" + suffix);
        String text = new MessageFormat(pattern, Locale.ROOT)
            .format(new Object[] {10L, 11L, 12L, 13L, 14L});  // plurals read their argument as a number
        assertFalse(text.contains("{") || text.contains("}"), text);
        assertEquals(pattern.replace("''", "").contains("'"), false,
            () -> key + suffix + ": a single quote would swallow the arguments: " + pattern);
      }
    }
  }

  @Test
  void findingsRenderInFinnishSwedishAndEnglishWithTheirArguments() {
    Finding f = Check.only(Check.assess(SeedData.dataset(), SeedData.PH_PARENTS), "LAPE-A03");
    assertEquals("The group's 17 resident members come from 5 municipalities (all with a known"
        + " home municipality).", f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.forLanguageTag("fi")).startsWith("Ryhmän 17 asukasjäsentä"));
    assertTrue(f.message(Locale.forLanguageTag("sv")).startsWith("Gruppens 17"));
  }
}
