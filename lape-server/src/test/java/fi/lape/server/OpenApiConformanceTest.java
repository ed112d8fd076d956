package fi.lape.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fi.lape.advisor.AdvisorJson;
import fi.lape.core.policy.Policies;
import fi.lape.json.LapeDocument;
import fi.lape.json.LapeJson;
import fi.lape.server.RawHttp.Answer;
import fi.lape.server.internal.Api;
import fi.lape.server.internal.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document kept in the repository ({@code src/main/resources/fi/lape/server/openapi.json})
 * against what the server really answers: every documented path, method and status is provoked by a
 * real request, answers with the documented media type, and its body validates against the schema
 * the document references (lape's own JSON Schemas for lape documents). Every route the server has
 * is documented, and every provocation here is documented.
 */
class OpenApiConformanceTest {
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final String SAMPLE = Http.sample();
  private static final String TIMELINE =
      "/v1/timeline?group=orimattila-lape&from=2017-01-01&to=2018-12-31";
  private static final String SUGGEST = "/v1/suggest?group=varkaus-lape&asOf=2017-11-01";
  private static final String WHAT_IF = "/v1/what-if?group=orimattila-lape";
  private static final String CANDIDATES = "{\"format\": \"lape-suggestion-request\", "
      + "\"version\": \"1.0\", \"candidates\": [{\"id\": \"a-parent\", \"voices\": [\"PARENTS\"]}]}";
  private static final String LANGUAGE = "Accept-Language";
  private static final List<String> LANGUAGES = List.of("en", "fi", "sv");
  private static final List<String> SCHEMA_NAMES = List.of("dataset", "policy", "report",
      "timeline", "suggestion-request", "suggestions", "change", "what-if");

  private static LapeServer server;
  private static LapeServer strict;
  private static Http http;
  private static Http strictHttp;
  private static JsonNode openApi;

  @BeforeAll
  static void start() {
    server = LapeServer.builder().port(0).maxRequestBytes(200_000)
        .bodyTimeout(Duration.ofSeconds(1)).build().start();
    // Every assessment takes longer than a millisecond: the time limit's answer.
    strict = LapeServer.builder().port(0).requestTimeout(Duration.ofMillis(1)).build().start();
    http = new Http(server);
    strictHttp = new Http(strict);
    openApi = Http.MAPPER.readTree(resource());
  }

  @AfterAll
  static void stop() {
    server.close();
    strict.close();
  }

  /**
   * How to make the server give a documented answer, in a language (en, fi or sv) when {@code
   * inEachLanguage}: those are asked once per language and must answer in it.
   */
  private record Provocation(boolean inEachLanguage, Function<String, Provoked> ask) {}

  /** An answer and its Content-Language (null for a raw socket's answer, not checked). */
  private record Provoked(int status, String mediaType, String body, String language) {}

  private static Provocation each(Function<String, HttpResponse<String>> ask) {
    return new Provocation(true, language -> provoked(ask.apply(language)));
  }

  private static Provocation once(Supplier<Answer> ask) {
    return new Provocation(false, language -> {
      Answer a = ask.get();
      return new Provoked(a.status(), a.mediaType(), a.body(), null);
    });
  }

  /** How to make the server give each documented answer. */
  private static Map<String, Provocation> provocations() {
    Map<String, Provocation> p = new LinkedHashMap<>();
    p.put("GET / 200", each(l -> http.get("/", LANGUAGE, l)));
    p.put("GET /v1/health 200", each(l -> http.get("/v1/health", LANGUAGE, l)));
    p.put("GET /v1/openapi.json 200", each(l -> http.get("/v1/openapi.json", LANGUAGE, l)));
    p.put("GET /v1/schemas/{document} 200", each(l -> http.get("/v1/schemas/what-if", LANGUAGE,
        l)));
    p.put("GET /v1/schemas/{document} 404", each(l -> http.get("/v1/schemas/person", LANGUAGE,
        l)));
    p.put("GET /v1/policies 200", each(l -> http.get("/v1/policies", LANGUAGE, l)));
    p.put("GET /v1/policies/{id} 200", each(l -> http.get("/v1/policies/paijat-hame-2017",
        LANGUAGE, l)));
    p.put("GET /v1/policies/{id} 404", each(l -> http.get("/v1/policies/nope", LANGUAGE, l)));
    p.put("GET /v1/rules 200", each(l -> http.get("/v1/rules", LANGUAGE, l)));
    p.put("GET /v1/rules 400", each(l -> http.get("/v1/rules?policy=nope", LANGUAGE, l)));
    p.put("POST /v1/assess 200 text/html", each(l -> http.post("/v1/assess?asOf=2017-11-01",
        SAMPLE, "Accept", "text/html", LANGUAGE, l)));
    for (String path : new String[] {"/v1/assess?asOf=2017-11-01", TIMELINE, SUGGEST}) {
      String template = path.substring(0, path.indexOf('?'));
      p.put("POST " + template + " 200", each(l -> http.post(path, SAMPLE, LANGUAGE, l)));
      p.put("POST " + template + " 400", each(l -> http.post(path, "{\"format\": 1}", LANGUAGE,
          l)));
      p.put("POST " + template + " 408", once(() -> slowBody(path)));
      p.put("POST " + template + " 413", once(() -> tooLarge(path)));
      p.put("POST " + template + " 415",
          each(l -> http.post(path, SAMPLE, "Content-Type", "text/csv", LANGUAGE, l)));
      p.put("POST " + template + " 422", each(l -> http.post(
          path.replaceAll("group=[a-z-]+", "group=x") + "&group=x", SAMPLE, LANGUAGE, l)));
      p.put("POST " + template + " 503", once(() -> answer(strictHttp.post(path, SAMPLE))));
    }
    // The forms: a dataset with the user's candidates, a dataset with a change.
    p.put("POST /v1/suggest 200 multipart/form-data", each(l -> http.postForm(SUGGEST,
        List.of("dataset", SAMPLE, "candidates", CANDIDATES), LANGUAGE, l)));
    p.put("POST /v1/what-if 200", each(l -> http.postForm(WHAT_IF,
        List.of("dataset", SAMPLE, "change", Http.change()), LANGUAGE, l)));
    p.put("POST /v1/what-if 400", each(l -> http.postForm(WHAT_IF,
        List.of("dataset", SAMPLE, "change", Http.change().replace("END", "STOP")), LANGUAGE,
        l)));
    p.put("POST /v1/what-if 408", once(() -> slowBody(WHAT_IF)));
    p.put("POST /v1/what-if 413", once(() -> tooLarge(WHAT_IF)));
    p.put("POST /v1/what-if 415", each(l -> http.post(WHAT_IF, SAMPLE, LANGUAGE, l)));
    p.put("POST /v1/what-if 422", each(l -> http.postForm(WHAT_IF.replace("orimattila-lape",
        "hollola-lape"), List.of("dataset", SAMPLE, "change", Http.change()), LANGUAGE, l)));
    p.put("POST /v1/what-if 503", once(() -> answer(strictHttp.postForm(WHAT_IF,
        List.of("dataset", SAMPLE, "change", Http.change())))));
    return p;
  }

  @TestFactory
  List<DynamicTest> everyDocumentedAnswerIsGiven() {
    Map<String, Provocation> provocations = provocations();
    List<DynamicTest> tests = new ArrayList<>();
    openApi.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      String method = op.getKey().toUpperCase(Locale.ROOT);
      op.getValue().get("responses").properties().forEach(response -> {
        String key = method + " " + path.getKey() + " " + response.getKey();
        tests.add(dynamicTest(key, () -> {
          JsonNode documented = resolve(response.getValue());
          // The first media type is the default answer; each further one has its provocation.
          boolean first = true;
          for (Map.Entry<String, JsonNode> content : documented.get("content").properties()) {
            String variant = first ? key : key + " " + content.getKey();
            first = false;
            check(variant, provocations.get(variant), Integer.parseInt(response.getKey()),
                content.getKey(), content.getValue().get("schema"));
          }
          // A documented request body media type other than the first has its own provocation
          // of the success answer.
          JsonNode body = op.getValue().path("requestBody").path("content");
          if (response.getKey().equals("200") && body.has("multipart/form-data")
              && body.size() > 1) {
            Map.Entry<String, JsonNode> answer =
                documented.get("content").properties().iterator().next();
            check(key + " multipart/form-data", provocations.get(key + " multipart/form-data"),
                200, answer.getKey(), answer.getValue().get("schema"));
          }
        }));
      });
    }));
    return tests;
  }

  private static void check(String variant, Provocation asked, int status, String mediaType,
      JsonNode schema) {
    assertNotNull(asked, "no request in this test provokes " + variant);
    for (String language : asked.inEachLanguage() ? LANGUAGES : List.of("en")) {
      Provoked answer = asked.ask().apply(language);
      assertEquals(status, answer.status(), variant + " (" + language + "): " + answer.body());
      assertEquals(mediaType, answer.mediaType(), variant);
      if (answer.language() != null) {
        assertEquals(language, answer.language(), variant + " answers in the language asked");
      }
      if (mediaType.endsWith("json")) {
        List<Error> errors = schema(schema).validate(answer.body(), InputFormat.JSON);
        assertEquals(List.of(), errors, variant + " (" + language + ") does not match its schema");
      }
    }
  }

  @Test
  void everyProvocationAndEveryRouteIsDocumented() {
    JsonNode paths = openApi.get("paths");
    for (String key : provocations().keySet()) {
      String[] parts = key.split(" ");
      if (parts.length > 3) {
        JsonNode operation = paths.path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
        JsonNode media = resolve(operation.path("responses").path(parts[2])).path("content");
        assertTrue(media.has(parts[3])
            || operation.path("requestBody").path("content").has(parts[3]),
            key + " is not documented");
        continue;
      }
      JsonNode operation = paths.path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
      assertTrue(operation.path("responses").has(parts[2]), key + " is not documented");
    }
    for (Route route : new Api(Policies.nationalBaseline(), 1000, Clock.systemUTC()).routes()) {
      assertTrue(paths.path(route.path()).has(route.method().toLowerCase(Locale.ROOT)),
          route.method() + " " + route.path() + " is not documented");
    }
  }

  @Test
  void everyDocumentedSchemaIsServedAsItsLibraryGivesIt() {
    JsonNode documented = openApi.at("/paths/~1v1~1schemas~1{document}/get/parameters/0/schema/enum");
    List<String> names = new ArrayList<>();
    documented.forEach(n -> names.add(n.asString()));
    assertEquals(SCHEMA_NAMES, names);
    for (String name : names) {
      HttpResponse<String> served = http.get("/v1/schemas/" + name);
      assertEquals(200, served.statusCode(), name);
      assertEquals(librarySchema(name), served.body(), name);
    }
  }

  @Test
  void theProblemCodesAreLapeJsons() {
    List<String> documented = new ArrayList<>();
    openApi.at("/components/schemas/Problem/properties/problems/items/properties/code/enum")
        .forEach(n -> documented.add(n.asString()));
    assertEquals(java.util.Arrays.stream(fi.lape.json.ProblemCode.values())
        .map(fi.lape.json.ProblemCode::code).toList(), documented);
  }

  @Test
  void theServedDocumentIsTheOneInTheRepository() {
    HttpResponse<String> served = http.get("/v1/openapi.json");
    assertEquals(resource(), served.body());
    assertEquals("3.1.1", openApi.get("openapi").asString());
  }

  /** A component response's definition for a {@code $ref}, else the response itself. */
  private static JsonNode resolve(JsonNode response) {
    JsonNode ref = response.get("$ref");
    return ref == null ? response : openApi.at(ref.asString().substring(1));
  }

  /** The schema a response references: lape's own for lape documents, else the document's. */
  private static Schema schema(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      return SCHEMAS.getSchema(schema.toString());
    }
    String target = ref.asString();
    if (target.startsWith("/v1/schemas/")) {
      return SCHEMAS.getSchema(librarySchema(target.substring("/v1/schemas/".length())));
    }
    return SCHEMAS.getSchema(openApi.at(target.substring(1)).toString());
  }

  /** The schema of a lape document as its library gives it: lape-json's or lape-advisor's. */
  private static String librarySchema(String name) {
    String constant = name.toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return LapeJson.schema(LapeDocument.valueOf(constant));
    } catch (IllegalArgumentException notLapeJsons) {
      return AdvisorJson.schema(AdvisorJson.Document.valueOf(constant));
    }
  }

  private static Provoked provoked(HttpResponse<String> response) {
    return new Provoked(response.statusCode(), Http.mediaType(response), response.body(),
        response.headers().firstValue("Content-Language").orElse(""));
  }

  private static Answer answer(HttpResponse<String> response) {
    return new Answer(response.statusCode(), Http.mediaType(response), response.body());
  }

  private static Answer slowBody(String path) {
    try (Socket socket = RawHttp.connect(server)) {
      RawHttp.send(socket, RawHttp.postHead(path, 1000));
      RawHttp.send(socket, "{\"format\": ".getBytes(StandardCharsets.UTF_8));
      return RawHttp.read(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer tooLarge(String path) {
    try (Socket socket = RawHttp.connect(server)) {
      RawHttp.send(socket, RawHttp.postHead(path, 10_000_000));
      return RawHttp.read(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource() {
    try (InputStream in = LapeServer.class.getResourceAsStream("openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
