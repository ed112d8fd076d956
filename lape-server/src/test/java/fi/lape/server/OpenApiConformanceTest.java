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

  /** How to make the server give each documented answer. */
  private static Map<String, Supplier<Answer>> provocations() {
    Map<String, Supplier<Answer>> p = new LinkedHashMap<>();
    p.put("GET / 200", () -> answer(http.get("/")));
    p.put("GET /v1/health 200", () -> answer(http.get("/v1/health")));
    p.put("GET /v1/openapi.json 200", () -> answer(http.get("/v1/openapi.json")));
    p.put("GET /v1/schemas/{document} 200", () -> answer(http.get("/v1/schemas/dataset")));
    p.put("GET /v1/schemas/{document} 404", () -> answer(http.get("/v1/schemas/person")));
    p.put("GET /v1/policies 200", () -> answer(http.get("/v1/policies")));
    p.put("GET /v1/policies/{id} 200", () -> answer(http.get("/v1/policies/paijat-hame-2017")));
    p.put("GET /v1/policies/{id} 404", () -> answer(http.get("/v1/policies/nope")));
    p.put("GET /v1/rules 200", () -> answer(http.get("/v1/rules", "Accept-Language", "sv")));
    p.put("GET /v1/rules 400", () -> answer(http.get("/v1/rules?policy=nope")));
    for (String path : new String[] {"/v1/assess?asOf=2017-11-01", TIMELINE}) {
      String template = path.substring(0, path.indexOf('?'));
      p.put("POST " + template + " 200", () -> answer(http.post(path, SAMPLE)));
      p.put("POST " + template + " 400", () -> answer(http.post(path, "{\"format\": 1}")));
      p.put("POST " + template + " 408", () -> slowBody(path));
      p.put("POST " + template + " 413", () -> tooLarge(path));
      p.put("POST " + template + " 415",
          () -> answer(http.post(path, SAMPLE, "Content-Type", "text/csv")));
      p.put("POST " + template + " 422", () -> answer(http.post(
          path.replace("group=orimattila-lape", "group=x") + "&group=x", SAMPLE)));
      p.put("POST " + template + " 503", () -> answer(strictHttp.post(path, SAMPLE)));
    }
    return p;
  }

  @TestFactory
  List<DynamicTest> everyDocumentedAnswerIsGiven() {
    Map<String, Supplier<Answer>> provocations = provocations();
    List<DynamicTest> tests = new ArrayList<>();
    openApi.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      String method = op.getKey().toUpperCase(Locale.ROOT);
      op.getValue().get("responses").properties().forEach(response -> {
        String key = method + " " + path.getKey() + " " + response.getKey();
        tests.add(dynamicTest(key, () -> {
          Supplier<Answer> provocation = provocations.get(key);
          assertNotNull(provocation, "no request in this test provokes " + key);
          JsonNode documented = resolve(response.getValue());
          Map.Entry<String, JsonNode> content = documented.get("content").properties().iterator()
              .next();
          Answer answer = provocation.get();
          assertEquals(Integer.parseInt(response.getKey()), answer.status(), key + ": "
              + answer.body());
          assertEquals(content.getKey(), answer.mediaType(), key);
          if (content.getKey().endsWith("json")) {
            List<Error> errors = schema(content.getValue().get("schema"))
                .validate(answer.body(), InputFormat.JSON);
            assertEquals(List.of(), errors, key + " does not match its schema");
          }
        }));
      });
    }));
    return tests;
  }

  @Test
  void everyProvocationAndEveryRouteIsDocumented() {
    JsonNode paths = openApi.get("paths");
    for (String key : provocations().keySet()) {
      String[] parts = key.split(" ");
      JsonNode operation = paths.path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
      assertTrue(operation.path("responses").has(parts[2]), key + " is not documented");
    }
    for (Route route : new Api(Policies.nationalBaseline(), 1000, Clock.systemUTC()).routes()) {
      assertTrue(paths.path(route.path()).has(route.method().toLowerCase(Locale.ROOT)),
          route.method() + " " + route.path() + " is not documented");
    }
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
      return SCHEMAS.getSchema(LapeJson.schema(LapeDocument.valueOf(
          target.substring("/v1/schemas/".length()).toUpperCase(Locale.ROOT))));
    }
    return SCHEMAS.getSchema(openApi.at(target.substring(1)).toString());
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
