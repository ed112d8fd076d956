package fi.lape.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fi.lape.core.Branch;
import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.Voice;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every document the advisor writes validates against its schema; reading reports where. */
class AdvisorJsonTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<AdvisorJson.Document, Schema> SCHEMAS =
      new EnumMap<>(AdvisorJson.Document.class);

  static {
    for (AdvisorJson.Document d : AdvisorJson.Document.values()) {
      SCHEMAS.put(d, REGISTRY.getSchema(AdvisorJson.schema(d)));
    }
  }

  static List<String> errors(AdvisorJson.Document d, String json) {
    List<Error> errors = SCHEMAS.get(d).validate(json, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .collect(Collectors.toList());
  }

  private static final Advisor ADVISOR = AdvisorTest.ADVISOR;
  private static final AdvisorJson PRETTY_FI =
      AdvisorJson.builder().language(Locale.forLanguageTag("fi")).pretty(true).build();

  @Test
  void suggestionsValidateInEveryShape() {
    Dataset dataset = TinyData.dataset();
    Candidate ngo = Candidate.builder("mll").organisationId("mll").addSector(Sector.NGO).build();
    List<Suggestions> all = List.of(
        ADVISOR.suggest(dataset, "lape", TinyData.DAY, SuggestionOptions.defaults()),
        ADVISOR.suggest(dataset, "lape", TinyData.DAY, SuggestionOptions.defaults()
            .withDatasetPool(false).withCandidates(List.of(ngo))),
        ADVISOR.suggest(dataset, "project", TinyData.DAY, SuggestionOptions.defaults()));
    for (Suggestions s : all) {
      for (AdvisorJson json : List.of(AdvisorJson.standard(), PRETTY_FI)) {
        String out = json.write(s);
        assertEquals(List.of(), errors(AdvisorJson.Document.SUGGESTIONS, out), out);
      }
    }
    String partial = AdvisorJson.standard().write(all.get(1));
    assertTrue(partial.contains("\"status\":\"PARTIAL\""), partial);
    assertTrue(partial.contains("\"unmeetable\":[{\"ruleId\":\"LAPE-M02\""), partial);
  }

  @Test
  void namesOnlyWhenAsked() {
    Dataset plain = TinyData.dataset();
    List<Person> persons = new ArrayList<>();
    for (Person p : plain.persons()) {
      persons.add(p.id().equals("q2") ? Person.builder().id("q2").name("Terttu Terveydenhoitaja")
          .build() : p);
    }
    Dataset named = Dataset.builder().from(plain).persons(persons).build();
    Suggestions s = ADVISOR.suggest(named, "lape", TinyData.DAY, SuggestionOptions.defaults());
    assertFalse(AdvisorJson.standard().write(s).contains("Terttu"));
    String shown = AdvisorJson.builder().names(named).build().write(s);
    assertTrue(shown.contains("\"name\":\"Terttu Terveydenhoitaja\""), shown);
    assertEquals(List.of(), errors(AdvisorJson.Document.SUGGESTIONS, shown));
  }

  @Test
  void timelineAndWhatIfValidate() {
    Dataset dataset = TinyData.dataset();
    Change change = new Change("lape", List.of(
        ChangeStep.add(Membership.builder().id("new-1").personId("newcomer")
            .organisationId("county").addSector(Sector.CHILD_PROTECTION)
            .term(Term.from(LocalDate.of(2018, 2, 1))).build()),
        ChangeStep.end("m2", LocalDate.of(2018, 5, 31))));
    WhatIf w = ADVISOR.whatIf(dataset, change);
    String out = PRETTY_FI.write(w);
    assertEquals(List.of(), errors(AdvisorJson.Document.WHAT_IF, out), out);
    String timeline = AdvisorJson.standard().write(w.timelineAfter(), w.policyId());
    assertEquals(List.of(), errors(AdvisorJson.Document.TIMELINE, timeline), timeline);
    String changeDoc = AdvisorJson.standard().write(change);
    assertEquals(List.of(), errors(AdvisorJson.Document.CHANGE, changeDoc), changeDoc);
    assertEquals(change, AdvisorJson.standard().readChange(changeDoc));
  }

  @Test
  void requestIsRead() {
    String json = """
        {"format": "lape-suggestion-request", "version": "1.0", "groupId": "lape",
         "includeWarnings": true,
         "candidates": [
           {"id": "a-parent", "voices": ["PARENTS"]},
           {"id": "mll", "organisationId": "mll", "sectors": ["NGO"], "role": "MEMBER"},
           {"id": "p-9", "personId": "p-9", "duties": ["MEETING_PLACE_RESPONSIBLE"]}
         ]}""";
    assertEquals(List.of(), errors(AdvisorJson.Document.SUGGESTION_REQUEST, json));
    SuggestionRequest r = AdvisorJson.standard().readSuggestionRequest(json);
    assertEquals("lape", r.groupId().orElseThrow());
    assertEquals(List.of(Candidate.Kind.ROLE, Candidate.Kind.ORGANISATION, Candidate.Kind.PERSON),
        r.candidates().stream().map(Candidate::kind).toList());
    assertTrue(r.applyTo(SuggestionOptions.defaults()).includeWarnings());
  }

  @Test
  void badDocumentsSayWhere() {
    AdvisorJsonException e = assertThrows(AdvisorJsonException.class, () ->
        AdvisorJson.standard().readSuggestionRequest("""
            {"format": "lape-suggestion-request", "version": "1.0",
             "candidates": [{"id": "x", "sectors": ["NGO", "BOGUS"]}]}"""));
    AdvisorJsonException.Problem p = e.problems().get(0);
    assertEquals("/candidates/0/sectors/1", p.pointer());
    assertEquals(2, p.line());
    assertTrue(p.message(Locale.ENGLISH).contains("EARLY_CHILDHOOD_EDUCATION"));
    assertFalse(p.message(Locale.ENGLISH).contains("BOGUS"));

    e = assertThrows(AdvisorJsonException.class, () -> AdvisorJson.standard().readChange("""
        {"format": "lape-change", "version": "1.0", "groupId": "g",
         "steps": [{"op": "END", "day": "2018-02-30", "membershipId": "m"}]}"""));
    assertEquals("/steps/0/day", e.problems().get(0).pointer());
    assertEquals("arvo ei kelpaa: odotettiin päivämäärä muodossa VVVV-KK-PP",
        e.problems().get(0).message(Locale.forLanguageTag("fi")));

    e = assertThrows(AdvisorJsonException.class, () -> AdvisorJson.standard().readChange("""
        {"format": "lape-dataset", "version": "1.0", "groupId": "g",
         "steps": [{"op": "LEAVE", "day": "2018-02-28"}, {"op": "ADD", "day": "2018-02-28"}]}"""));
    assertEquals(List.of("/format", "/steps/0/op", "/steps/1"),
        e.problems().stream().map(AdvisorJsonException.Problem::pointer).toList());
    assertEquals("membership saknas",
        e.problems().get(2).message(Locale.forLanguageTag("sv")));

    e = assertThrows(AdvisorJsonException.class, () -> AdvisorJson.standard().readChange(
        "{\"format\": \"lape-change\",\n \"stepz\": []}"));
    assertEquals("/stepz", e.problems().get(0).pointer());
    assertEquals("unknown field stepz", e.problems().get(0).message(Locale.ENGLISH));

    e = assertThrows(AdvisorJsonException.class, () -> AdvisorJson.standard().readChange(
        "{\"format\": \"lape-change\",\n \"steps\": [}"));
    assertEquals(2, e.problems().get(0).line());
    assertEquals("syntax", e.problems().get(0).key());
  }

  @Test
  void aNameTypedAsAMemberIsShownOnlyByItsShape() {
    AdvisorJsonException e = assertThrows(AdvisorJsonException.class, () ->
        AdvisorJson.standard().readSuggestionRequest("""
            {"format": "lape-suggestion-request", "version": "1.0",
             "candidates": [{"id": "x", "Matti Meikäläinen": "matti@example.fi"}]}"""));
    AdvisorJsonException.Problem p = e.problems().get(0);
    assertEquals("/candidates/0/aaaaa aaaaaaaaaaa", p.pointer());
    for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"),
        Locale.forLanguageTag("sv"))) {
      String message = p.message(language);
      assertFalse(message.contains("Matti") || message.contains("matti"), message);
      assertTrue(message.contains("aaaaa aaaaaaaaaaa"), message);
    }
  }

  @Test
  void schemasListEveryCode() throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Class<? extends Enum<?>>> types = Map.of("Sector", Sector.class, "Voice",
        Voice.class, "Duty", Duty.class, "Role", Role.class, "Branch", Branch.class, "Severity",
        Severity.class, "Verdict", Verdict.class, "GroupKind", GroupKind.class);
    for (AdvisorJson.Document d : AdvisorJson.Document.values()) {
      JsonNode defs = mapper.readTree(AdvisorJson.schema(d)).get("$defs");
      for (Map.Entry<String, Class<? extends Enum<?>>> t : types.entrySet()) {
        if (defs.has(t.getKey())) {
          List<String> listed = new ArrayList<>();
          defs.get(t.getKey()).get("enum").forEach(n -> listed.add(n.asString()));
          assertEquals(Arrays.stream(t.getValue().getEnumConstants()).map(Enum::name).toList(),
              listed, d + " " + t.getKey());
        }
      }
    }
  }
}
