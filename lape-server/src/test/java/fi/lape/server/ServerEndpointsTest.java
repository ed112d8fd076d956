package fi.lape.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.json.LapeDocument;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every endpoint answers what the library gives in-process, in the language asked for. */
class ServerEndpointsTest {
  private static final LocalDate DAY = LocalDate.of(2017, 11, 1);
  private static LapeServer server;
  private static Http http;
  private static Dataset sample;

  @BeforeAll
  static void start() {
    server = LapeServer.builder().port(0).build().start();
    http = new Http(server);
    sample = LapeJson.standard().readDataset(Http.sample());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listensOnTheLoopbackByDefault() {
    assertTrue(server.address().getAddress().isLoopbackAddress());
    assertTrue(server.port() > 0);
  }

  @Test
  void healthSaysUp() {
    HttpResponse<String> response = http.get("/v1/health");
    assertEquals(200, response.statusCode());
    assertEquals("application/json", Http.mediaType(response));
    assertEquals("UP", Http.json(response).get("status").asString());
    assertEquals("national-baseline", Http.json(response).get("defaultPolicy").asString());
  }

  @Test
  void assessGivesTheReportTheLibraryGives() {
    HttpResponse<String> response = http.post("/v1/assess?asOf=" + DAY, Http.sample());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", Http.mediaType(response));
    AssessmentReport expected = GroupAssessor.of(Policies.nationalBaseline()).assess(sample, DAY);
    assertEquals(LapeJson.standard().write(expected), response.body());
    assertEquals("en", response.headers().firstValue("Content-Language").orElse(""));
  }

  @Test
  void acceptLanguagePicksFinnishOrSwedish() {
    AssessmentReport expected = GroupAssessor.of(Policies.nationalBaseline()).assess(sample, DAY);
    for (String language : new String[] {"fi", "sv"}) {
      HttpResponse<String> response = http.post("/v1/assess?asOf=" + DAY, Http.sample(),
          "Accept-Language", language + "-FI, en;q=0.5");
      assertEquals(LapeJson.builder().language(Locale.forLanguageTag(language)).build()
          .write(expected), response.body());
      assertEquals(language, response.headers().firstValue("Content-Language").orElse(""));
    }
    HttpResponse<String> german = http.post("/v1/assess?asOf=" + DAY, Http.sample(),
        "Accept-Language", "de");
    assertEquals(LapeJson.standard().write(expected), german.body());
  }

  @Test
  void oneGroupWithAnotherPolicy() {
    HttpResponse<String> response = http.post(
        "/v1/assess?group=hollola-lape&policy=paijat-hame-2017&asOf=" + DAY, Http.sample());
    assertEquals(200, response.statusCode(), response.body());
    AssessmentReport report = LapeJson.standard().readReport(response.body());
    assertEquals(1, report.groups().size());
    assertEquals(GroupAssessor.of(Policies.paijatHame2017()).assess(sample, "hollola-lape", DAY),
        report.groups().get(0));
    assertEquals(Policies.PAIJAT_HAME_2017, report.policyId());
  }

  @Test
  void anInvalidDocumentGetsLocatedProblems() {
    String broken = Http.sample().replaceFirst("\"MUNICIPAL_LAPE_GROUP\"", "\"LAPE_GROUP\"");
    HttpResponse<String> response = http.post("/v1/assess", broken, "Accept-Language", "fi");
    assertEquals(400, response.statusCode());
    assertEquals("application/problem+json", Http.mediaType(response));
    JsonNode problem = Http.json(response);
    assertEquals("urn:fi.lape:problem:invalid-document", problem.get("type").asString());
    assertEquals(400, problem.get("status").asInt());
    assertEquals("Asiakirja ei kelpaa", problem.get("title").asString());
    JsonNode first = problem.get("problems").get(0);
    assertTrue(first.get("pointer").asString().matches("/groups/\\d+/kind"), first.toString());
    assertTrue(first.get("line").asInt() > 1);
    assertTrue(first.get("column").asInt() > 1);
    assertTrue(first.get("message").asString().contains("LAPE_GROUP"));
    assertEquals("unknown-code", first.get("code").asString());
    // The message is lape-json's, in the language asked for.
    fi.lape.json.LapeJsonException expected = org.junit.jupiter.api.Assertions.assertThrows(
        fi.lape.json.LapeJsonException.class, () -> LapeJson.standard().readDataset(broken));
    assertEquals(expected.problems().get(0).message(Locale.forLanguageTag("fi")),
        first.get("message").asString());
  }

  @Test
  void malformedJsonIsLocatedToo() {
    HttpResponse<String> response = http.post("/v1/assess", "{\"format\": \"lape-dataset\",\n  ]");
    assertEquals(400, response.statusCode());
    JsonNode first = Http.json(response).get("problems").get(0);
    assertEquals(2, first.get("line").asInt());
    assertEquals("malformed-json", first.get("code").asString());
    HttpResponse<String> empty = http.post("/v1/assess", "", "Accept-Language", "sv");
    assertEquals(400, empty.statusCode());
    JsonNode none = Http.json(empty).get("problems").get(0);
    assertEquals("empty-document", none.get("code").asString());
    assertEquals("dokumentet saknas: skicka ett lape-dataset-dokument",
        none.get("message").asString());
  }

  @Test
  void anUnknownGroupIsNotQuotedBack() {
    HttpResponse<String> response =
        http.post("/v1/assess?group=maija.meikalainen%40example.fi", Http.sample());
    assertEquals(422, response.statusCode());
    assertEquals("group", Http.json(response).get("parameter").asString());
    assertFalse(response.body().contains("meikalainen"), response.body());
  }

  @Test
  void parametersAreChecked() {
    HttpResponse<String> date = http.post("/v1/assess?asOf=1.3.2018", Http.sample());
    assertEquals(400, date.statusCode());
    assertEquals("asOf", Http.json(date).get("parameter").asString());
    assertFalse(date.body().contains("1.3.2018"));
    HttpResponse<String> policy = http.post("/v1/assess?policy=nope", Http.sample(),
        "Accept-Language", "sv");
    assertEquals(400, policy.statusCode());
    assertEquals("Okänd kravprofil", Http.json(policy).get("title").asString());
    assertTrue(Http.json(policy).get("detail").asString().contains("pohjois-savo-2017"));
  }

  @Test
  void wrongAddressMethodAndMediaType() {
    HttpResponse<String> missing = http.get("/v2/assess");
    assertEquals(404, missing.statusCode());
    assertEquals("application/problem+json", Http.mediaType(missing));
    HttpResponse<String> method = http.get("/v1/assess");
    assertEquals(405, method.statusCode());
    assertEquals("POST", method.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> xml = http.post("/v1/assess", "<dataset/>", "Content-Type",
        "application/xml");
    assertEquals(415, xml.statusCode());
  }

  @Test
  void schemasPoliciesAndRules() {
    HttpResponse<String> schema = http.get("/v1/schemas/report");
    assertEquals(200, schema.statusCode());
    assertEquals("application/schema+json", Http.mediaType(schema));
    assertEquals(LapeJson.schema(LapeDocument.REPORT), schema.body());

    JsonNode policies = Http.json(http.get("/v1/policies"));
    Set<String> ids = new HashSet<>();
    policies.get("policies").forEach(p -> ids.add(p.get("id").asString()));
    assertEquals(Set.of("national-baseline", "paijat-hame-2017", "pohjois-savo-2017"), ids);
    HttpResponse<String> policy = http.get("/v1/policies/pohjois-savo-2017");
    assertEquals(Policies.pohjoisSavo2017(), LapeJson.standard().readPolicy(policy.body()));

    JsonNode rules = Http.json(http.get("/v1/rules?policy=paijat-hame-2017", "Accept-Language",
        "fi"));
    assertEquals("paijat-hame-2017", rules.get("policyId").asString());
    assertEquals(fi.lape.core.policy.Rule.values().length, rules.get("rules").size());
    JsonNode first = rules.get("rules").get(0);
    assertEquals(fi.lape.core.policy.Rule.values()[0].description(Locale.forLanguageTag("fi")),
        first.get("description").asString());
  }

  @Test
  void timelineOfAGroup() {
    HttpResponse<String> response = http.post(
        "/v1/timeline?group=orimattila-lape&from=2017-01-01&to=2018-12-31", Http.sample());
    assertEquals(200, response.statusCode(), response.body());
    var expected = GroupAssessor.of(Policies.nationalBaseline()).timeline(sample,
        "orimattila-lape", LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
    // lape-advisor's timeline document, as `lape timeline --format json` prints it.
    assertEquals(fi.lape.advisor.AdvisorJson.standard().write(expected, "national-baseline"),
        response.body());
    // The days have defaults (AdvisorEndpointsTest); the group has none.
    HttpResponse<String> missing = http.post("/v1/timeline?from=2017-01-01", Http.sample());
    assertEquals(400, missing.statusCode());
    assertEquals("group", Http.json(missing).get("parameter").asString());
  }

  @Test
  void acceptTextHtmlGivesLapeReportsPage() {
    HttpResponse<String> response = http.post("/v1/assess?asOf=" + DAY, Http.sample(),
        "Accept", "text/html", "Accept-Language", "fi");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("text/html", Http.mediaType(response));
    AssessmentReport expected = GroupAssessor.of(Policies.nationalBaseline()).assess(sample, DAY);
    String html = fi.lape.report.ReportWriter.builder()
        .format(fi.lape.report.ReportFormat.HTML).locale(Locale.forLanguageTag("fi"))
        .policy(Policies.nationalBaseline()).build()
        .write(List.of(fi.lape.report.AssessedSource.builder().label("lähetetty aineisto")
            .dataset(sample).report(expected).build()));
    assertEquals(html, response.body());
  }

  @Test
  void aMemberListWorkbookIsAssessedLikeItsDataset() {
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    Dataset generated = fi.lape.testkit.Generators.datasets().generate(7L, 6);
    fi.lape.sheets.MemberSheets.writeXlsx(generated, xlsx, Locale.ENGLISH);
    String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
            server.uri().resolve("/v1/assess?asOf=" + DAY)).header("Content-Type", type)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(xlsx.toByteArray())));
    assertEquals(200, response.statusCode(), response.body());
    Dataset read = fi.lape.sheets.MemberSheets.read(
        new java.io.ByteArrayInputStream(xlsx.toByteArray()), "dataset.xlsx", Locale.ENGLISH);
    assertEquals(LapeJson.standard().write(GroupAssessor.of(Policies.nationalBaseline())
        .assess(read, DAY)), response.body());

    HttpResponse<String> broken = http.send(java.net.http.HttpRequest.newBuilder(
            server.uri().resolve("/v1/assess")).header("Content-Type", type)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("not a workbook")));
    assertEquals(400, broken.statusCode(), broken.body());
    assertEquals("urn:fi.lape:problem:invalid-workbook", Http.json(broken).get("type").asString());
    assertFalse(Http.json(broken).get("problems").get(0).get("message").asString().isEmpty());
  }
}
