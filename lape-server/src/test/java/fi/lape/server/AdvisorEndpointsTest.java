package fi.lape.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.advisor.Advisor;
import fi.lape.advisor.AdvisorJson;
import fi.lape.advisor.Change;
import fi.lape.advisor.SuggestionOptions;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.policy.Policies;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Suggestions, what-if and the timeline over HTTP answer exactly the documents lape-advisor writes
 * in-process (as {@code lape suggest/what-if/timeline --format json} print them), in the language
 * asked for; a form with a bad part gets its problems located in that part, with their codes.
 */
class AdvisorEndpointsTest {
  private static final LocalDate DAY = LocalDate.of(2017, 11, 1);
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final String PARENT = """
      {"format": "lape-suggestion-request", "version": "1.0", "includeWarnings": true,
       "candidates": [{"id": "a-parent", "voices": ["PARENTS"]}]}""";

  private static LapeServer server;
  private static Http http;
  private static Dataset sample;
  private static Advisor advisor;

  @BeforeAll
  static void start() {
    server = LapeServer.builder().port(0).build().start();
    http = new Http(server);
    sample = LapeJson.standard().readDataset(Http.sample());
    advisor = Advisor.of(GroupAssessor.of(Policies.nationalBaseline()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static AdvisorJson json(Locale language) {
    return AdvisorJson.builder().language(language).build();
  }

  @Test
  void timelineIsTheAdvisorsTimelineDocument() {
    HttpResponse<String> response = http.post(
        "/v1/timeline?group=orimattila-lape&from=2017-01-01&to=2018-12-31", Http.sample(),
        "Accept-Language", "fi");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", Http.mediaType(response));
    String expected = json(FI).write(advisor.assessor().timeline(sample, "orimattila-lape",
        LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)), "national-baseline");
    assertEquals(expected, response.body());
    assertEquals("lape-timeline", Http.json(response).get("format").asString());
  }

  @Test
  void aTimelineWithoutDaysRunsFromTheGroupsFirstDayToItsLastChange() {
    HttpResponse<String> response = http.post("/v1/timeline?group=orimattila-lape",
        Http.sample());
    assertEquals(200, response.statusCode(), response.body());
    Group group = sample.group("orimattila-lape").orElseThrow();
    LocalDate first = group.firstDay().orElseThrow();
    String expected = json(Locale.ENGLISH).write(advisor.assessor().timeline(sample,
        "orimattila-lape", first, group.lastChange(first)), "national-baseline");
    assertEquals(expected, response.body());
    JsonNode body = Http.json(response);
    assertEquals(first.toString(), body.get("from").asString());

    HttpResponse<String> backwards = http.post(
        "/v1/timeline?group=orimattila-lape&to=2000-01-01", Http.sample());
    assertEquals(400, backwards.statusCode(), backwards.body());
    assertTrue(backwards.body().contains("invalid-range"), backwards.body());
  }

  @Test
  void suggestGivesTheAdvisorsSuggestions() {
    HttpResponse<String> response = http.post("/v1/suggest?group=varkaus-lape&asOf=" + DAY,
        Http.sample());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(json(Locale.ENGLISH).write(advisor.suggest(sample, "varkaus-lape", DAY,
        SuggestionOptions.defaults())), response.body());
    JsonNode body = Http.json(response);
    assertEquals("lape-suggestions", body.get("format").asString());

    HttpResponse<String> warnings = http.post(
        "/v1/suggest?group=varkaus-lape&warnings=true&policy=pohjois-savo-2017&asOf=" + DAY,
        Http.sample(), "Accept-Language", "sv");
    assertEquals(200, warnings.statusCode(), warnings.body());
    assertEquals(json(SV).write(Advisor.of(GroupAssessor.of(Policies.pohjoisSavo2017()))
        .suggest(sample, "varkaus-lape", DAY, SuggestionOptions.defaults().withWarnings(true))),
        warnings.body());
  }

  @Test
  void suggestTakesTheUsersCandidatesInAForm() {
    HttpResponse<String> response = http.postForm("/v1/suggest?group=varkaus-lape&asOf=" + DAY,
        List.of("dataset", Http.sample(), "candidates", PARENT), "Accept-Language", "fi");
    assertEquals(200, response.statusCode(), response.body());
    SuggestionOptions options = AdvisorJson.standard().readSuggestionRequest(PARENT)
        .applyTo(SuggestionOptions.defaults());
    assertEquals(json(FI).write(advisor.suggest(sample, "varkaus-lape", DAY, options)),
        response.body());
    // The user's candidate joins the sample's seven of the region.
    assertEquals(8, Http.json(response).get("candidates").asInt());
    // The request's own asOf applies when the query names none, as with lape suggest.
    String dated = PARENT.replace("\"includeWarnings\"", "\"asOf\": \"2017-11-01\", "
        + "\"includeWarnings\"");
    assertEquals(response.body(), http.postForm("/v1/suggest?group=varkaus-lape",
        List.of("dataset", Http.sample(), "candidates", dated), "Accept-Language", "fi").body());
  }

  @Test
  void namesOnlyWhenAsked() {
    String path = "/v1/suggest?group=varkaus-lape&asOf=" + DAY;
    String withName = Http.sample().replace("{\"id\": \"p-siilinjarvi-04\"}",
        "{\"id\": \"p-siilinjarvi-04\", \"name\": \"Maija Meikäläinen\"}");
    Dataset named = LapeJson.standard().readDataset(withName);
    HttpResponse<String> plain = http.post(path, withName);
    HttpResponse<String> asked = http.post(path + "&showNames=true", withName);
    assertEquals(200, asked.statusCode(), asked.body());
    assertEquals(AdvisorJson.builder().names(named).build().write(advisor.suggest(named,
        "varkaus-lape", DAY, SuggestionOptions.defaults())), asked.body());
    assertTrue(asked.body().contains("Maija Meikäläinen"), asked.body());
    assertFalse(plain.body().contains("Maija"), plain.body());
    assertNotEquals(plain.body(), asked.body());
    HttpResponse<String> bad = http.post(path + "&showNames=yes", Http.sample());
    assertEquals(400, bad.statusCode());
    assertEquals("showNames", Http.json(bad).get("parameter").asString());
  }

  @Test
  void whatIfGivesTheAdvisorsAnswer() {
    HttpResponse<String> response = http.postForm("/v1/what-if?group=orimattila-lape",
        List.of("dataset", Http.sample(), "change", Http.change()), "Accept-Language", "sv");
    assertEquals(200, response.statusCode(), response.body());
    Change change = AdvisorJson.standard().readChange(Http.change());
    assertEquals(json(SV).write(advisor.whatIf(sample, change)), response.body());
    assertEquals("lape-what-if", Http.json(response).get("format").asString());

    HttpResponse<String> dated = http.postForm(
        "/v1/what-if?group=orimattila-lape&asOf=2018-08-01&from=2018-01-01&to=2018-12-31",
        List.of("change", Http.change(), "dataset", Http.sample()));
    assertEquals(200, dated.statusCode(), dated.body());
    assertEquals(json(Locale.ENGLISH).write(advisor.whatIf(sample, change,
        LocalDate.of(2018, 8, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))),
        dated.body());
  }

  @Test
  void whatIfWantsAFormWithBothParts() {
    String path = "/v1/what-if?group=orimattila-lape";
    HttpResponse<String> json = http.post(path, Http.sample(), "Accept-Language", "fi");
    assertEquals(415, json.statusCode());
    assertTrue(Http.json(json).get("detail").asString().contains("multipart/form-data"));

    HttpResponse<String> missing = http.postForm(path, List.of("dataset", Http.sample(),
        "chnage", Http.change()));
    assertEquals(400, missing.statusCode(), missing.body());
    JsonNode problem = Http.json(missing);
    assertEquals("urn:fi.lape:problem:invalid-form", problem.get("type").asString());
    assertEquals(2, problem.get("problems").size(), missing.body());
    assertEquals("unknown-member", problem.get("problems").get(0).get("code").asString());
    assertFalse(missing.body().contains("chnage"), "the client's part name is not quoted back");
    JsonNode lacking = problem.get("problems").get(1);
    assertEquals("change", lacking.get("part").asString());
    assertEquals("missing-member", lacking.get("code").asString());

    HttpResponse<String> twice = http.postForm(path, List.of("dataset", Http.sample(),
        "change", Http.change(), "change", Http.change()));
    assertEquals(400, twice.statusCode());
    assertEquals("repeated-member",
        Http.json(twice).get("problems").get(0).get("code").asString());

    HttpResponse<String> noBoundary = http.send(java.net.http.HttpRequest.newBuilder(
            server.uri().resolve(path)).header("Content-Type", "multipart/form-data")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")));
    assertEquals(400, noBoundary.statusCode());
    assertEquals("urn:fi.lape:problem:invalid-form",
        Http.json(noBoundary).get("type").asString());
  }

  @Test
  void aBadChangeIsLocatedInItsPart() {
    String broken = Http.change().replace("2018-06-30", "2018-06-31");
    HttpResponse<String> response = http.postForm("/v1/what-if?group=orimattila-lape",
        List.of("dataset", Http.sample(), "change", broken), "Accept-Language", "fi");
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("application/problem+json", Http.mediaType(response));
    JsonNode problem = Http.json(response);
    assertEquals("urn:fi.lape:problem:invalid-document", problem.get("type").asString());
    JsonNode first = problem.get("problems").get(0);
    assertEquals("change", first.get("part").asString());
    assertEquals("/steps/0/day", first.get("pointer").asString());
    assertEquals(6, first.get("line").asInt());
    assertEquals("invalid-date", first.get("code").asString());
    assertEquals("arvo ei kelpaa: odotettiin päivämäärä muodossa VVVV-KK-PP",
        first.get("message").asString());

    HttpResponse<String> dataset = http.postForm("/v1/what-if?group=orimattila-lape",
        List.of("dataset", "{\"format\": \"lape-dataset\",\n \"version\": 1}", "change",
            Http.change()));
    assertEquals(400, dataset.statusCode());
    JsonNode located = Http.json(dataset).get("problems").get(0);
    assertEquals("dataset", located.get("part").asString());
    assertEquals(2, located.get("line").asInt());
    assertEquals("wrong-type", located.get("code").asString());
  }

  @Test
  void aChangeThatDoesNotFitTheDatasetNamesItsStep() {
    String path = "/v1/what-if?group=orimattila-lape";
    String twoSteps = Http.change().replace("\"day\": \"2018-06-30\"}",
        "\"day\": \"2018-06-30\"},\n    {\"op\": \"END\", \"membershipId\": "
            + "\"m-nobody\", \"day\": \"2018-07-31\"}");
    HttpResponse<String> response = http.postForm(path,
        List.of("dataset", Http.sample(), "change", twoSteps), "Accept-Language", "sv");
    assertEquals(422, response.statusCode(), response.body());
    JsonNode problem = Http.json(response);
    assertEquals("urn:fi.lape:problem:inapplicable-change", problem.get("type").asString());
    assertEquals("Ändringen passar inte datamängden", problem.get("title").asString());
    JsonNode step = problem.get("problems").get(0);
    assertEquals("/steps/1/membershipId", step.get("pointer").asString());
    assertEquals("dangling-reference", step.get("code").asString());
    assertFalse(response.body().contains("m-nobody"));

    String added = Http.change().replace("{\"op\": \"END\", \"membershipId\": "
        + "\"m-orimattila-lape-08\", \"day\": \"2018-06-30\"}", "{\"op\": \"ADD\", "
        + "\"day\": \"2018-01-01\", \"membership\": {\"id\": \"m-orimattila-lape-01\", "
        + "\"personId\": \"p-orimattila-01\"}}");
    HttpResponse<String> duplicate = http.postForm(path,
        List.of("dataset", Http.sample(), "change", added));
    assertEquals(422, duplicate.statusCode(), duplicate.body());
    JsonNode dup = Http.json(duplicate).get("problems").get(0);
    assertEquals("/steps/0/membership/id", dup.get("pointer").asString());
    assertEquals("duplicate-id", dup.get("code").asString());

    HttpResponse<String> other = http.postForm("/v1/what-if?group=hollola-lape",
        List.of("dataset", Http.sample(), "change", Http.change()));
    assertEquals(422, other.statusCode(), other.body());
    assertEquals("urn:fi.lape:problem:change-group", Http.json(other).get("type").asString());
    assertEquals("/groupId", Http.json(other).get("problems").get(0).get("pointer").asString());

    HttpResponse<String> unknown = http.postForm("/v1/what-if?group=nobody",
        List.of("dataset", Http.sample(), "change", Http.change()));
    assertEquals(422, unknown.statusCode());
    assertEquals("urn:fi.lape:problem:unknown-group", Http.json(unknown).get("type").asString());

    HttpResponse<String> range = http.postForm(path + "&from=2018-01-01&to=2017-01-01",
        List.of("dataset", Http.sample(), "change", Http.change()));
    assertEquals(400, range.statusCode());
    assertEquals("to", Http.json(range).get("parameter").asString());
  }

  @Test
  void candidatesThatDoNotFitAreLocated() {
    String candidates = """
        {"format": "lape-suggestion-request", "version": "1.0",
         "candidates": [{"id": "c1", "organisationId": "org-nowhere", "sectors": ["NGO"]},
                        {"id": "c2", "voices": ["PARENTS"]}]}""";
    HttpResponse<String> response = http.postForm("/v1/suggest?group=varkaus-lape&asOf=" + DAY,
        List.of("dataset", Http.sample(), "candidates", candidates), "Accept-Language", "fi");
    assertEquals(422, response.statusCode(), response.body());
    JsonNode problem = Http.json(response);
    assertEquals("urn:fi.lape:problem:inapplicable-candidates", problem.get("type").asString());
    JsonNode first = problem.get("problems").get(0);
    assertEquals("candidates", first.get("part").asString());
    assertEquals("/candidates/0/organisationId", first.get("pointer").asString());
    assertEquals("dangling-reference", first.get("code").asString());
    assertEquals("aineistossa ei ole organisaatiota tällä tunnuksella",
        first.get("message").asString());

    HttpResponse<String> unreadable = http.postForm("/v1/suggest?group=varkaus-lape",
        List.of("dataset", Http.sample(), "candidates", "{\"format\": \"lape-suggestion-request\","
            + " \"version\": \"1.0\", \"candidates\": [{\"id\": \"x\", \"bogus\": 1}]}"));
    assertEquals(400, unreadable.statusCode(), unreadable.body());
    JsonNode located = Http.json(unreadable).get("problems").get(0);
    assertEquals("candidates", located.get("part").asString());
    assertEquals("unknown-member", located.get("code").asString());
    assertTrue(located.get("pointer").asString().startsWith("/candidates/0"), located.toString());
  }

  @Test
  void suggestChecksItsParameters() {
    HttpResponse<String> group = http.post("/v1/suggest", Http.sample());
    assertEquals(400, group.statusCode());
    assertEquals("group", Http.json(group).get("parameter").asString());
    HttpResponse<String> warnings = http.post("/v1/suggest?group=varkaus-lape&warnings=1",
        Http.sample(), "Accept-Language", "fi");
    assertEquals(400, warnings.statusCode());
    assertEquals("Ei tosi eikä epätosi", Http.json(warnings).get("title").asString());
    HttpResponse<String> unknown = http.post("/v1/suggest?group=maija%40example.fi",
        Http.sample());
    assertEquals(422, unknown.statusCode());
    assertFalse(unknown.body().contains("maija"));
  }
}
