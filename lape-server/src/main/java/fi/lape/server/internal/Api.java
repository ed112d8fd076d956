package fi.lape.server.internal;

import fi.lape.core.Dataset;
import fi.lape.core.LapeValidationException;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.TimelineInterval;
import fi.lape.json.JsonLimits;
import fi.lape.json.JsonProblem;
import fi.lape.json.LapeDocument;
import fi.lape.json.LapeJson;
import fi.lape.json.LapeJsonException;
import fi.lape.rules.GroupAssessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoints under {@code /v1} and the web page at {@code /}. Each is a plain function from an
 * {@link Exchange} to a {@link Reply}; {@link #routes()} lists them. A new endpoint (suggestions,
 * what-if) is one method here and one line in {@link #routes()}, plus its entry in {@code
 * openapi.json}, which {@code OpenApiConformanceTest} then checks.
 */
public final class Api {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String UTF8 = "; charset=utf-8";

  private final CoveragePolicy defaultPolicy;
  private final Map<String, GroupAssessor> assessors = new LinkedHashMap<>();
  private final Map<String, LapeJson> writers = new LinkedHashMap<>();
  private final LapeJson reader;
  private final Clock clock;
  private final byte[] openApi;
  private final byte[] page;

  /**
   * The endpoints with {@code defaultPolicy} for requests that name none, documents read within
   * {@code maxDocumentBytes}, and "today" from {@code clock}.
   */
  public Api(CoveragePolicy defaultPolicy, long maxDocumentBytes, Clock clock) {
    this.defaultPolicy = defaultPolicy;
    this.clock = clock;
    // Assessors are immutable and thread-safe; one per policy, made once.
    assessors.put(defaultPolicy.id(), GroupAssessor.of(defaultPolicy));
    for (CoveragePolicy policy : Policies.all()) {
      assessors.putIfAbsent(policy.id(), GroupAssessor.of(policy));
    }
    this.reader = LapeJson.builder()
        .limits(JsonLimits.builder().documentSize(maxDocumentBytes).build()).build();
    for (Locale language : Exchange.LANGUAGES) {
      writers.put(language.getLanguage(), LapeJson.builder().language(language).build());
    }
    this.openApi = resource("openapi.json");
    this.page = resource("index.html");
  }

  /** Every route, in the order they are matched. */
  public List<Route> routes() {
    return List.of(
        new Route("GET", "/", false, this::page),
        new Route("GET", "/v1/health", false, this::health),
        new Route("GET", "/v1/openapi.json", false,
            e -> new Reply(200, Reply.JSON, openApi, Map.of())),
        new Route("GET", "/v1/schemas/{document}", false, this::schema),
        new Route("GET", "/v1/policies", false, this::policies),
        new Route("GET", "/v1/policies/{id}", false, this::policy),
        new Route("GET", "/v1/rules", false, this::rules),
        new Route("POST", "/v1/assess", true, this::assess),
        new Route("POST", "/v1/timeline", true, this::timeline));
  }

  /** The JSON writer of reports in {@code language}, as {@code POST /v1/assess} uses it. */
  public LapeJson writer(Locale language) {
    return writers.get(language.getLanguage());
  }

  /** The policy with {@code id}, or the default one when {@code id} is empty. */
  public CoveragePolicy policy(Optional<String> id) {
    return assessor(id).policy();
  }

  // ---- endpoints ----

  private Reply page(Exchange e) {
    return new Reply(200, "text/html" + UTF8, page, Map.of(
        "Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; connect-src 'self'; img-src data:; form-action 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'",
        "X-Content-Type-Options", "nosniff",
        "Referrer-Policy", "no-referrer"));
  }

