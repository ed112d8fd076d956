package fi.lape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** Runs after {@code package}: checks the artifacts users download, as failsafe's PackagingIT. */
class PackagingIT {
  private static final Path JAR = Path.of(property("lape.jar"));

  private static String property(String name) {
    String value = System.getProperty(name);
    assertNotNull(value, name + " is set by the failsafe configuration in lape-core/pom.xml");
    return value;
  }

  private static Path sibling(String classifier) {
    String name = JAR.getFileName().toString();
    return JAR.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-"
        + classifier + ".jar");
  }

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(ZipEntry::getName).collect(Collectors.toList());
    }
  }

  @Test
  void theJarIsANamedModuleThatExportsTheApiAndKeepsInternalToLape() throws IOException {
    Set<ModuleReference> modules = ModuleFinder.of(JAR).findAll();
    assertEquals(1, modules.size());
    ModuleDescriptor module = modules.iterator().next().descriptor();
    assertEquals(property("lape.moduleName"), module.name());
    assertEquals("fi.lape.core", module.name());
    assertFalse(module.isAutomatic(), "lape-core ships a module-info");
    assertTrue(module.packages().containsAll(
        Set.of("fi.lape.core", "fi.lape.core.policy", "fi.lape.core.report")), module.packages()
        .toString());
    for (ModuleDescriptor.Exports e : module.exports()) {
      assertEquals(e.source().endsWith(".internal"), e.isQualified(), e.toString());
      e.targets().forEach(t -> assertTrue(t.startsWith("fi.lape."), e.toString()));
    }
    assertEquals(Set.of("fi.lape.core", "fi.lape.core.policy", "fi.lape.core.report",
        "fi.lape.core.internal"), module.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet()));
    try (JarFile file = new JarFile(JAR.toFile())) {
      assertEquals("fi.lape.core",
          file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
    }
  }

  @Test
  void theJarCarriesTheBuiltInReferenceDataAndTexts() throws IOException {
    List<String> entries = entries(JAR);
    for (String resource : List.of("fi/lape/core/internal/regions.csv",
        "fi/lape/core/internal/municipalities.csv", "fi/lape/core/internal/wellbeing_counties.csv",
        "fi/lape/core/internal/mergers.csv", "fi/lape/core/internal/texts.properties",
        "fi/lape/core/internal/texts_fi.properties", "fi/lape/core/internal/texts_sv.properties")) {
      assertTrue(entries.contains(resource), resource);
    }
  }

  @Test
  void sourcesAreShipped() throws IOException {
    Path sources = sibling("sources");
    assertTrue(Files.isRegularFile(sources), sources.toString());
    assertTrue(entries(sources).contains("fi/lape/core/Dataset.java"));
  }

  @Test
  void javadocCoversTheApiPackagesButNotTheInternalOne() throws IOException {
    Path javadoc = sibling("javadoc");
    assertTrue(Files.isRegularFile(javadoc), javadoc.toString());
    List<String> entries = entries(javadoc);
    assertTrue(entries.contains("index.html"));
    // The javadoc tool files pages under the module name taken from Automatic-Module-Name.
    for (String page : List.of("fi/lape/core/Dataset.html",
        "fi/lape/core/policy/CoveragePolicy.html", "fi/lape/core/report/Finding.html")) {
      assertTrue(entries.stream().anyMatch(e -> e.endsWith(page)), page);
    }
    assertFalse(entries.stream().anyMatch(e -> e.contains("fi/lape/core/internal/")),
        "internal classes are not API");
  }

  @Test
  void everyEntryCarriesTheReproducibleTimestamp() throws IOException {
    LocalDateTime expected = LocalDateTime.ofInstant(
        Instant.parse(property("lape.outputTimestamp")), ZoneOffset.UTC);
    for (Path jar : List.of(JAR, sibling("sources"), sibling("javadoc"))) {
      try (JarFile file = new JarFile(jar.toFile())) {
        file.stream().forEach(e -> assertEquals(expected, e.getTimeLocal(),
            jar.getFileName() + "!" + e.getName()));
      }
    }
  }
}
