package fi.lape.report.internal;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.json.SourceLocation;
import fi.lape.report.AssessedSource;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0: one run of the tool "lape" over all sources, the rule catalogue (and any user rule
 * that found something) as its rules, one result per finding located at the dataset file and the
 * JSON pointer of the group or the memberships it is about.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String INFORMATION_URI = "https://github.com/lape-fi/lape";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final CoveragePolicy policy;
  private final String toolVersion;
  private final Locale locale;

  /** SARIF of sources assessed under {@code policy}, with texts in {@code locale}. */
  public SarifReport(Locale locale, CoveragePolicy policy, String toolVersion) {
    this.locale = new ReportTexts(locale).locale();
    this.policy = policy;
    this.toolVersion = toolVersion;
  }

  /** Writes the SARIF log of {@code sources} to {@code out}. */
  public void write(List<AssessedSource> sources, Writer out) {
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, log(sources));
  }

  ObjectNode log(List<AssessedSource> sources) {
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "lape");
    if (!toolVersion.isEmpty()) {
      driver.put("version", toolVersion);
    }
    driver.put("informationUri", INFORMATION_URI);

    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      ObjectNode descriptor = rules.addObject();
      descriptor.put("id", rule.id());
      descriptor.putObject("shortDescription").put("text", rule.description(locale));
      descriptor.putObject("fullDescription").put("text", rule.description(locale));
      descriptor.putObject("help").put("text", rule.citation());
      ObjectNode configuration = descriptor.putObject("defaultConfiguration");
      configuration.put("level", level(policy.severityOf(rule.id(), rule.defaultSeverity())));
      configuration.put("enabled", policy.isEnabled(rule.id()));
      ObjectNode properties = descriptor.putObject("properties");
      properties.put("citation", rule.citation());
      properties.put("defaultSeverity", rule.defaultSeverity().name());
    }

    List<ObjectNode> results = new ArrayList<>();
    ArrayNode artifacts = MAPPER.createArrayNode();
    for (AssessedSource source : sources) {
      Optional<Integer> artifact = source.uri().map(uri -> {
        artifacts.addObject().putObject("location").put("uri", uri);
        return artifacts.size() - 1;
      });
      SourcePointers pointers = new SourcePointers(source.dataset());
      for (GroupAssessment group : source.report().groups()) {
        for (Finding finding : group.findings()) {
          // A user rule is not in the catalogue: described by its id, once.
          ruleIndex.computeIfAbsent(finding.ruleId(), id -> {
            ObjectNode descriptor = rules.addObject();
            descriptor.put("id", id);
            descriptor.putObject("shortDescription").put("text", id);
            return rules.size() - 1;
          });
          results.add(result(finding, source, artifact, pointers, ruleIndex));
        }
      }
    }
    if (!artifacts.isEmpty()) {
      run.set("artifacts", artifacts);
    }
    ArrayNode resultArray = run.putArray("results");
    results.forEach(resultArray::add);
    ObjectNode properties = run.putObject("properties");
    properties.put("policyId", policy.id());
    properties.put("policyName", policy.name());
    return log;
  }

  private ObjectNode result(Finding finding, AssessedSource source, Optional<Integer> artifact,
      SourcePointers pointers, Map<String, Integer> ruleIndex) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("ruleId", finding.ruleId());
    result.put("ruleIndex", ruleIndex.get(finding.ruleId()));
    result.put("level", level(finding.severity()));
    result.putObject("message").put("text", finding.message(locale));
    ArrayNode locations = result.putArray("locations");
    List<String> about = finding.membershipIds();
    String groupId = finding.groupId();
    if (about.isEmpty()) {
      location(locations, source, artifact, groupId, pointers.group(groupId),
          source.located().flatMap(read -> read.locationOf(groupId)), groupId);
    } else {
      for (String membershipId : about) {
        location(locations, source, artifact, membershipId,
            pointers.membership(groupId, membershipId).or(() -> pointers.group(groupId)),
            source.located().flatMap(read -> read.locationOf(groupId, membershipId)
                .or(() -> read.locationOf(groupId))),
            groupId + "/" + membershipId);
      }
    }
    ObjectNode properties = result.putObject("properties");
    properties.put("groupId", finding.groupId());
    finding.requirementId().ifPresent(r -> properties.put("requirementId", r));
    properties.put("source", source.label());
    properties.put("asOf", source.report().asOf().toString());
    if (!finding.citation().isBlank()) {
      properties.put("citation", finding.citation());
    }
    return result;
  }

  private static void location(ArrayNode locations, AssessedSource source,
      Optional<Integer> artifact, String name, Optional<String> pointer,
      Optional<SourceLocation> at, String qualifiedName) {
    ObjectNode location = locations.addObject();
    artifact.ifPresent(index -> {
      ObjectNode physical = location.putObject("physicalLocation");
      ObjectNode artifactLocation = physical.putObject("artifactLocation");
      artifactLocation.put("uri", source.uri().orElseThrow());
      artifactLocation.put("index", index);
      // The line and column where the reader found the group or membership in the file.
      at.ifPresent(found -> physical.putObject("region").put("startLine", found.line())
          .put("startColumn", found.column()));
    });
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("name", name);
    logical.put("fullyQualifiedName", qualifiedName);
    logical.put("kind", "object");
    at.map(SourceLocation::pointer).or(() -> pointer)
        .ifPresent(p -> location.putObject("properties").put("jsonPointer", p));
  }

  /** SARIF's level for a severity: error, warning, note. */
  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
