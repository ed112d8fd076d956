package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Requirement;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

class LapeModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new LapeModule()).build();
  private final LapeJson compact = LapeJson.builder().pretty(false).build();

  @Test
  void moduleIsFoundThroughTheServiceLoader() {
    assertTrue(StreamSupport.stream(ServiceLoader.load(JacksonModule.class).spliterator(), false)
        .anyMatch(m -> m instanceof LapeModule));
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertEquals(Fixtures.dataset(),
        found.readValue(Resources.text("/examples/dataset.json"), Dataset.class));
  }

  @Test
  void moduleVersionIsThisBuildsVersion() {
    LapeModule module = new LapeModule();
    assertEquals("lape", module.getModuleName());
    assertFalse(module.version().isUnknownVersion());
    assertEquals("fi.lape", module.version().getGroupId());
    assertEquals("lape-json", module.version().getArtifactId());
  }

  @Test
  void documentsWrittenByAMapperAreTheCompactCanonicalDocuments() {
    assertEquals(compact.write(Fixtures.dataset()), mapper.writeValueAsString(Fixtures.dataset()));
    assertEquals(compact.write(Fixtures.policy()), mapper.writeValueAsString(Fixtures.policy()));
    assertEquals(compact.write(Fixtures.report()), mapper.writeValueAsString(Fixtures.report()));
  }

  @Test
  void documentsReadByAMapperEqualThoseReadByLapeJson() {
    assertEquals(Fixtures.dataset(),
        mapper.readValue(Resources.text("/examples/dataset.json"), Dataset.class));
    assertEquals(Fixtures.policy(),
        mapper.readValue(Resources.text("/examples/policy.json"), CoveragePolicy.class));
    assertEquals(Fixtures.report(),
        mapper.readValue(Resources.text("/examples/report.json"), AssessmentReport.class));
  }

  @Test
  void partsRoundTripInTheirDocumentShape() {
    Group group = Fixtures.dataset().groups().get(2);
    String json = mapper.writeValueAsString(group);
    assertTrue(json.startsWith("{\"id\":\"paijat-hame-parents\",\"kind\":"), json);
    assertEquals(group, mapper.readValue(json, Group.class));
    Membership membership = group.memberships().get(0);
    assertEquals(membership,
        mapper.readValue(mapper.writeValueAsString(membership), Membership.class));
    Requirement requirement = Fixtures.policy().requirements().get(1);
    assertEquals(requirement,
        mapper.readValue(mapper.writeValueAsString(requirement), Requirement.class));
    GroupAssessment assessment = Fixtures.report().groups().get(1);
    assertEquals(assessment,
        mapper.readValue(mapper.writeValueAsString(assessment), GroupAssessment.class));
    Finding finding = assessment.findings().get(1);
    assertEquals(finding, mapper.readValue(mapper.writeValueAsString(finding), Finding.class));
    Term term = membership.term();
    assertEquals("{\"start\":\"2017-08-01\",\"end\":\"2017-12-31\"}",
        mapper.writeValueAsString(term));
  }

  /** An application's own message that carries a lape dataset. */
  record Upload(String municipality, Dataset dataset) {}

  @Test
  void lapeValuesNestInsideAnApplicationsOwnTypes() {
    Upload upload = new Upload("560", Fixtures.dataset());
    String json = mapper.writeValueAsString(upload);
    assertEquals(upload, mapper.readValue(json, Upload.class));
  }

  @Test
  void badInputThroughAMapperThrowsTheReadersProblems() {
    String bad = "{\"id\": \"m1\", \"personId\": \"p 1\",\n \"term\": {\"start\": \"2018-01-01\","
        + " \"end\": \"2017-01-01\"}}";
    LapeJsonException e = assertThrows(LapeJsonException.class,
        () -> mapper.readValue(bad, Membership.class));
    assertEquals(2, e.problems().size(), e::getMessage);
    assertEquals("/personId", e.problems().get(0).pointer());
    assertEquals("/term/end", e.problems().get(1).pointer());
    assertEquals(2, e.problems().get(1).line());
  }

  @Test
  void truncatedInputThroughAMapperIsAProblem() {
    LapeJsonException e = assertThrows(LapeJsonException.class,
        () -> mapper.readValue("{\"id\": \"m1\", \"term\": {\"start\": \"2017-01-01\"",
            Membership.class));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).message().contains("ends too early"), e::getMessage);
  }

  @Test
  void valuesReadFromATreeHaveProblemsWithoutPositions() {
    JsonNode tree = mapper.readTree(Resources.text("/examples/dataset.json"));
    assertEquals(Fixtures.dataset(), mapper.treeToValue(tree, Dataset.class));
    ((ObjectNode) tree.get("persons").get(1)).put("id", "p-001");
    LapeJsonException e = assertThrows(LapeJsonException.class,
        () -> mapper.treeToValue(tree, Dataset.class));
    assertEquals("/persons/1/id", e.problems().get(0).pointer());
    assertEquals(0, e.problems().get(0).line());
  }

  @Test
  void aConfiguredModuleLeavesOutPersonalData() {
    JsonMapper pseudonymising = JsonMapper.builder()
        .addModule(LapeJson.builder().omitPersonalData(true).build().module()).build();
    Person person = Fixtures.dataset().persons().get(0);
    assertTrue(person.hasPersonalData());
    assertEquals("{\"id\":\"p-001\"}", pseudonymising.writeValueAsString(person));
  }
}
