package fi.lape.server.internal;

import fi.lape.advisor.Advisor;
import fi.lape.advisor.AdvisorJson;
import fi.lape.advisor.AdvisorJsonException;
import fi.lape.advisor.Change;
import fi.lape.advisor.InvalidPeriodException;
import fi.lape.advisor.MisfitException;
import fi.lape.advisor.SuggestionOptions;
import fi.lape.advisor.SuggestionRequest;
import fi.lape.advisor.Suggestions;
import fi.lape.advisor.WhatIf;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.GroupAssessment;
import fi.lape.json.JsonLimits;
import fi.lape.json.LapeDocument;
import fi.lape.json.LapeJson;
import fi.lape.json.LapeJsonException;
import fi.lape.json.ProblemCode;
import fi.lape.report.AssessedSource;
import fi.lape.report.ReportFormat;
import fi.lape.report.ReportWriter;
import fi.lape.rules.GroupAssessor;
import fi.lape.sheets.MemberSheets;
import fi.lape.sheets.SheetException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoints under {@code /v1} and the web page at {@code /}. Each is a plain function from an
 * {@link Exchange} to a {@link Reply}; {@link #routes()} lists them. A new endpoint is one method
 * here and one line in {@link #routes()}, plus its entry in {@code openapi.json}, which {@code
 * OpenApiConformanceTest} then checks.
 */
public final class Api {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String UTF8 = "; charset=utf-8";
  /** The media type of an XLSX workbook, a member list as lape-sheets reads it. */
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final CoveragePolicy defaultPolicy;
  private final Map<String, GroupAssessor> assessors = new LinkedHashMap<>();
  private final Map<String, Advisor> advisors = new LinkedHashMap<>();
  private final Map<String, LapeJson> writers = new LinkedHashMap<>();
  private final Map<String, AdvisorJson> advisorWriters = new LinkedHashMap<>();
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
    assessors.forEach((id, assessor) -> advisors.put(id, Advisor.of(assessor)));
    this.reader = LapeJson.builder()
        .limits(JsonLimits.builder().documentSize(maxDocumentBytes).build()).build();
    for (Locale language : Exchange.LANGUAGES) {
      writers.put(language.getLanguage(), LapeJson.builder().language(language).build());
      advisorWriters.put(language.getLanguage(),
          AdvisorJson.builder().language(language).build());
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
        new Route("POST", "/v1/timeline", true, this::timeline),
        new Route("POST", "/v1/suggest", true, this::suggest),
        new Route("POST", "/v1/what-if", true, this::whatIf));
  }

  /** The JSON writer of reports in {@code language}, as {@code POST /v1/assess} uses it. */
  public LapeJson writer(Locale language) {
    return writers.get(language.getLanguage());
  }

  /**
   * The writer of lape-advisor's documents (timeline, suggestions, what-if) in {@code language}, as
   * the endpoints use it.
   */
  public AdvisorJson advisorWriter(Locale language) {
    return advisorWriters.get(language.getLanguage());
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
    String schema = switch (e.pathParameter()) {
      case "dataset" -> LapeJson.schema(LapeDocument.DATASET);
      case "policy" -> LapeJson.schema(LapeDocument.POLICY);
      case "report" -> LapeJson.schema(LapeDocument.REPORT);
      case "timeline" -> AdvisorJson.schema(AdvisorJson.Document.TIMELINE);
      case "suggestion-request" -> AdvisorJson.schema(AdvisorJson.Document.SUGGESTION_REQUEST);
      case "suggestions" -> AdvisorJson.schema(AdvisorJson.Document.SUGGESTIONS);
      case "change" -> AdvisorJson.schema(AdvisorJson.Document.CHANGE);
      case "what-if" -> AdvisorJson.schema(AdvisorJson.Document.WHAT_IF);
      default -> throw ProblemException.of(404, "not-found");
    };
    return Reply.of(200, Reply.SCHEMA_JSON, schema);
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
    if (e.wantsHtml()) {
      // lape-report's self-contained page, as `lape assess --format html` writes it.
      String html = ReportWriter.builder().format(ReportFormat.HTML).locale(e.language())
          .policy(assessor.policy()).build()
          .write(List.of(AssessedSource.builder().label(Texts.get(e.language(), "report.label"))
              .dataset(dataset).report(report).build()));
      return Reply.of(200, "text/html" + UTF8, html);
    }
    return Reply.json(writer(e.language()).write(report));
  }

  private Reply timeline(Exchange e) {
    GroupAssessor assessor = assessor(e.parameter("policy"));
    String groupId = e.parameter("group")
        .orElseThrow(() -> ProblemException.parameter("missing-parameter", "group", "group"));
    Optional<LocalDate> givenFrom = date(e, "from");
    Optional<LocalDate> givenTo = date(e, "to");
    Dataset dataset = dataset(e);
    Group group = dataset.group(group(dataset, groupId)).orElseThrow();
    // As `lape timeline` has it: from the group's first day to its last membership change.
    LocalDate from = givenFrom.orElseGet(() -> group.firstDay().orElse(LocalDate.now(clock)));
    LocalDate to = givenTo.orElseGet(() -> group.lastChange(from));
    if (to.isBefore(from)) {
      throw ProblemException.parameter("invalid-range", givenTo.isPresent() ? "to" : "from");
    }
    ComplianceTimeline timeline = assessor.timeline(dataset, groupId, from, to);
    // The lape-timeline document, as `lape timeline --format json` prints it.
    return Reply.json(advisorWriter(e.language()).write(timeline, assessor.policy().id()));
  }

  /**
   * The smallest set of invitations that makes the group comply, as {@code lape suggest} gives it:
   * the body is the dataset, or a form with the parts {@code dataset} and, optionally, {@code
   * candidates} (a lape-suggestion-request document, as {@code --candidates} reads it).
   */
  private Reply suggest(Exchange e) {
    Advisor advisor = advisors.get(assessor(e.parameter("policy")).policy().id());
    String groupId = required(e, "group");
    Optional<LocalDate> asOf = date(e, "asOf");
    Optional<Boolean> warnings = bool(e, "warnings");
    boolean names = bool(e, "showNames").orElse(false);
    Dataset dataset;
    Optional<SuggestionRequest> sent = Optional.empty();
    if (Form.isForm(e)) {
      Form form = Form.read(e, List.of("dataset"), List.of("candidates"));
      dataset = dataset("dataset", form.part("dataset").orElseThrow(), e.language());
      sent = form.part("candidates").map(part -> advisorDocument(part,
          AdvisorJson.standard()::readSuggestionRequest));
    } else {
      dataset = dataset(e);
    }
    Optional<SuggestionRequest> request = sent;
    group(dataset, groupId);
    LocalDate day = asOf.or(() -> request.flatMap(SuggestionRequest::asOf))
        .orElseGet(() -> LocalDate.now(clock));
    SuggestionOptions options = request.map(r -> r.applyTo(SuggestionOptions.defaults()))
        .orElse(SuggestionOptions.defaults());
    if (warnings.isPresent()) {
      options = options.withWarnings(warnings.get());
    }
    Suggestions suggestions;
    try {
      suggestions = advisor.suggest(dataset, groupId, day, options);
    } catch (MisfitException misfit) {
      throw misfits("candidates", "inapplicable-candidates", misfit);
    }
    AdvisorJson writer = names
        ? AdvisorJson.builder().language(e.language()).names(dataset).build()
        : advisorWriter(e.language());
    return Reply.json(writer.write(suggestions));
  }

  /**
   * What a planned change would do, as {@code lape what-if} gives it: the body is a form with the
   * parts {@code dataset} and {@code change} (a lape-change document).
   */
  private Reply whatIf(Exchange e) {
    Advisor advisor = advisors.get(assessor(e.parameter("policy")).policy().id());
    String groupId = required(e, "group");
    Optional<LocalDate> asOf = date(e, "asOf");
    Optional<LocalDate> from = date(e, "from");
    Optional<LocalDate> to = date(e, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw ProblemException.parameter("invalid-range", "to");
    }
    if (!Form.isForm(e)) {
      throw ProblemException.of(415, "unsupported-media-type",
          Texts.get(e.language(), "send.form"));
    }
    Form form = Form.read(e, List.of("dataset", "change"), List.of());
    Dataset dataset = dataset("dataset", form.part("dataset").orElseThrow(), e.language());
    Change change = advisorDocument(form.part("change").orElseThrow(),
        AdvisorJson.standard()::readChange);
    group(dataset, groupId);
    if (!change.groupId().equals(groupId)) {
      throw ProblemException.document(422, "change-group", List.of(Located.server("change",
          "/groupId", ProblemCode.INCONSISTENT_VALUE, "located.change-group")));
    }
    try {
      Advisor.apply(dataset, change);
    } catch (MisfitException misfit) {
      throw misfits("change", "inapplicable-change", misfit);
    }
    WhatIf whatIf;
    try {
      whatIf = advisor.whatIf(dataset, change, asOf.orElse(null), from.orElse(null),
          to.orElse(null));
    } catch (InvalidPeriodException range) {
      throw ProblemException.parameter("invalid-range", from.isPresent() ? "from" : "to");
    }
    return Reply.json(advisorWriter(e.language()).write(whatIf));
  }

  /** The steps or candidates that do not fit the dataset, each where it is in its part. */
  private static ProblemException misfits(String part, String type, MisfitException misfit) {
    List<Located> located = misfit.misfits().stream().map(m -> switch (m.reason()) {
      case NO_SUCH_MEMBERSHIP -> Located.server(part, m.pointer(),
          ProblemCode.DANGLING_REFERENCE, "located.step-no-membership");
      case MEMBERSHIP_EXISTS -> Located.server(part, m.pointer(), ProblemCode.DUPLICATE_ID,
          "located.step-membership-exists");
      case CANDIDATE_REPEATED -> Located.server(part, m.pointer(), ProblemCode.DUPLICATE_ID,
          "located.candidate-repeated");
      case UNKNOWN_ORGANISATION -> Located.server(part, m.pointer(),
          ProblemCode.DANGLING_REFERENCE, "located.candidate-organisation");
    }).toList();
    return ProblemException.document(422, type, located);
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

  private static String required(Exchange e, String name) {
    return e.parameter(name)
        .orElseThrow(() -> ProblemException.parameter("missing-parameter", name, name));
  }

  private static Optional<Boolean> bool(Exchange e, String name) {
    return e.parameter(name).map(text -> switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ProblemException.parameter("invalid-boolean", name, name);
    });
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

  /** The dataset that is the request's body: a lape-dataset document or an XLSX member list. */
  private Dataset dataset(Exchange e) {
    if (e.contentType().equals(XLSX)) {
      return workbook(e.body(), e.language());
    }
    if (!isJson(e.contentType())) {
      throw ProblemException.of(415, "unsupported-media-type",
          Texts.get(e.language(), "send.dataset"));
    }
    return dataset(null, e.body());
  }

  /** The dataset of a form's part: an XLSX member list by its media type or name, else JSON. */
  private Dataset dataset(String name, Form.Part part, Locale language) {
    if (part.contentType().equals(XLSX)
        || part.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return workbook(part.body(), language);
    }
    return dataset(name, part.body());
  }

  private Dataset dataset(String part, byte[] body) {
    if (body.length == 0) {
      throw ProblemException.document(400, "invalid-document", List.of(Located.empty(part,
          "located.empty-dataset")));
    }
    try (InputStream in = new ByteArrayInputStream(body)) {
      return reader.readDataset(in);
    } catch (LapeJsonException invalid) {
      throw ProblemException.document(400, "invalid-document",
          Located.of(part, invalid.problems()));
    } catch (LapeValidationException invalid) {
      // The reader reports what it finds as located problems; this is the value's own last check.
      throw ProblemException.document(400, "invalid-document", List.of(new Located(part, "", 0,
          0, ProblemCode.INVALID_VALUE, any -> invalid.getMessage())));
    } catch (IOException closing) {
      throw new UncheckedIOException(closing);
    }
  }

  /**
   * One of lape-advisor's documents sent as a form's part, read with {@code reader}; its problems
   * located in the part as the command line locates them in the file.
   */
  private static <T> T advisorDocument(Form.Part part, Function<String, T> reader) {
    if (part.body().length == 0) {
      throw ProblemException.document(400, "invalid-document", List.of(Located.empty(
          part.name(), "located.empty-part")));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(part.body())).toString();
    } catch (CharacterCodingException notUtf8) {
      throw ProblemException.document(400, "invalid-document", List.of(Located.server(
          part.name(), "", ProblemCode.INVALID_ENCODING, "located.invalid-encoding")));
    }
    try {
      return reader.apply(text);
    } catch (AdvisorJsonException invalid) {
      throw ProblemException.document(400, "invalid-document",
          Located.ofAdvisor(part.name(), invalid.problems()));
    } catch (LapeValidationException invalid) {
      throw ProblemException.document(400, "invalid-document", List.of(Located.server(
          part.name(), "", ProblemCode.INVALID_VALUE, "located.invalid-part")));
    }
  }

  /** A member list sent as an XLSX workbook; its problems are located by sheet, row and column. */
  private static Dataset workbook(byte[] body, Locale language) {
    try (InputStream in = new ByteArrayInputStream(body)) {
      return MemberSheets.read(in, "dataset.xlsx", language);
    } catch (SheetException invalid) {
      throw ProblemException.workbook(invalid.problems());
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