  private Reply health(Exchange e) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("status", "UP");
    String version = Api.class.getPackage().getImplementationVersion();
    if (version != null) {
      body.put("version", version);
    }
    body.put("defaultPolicy", defaultPolicy.id());
    return json(body);
  }

  private Reply schema(Exchange e) {
    LapeDocument document = switch (e.pathParameter()) {
      case "dataset" -> LapeDocument.DATASET;
      case "policy" -> LapeDocument.POLICY;
      case "report" -> LapeDocument.REPORT;
      default -> throw ProblemException.of(404, "not-found");
    };
    return Reply.of(200, Reply.SCHEMA_JSON, LapeJson.schema(document));
  }

  private Reply policies(Exchange e) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("defaultPolicy", defaultPolicy.id());
    ArrayNode list = body.putArray("policies");
    for (GroupAssessor assessor : assessors.values()) {
      ObjectNode item = list.addObject();
      item.put("id", assessor.policy().id());
      item.put("name", assessor.policy().name());
      assessor.policy().description().ifPresent(d -> item.put("description", d));
    }
    return json(body);
  }

  private Reply policy(Exchange e) {
    GroupAssessor assessor = assessors.get(e.pathParameter());
    if (assessor == null) {
      throw ProblemException.of(404, "not-found");
    }
    return Reply.json(writer(e.language()).write(assessor.policy()));
  }

  private Reply rules(Exchange e) {
    CoveragePolicy policy = assessor(e.parameter("policy")).policy();
    Locale language = e.language();
    ObjectNode body = MAPPER.createObjectNode();
    body.put("policyId", policy.id());
    body.put("language", language.getLanguage());
    ArrayNode list = body.putArray("rules");
    for (Rule rule : Rule.values()) {
      ObjectNode item = list.addObject();
      item.put("id", rule.id());
      item.put("severity", policy.severityOf(rule.id(), rule.defaultSeverity()).name());
      item.put("enabled", policy.isEnabled(rule.id()));
      ArrayNode kinds = item.putArray("groupKinds");
      EnumSet.copyOf(rule.groupKinds()).forEach(k -> kinds.add(k.name()));
      item.put("description", rule.description(language));
      item.put("citation", rule.citation());
      if (rule.isRequirementDriven()) {
        ArrayNode requirements = item.putArray("requirements");
        for (Requirement r : policy.requirements()) {
          if (r.ruleId().equals(rule.id())) {
            requirements.addObject().put("id", r.id())
                .put("severity", policy.severityOf(r).name())
                .put("enabled", policy.isEnabled(r));
          }
        }
      }
    }
    return json(body);
  }

  private Reply assess(Exchange e) {
    GroupAssessor assessor = assessor(e.parameter("policy"));
    LocalDate day = date(e, "asOf").orElseGet(() -> LocalDate.now(clock));
    Dataset dataset = dataset(e);
    AssessmentReport report;
    Optional<String> groupId = e.parameter("group");
    if (groupId.isPresent()) {
      GroupAssessment one = assessor.assess(dataset, group(dataset, groupId.get()), day);
      report = AssessmentReport.builder().asOf(day).policyId(assessor.policy().id())
          .addGroups(one).build();
    } else {
      report = assessor.assess(dataset, day);
    }
    return Reply.json(writer(e.language()).write(report));
  }

  private Reply timeline(Exchange e) {
    GroupAssessor assessor = assessor(e.parameter("policy"));
    String groupId = e.parameter("group")
        .orElseThrow(() -> ProblemException.parameter("missing-parameter", "group", "group"));
    LocalDate from = date(e, "from").orElseThrow(
        () -> ProblemException.parameter("missing-parameter", "from", "from"));
    LocalDate to = date(e, "to").orElseThrow(
        () -> ProblemException.parameter("missing-parameter", "to", "to"));
    if (to.isBefore(from)) {
      throw ProblemException.parameter("invalid-range", "to");
    }
    Dataset dataset = dataset(e);
    ComplianceTimeline timeline = assessor.timeline(dataset, group(dataset, groupId), from, to);
    // The timeline document of lape-json replaces this shape when it lands (issue 13).
    ObjectNode body = MAPPER.createObjectNode();
    body.put("groupId", timeline.groupId());
    body.put("policyId", assessor.policy().id());
    body.put("from", timeline.from().toString());
    body.put("to", timeline.to().toString());
    ArrayNode intervals = body.putArray("intervals");
    for (TimelineInterval interval : timeline.intervals()) {
      ObjectNode item = intervals.addObject();
      item.put("start", interval.start().toString());
      item.put("end", interval.end().toString());
      item.put("verdict", interval.verdict().name());
      ArrayNode errors = item.putArray("errorRuleIds");
      interval.errorRuleIds().forEach(errors::add);
    }
    return json(body);
  }

  // ---- request parts ----

  private GroupAssessor assessor(Optional<String> policyId) {
    if (policyId.isEmpty()) {
      return assessors.get(defaultPolicy.id());
    }
    GroupAssessor assessor = assessors.get(policyId.get());
    if (assessor == null) {
      throw ProblemException.parameter("unknown-policy", "policy",
          String.join(", ", assessors.keySet()));
    }
    return assessor;
  }

  private static Optional<LocalDate> date(Exchange e, String name) {
    Optional<String> text = e.parameter(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException notADate) {
      throw ProblemException.parameter("invalid-date", name, name);
    }
  }

  /** The group's id, checked to be in the dataset; the id asked for is not quoted back. */
  private static String group(Dataset dataset, String groupId) {
    if (dataset.group(groupId).isEmpty()) {
      throw new ProblemException(422, "unknown-group", "group", List.of());
    }
    return groupId;
  }

  private Dataset dataset(Exchange e) {
    if (!isJson(e.contentType())) {
      throw ProblemException.of(415, "unsupported-media-type");
    }
    if (e.body().length == 0) {
      throw new ProblemException(400, "invalid-document", null,
          List.of(new JsonProblem("", 1, 1, "the request has no body: send a lape-dataset document")),
          1);
    }
    try (InputStream in = new ByteArrayInputStream(e.body())) {
      return reader.readDataset(in);
    } catch (LapeJsonException invalid) {
      throw new ProblemException(400, "invalid-document", null, invalid.problems(),
          invalid.problems().size());
    } catch (LapeValidationException invalid) {
      // The reader reports what it finds as located problems; this is the value's own last check.
      throw new ProblemException(400, "invalid-document", null,
          List.of(new JsonProblem("", 0, 0, invalid.getMessage())), 1);
    } catch (IOException closing) {
      throw new UncheckedIOException(closing);
    }
  }

  /** JSON media types: {@code application/json} and {@code application/*+json}; none at all too. */
  static boolean isJson(String contentType) {
    return contentType.isEmpty() || contentType.equals("application/json")
        || (contentType.startsWith("application/") && contentType.endsWith("+json"));
  }

  private static Reply json(ObjectNode body) {
    return new Reply(200, Reply.JSON, MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(body), Map.of());
  }

  private static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream("/fi/lape/server/" + name)) {
      if (in == null) {
        throw new IllegalStateException("lape-server: missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
