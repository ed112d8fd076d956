package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Problems leak no personal data, forge no lines and carry a stable code in three languages. */
class ProblemShapingTest {
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final Locale SV = Locale.forLanguageTag("sv");

  private static List<JsonProblem> problems(String json) {
    return assertThrows(LapeJsonException.class, () -> LapeJson.standard().readDataset(json))
        .problems();
  }

  private static String everything(LapeJsonException e) {
    return e.getMessage() + e.problems().stream()
        .map(p -> p.pointer() + p.message() + p.message(FI) + p.message(SV))
        .collect(Collectors.joining());
  }

  @Test
  void aMemberNamedAfterAPersonIsShapedInThePointerAndTheMessage() {
    String json = "{\"format\":\"lape-dataset\",\"version\":\"1.0\",\"persons\":[{\"id\":\"p1\","
        + "\"Matti Meikäläinen\":1}]}";
    LapeJsonException e =
        assertThrows(LapeJsonException.class, () -> LapeJson.standard().readDataset(json));
    JsonProblem p = e.problems().get(0);
    assertEquals(ProblemCode.UNKNOWN_MEMBER, p.code());
    assertEquals("/persons/0/aaaaa aaaaaaaaaaa", p.pointer());
    assertFalse(everything(e).contains("Matti"), everything(e));
    assertFalse(everything(e).contains("Meik"), everything(e));
  }

  @Test
  void controlCharactersInAKeyAreEscapedEverywhere() {
    String json = "{\"format\":\"lape-dataset\",\"version\":\"1.0\",\"persons\":[{\"id\":\"p1\","
        + "\"x\\nline 2, column 1 at /: forged\\u001b[31m\":1}]}";
    LapeJsonException e =
        assertThrows(LapeJsonException.class, () -> LapeJson.standard().readDataset(json));
    for (JsonProblem p : e.problems()) {
      for (String text : List.of(p.pointer(), p.message(), p.message(FI), p.message(SV),
          p.toString())) {
        assertTrue(text.chars().noneMatch(Character::isISOControl), text);
      }
    }
    assertEquals(1, e.getMessage().lines().filter(l -> l.contains("at /")).count(),
        e.getMessage());
  }

  @Test
  void anIdThatLooksLikeAnEmailAddressIsShapedAndNotedOnce() {
    String json = "{\"format\":\"lape-dataset\",\"version\":\"1.0\",\"persons\":["
        + "{\"id\":\"matti@example.fi\"},{\"id\":\"matti@example.fi\"},"
        + "{\"id\":\"0401234567\"},{\"id\":\"0401234567\"}]}";
    LapeJsonException e =
        assertThrows(LapeJsonException.class, () -> LapeJson.standard().readDataset(json));
    assertFalse(everything(e).contains("matti"), everything(e));
    assertFalse(everything(e).contains("401234567"), everything(e));
    List<ProblemCode> codes =
        e.problems().stream().map(JsonProblem::code).collect(Collectors.toList());
    assertEquals(List.of(ProblemCode.DUPLICATE_ID, ProblemCode.DUPLICATE_ID,
        ProblemCode.IDENTIFYING_ID), codes);
    assertTrue(e.problems().get(0).message().contains("shaped \"aaaaa@aaaaaaa.aa\""),
        e.problems().get(0).message());
  }

  @Test
  void aPlainIdIsQuoted() {
    List<JsonProblem> problems = problems("{\"format\":\"lape-dataset\",\"version\":\"1.0\","
        + "\"persons\":[{\"id\":\"p-017\"},{\"id\":\"p-017\"}]}");
    assertEquals(1, problems.size());
    assertEquals("person id \"p-017\" is used twice (first at /persons/0/id)",
        problems.get(0).message());
  }

  @Test
  void syntaxErrorsNameNoJacksonFeature() {
    for (String number : List.of("+1", "NaN", "01", "Infinity")) {
      String json = "{\"format\":\"lape-dataset\",\"version\":\"1.0\",\"x\":" + number + "}";
      JsonProblem p = problems(json).get(0);
      assertEquals(ProblemCode.MALFORMED_JSON, p.code(), p::toString);
      for (String text : List.of(p.message(), p.message(FI), p.message(SV))) {
        assertFalse(text.contains("ALLOW_") || text.contains("Feature") || text.contains("jackson"),
            text);
      }
    }
  }

  @Test
  void everyProblemReadsInFinnishAndSwedish() {
    JsonProblem p = problems("{\"format\":\"lape-dataset\",\"version\":\"1.0\",\"groups\":"
        + "[{\"id\":\"g1\",\"kind\":\"LAPE_GROUP\",\"name\":\"G\",\"scope\":{\"region\":\"07\"}}]}")
        .get(0);
    assertEquals(ProblemCode.UNKNOWN_CODE, p.code());
    assertTrue(p.message(FI).startsWith("tuntematon koodi \"LAPE_GROUP\""), p.message(FI));
    assertTrue(p.message(SV).startsWith("okänd kod \"LAPE_GROUP\""), p.message(SV));
  }

  @Test
  void theBundlesHaveTheSameKeys() throws Exception {
    java.util.Properties en = new java.util.Properties();
    java.util.Properties fi = new java.util.Properties();
    java.util.Properties sv = new java.util.Properties();
    String base = "/fi/lape/json/internal/problems";
    try (var a = getClass().getResourceAsStream(base + ".properties");
        var b = getClass().getResourceAsStream(base + "_fi.properties");
        var c = getClass().getResourceAsStream(base + "_sv.properties")) {
      en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
      fi.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
      sv.load(new java.io.InputStreamReader(c, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals(en.keySet(), fi.keySet());
    assertEquals(en.keySet(), sv.keySet());
  }
}
