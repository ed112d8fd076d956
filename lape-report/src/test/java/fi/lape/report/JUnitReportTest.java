package fi.lape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit XML that parses, with the counts and the structure CI tools read. */
class JUnitReportTest {
  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> (Element) nodes.item(i)).collect(Collectors.toList());
  }

  @Test
  void oneTestCasePerGroupAndAFailurePerErrorFinding() throws Exception {
    AssessedSource source = Fixtures.source();
    String xml = Fixtures.write(ReportFormat.JUNIT, "fi", List.of(source, source));
    Element root = parse(xml).getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("4", root.getAttribute("tests"));
    assertEquals("2", root.getAttribute("failures"));
    assertEquals("0", root.getAttribute("errors"));

    List<Element> suites = elements(root, "testsuite");
    assertEquals(2, suites.size());
    Element suite = suites.get(0);
    assertEquals("data/groups.json", suite.getAttribute("name"));
    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    List<Element> cases = elements(suite, "testcase");
    assertEquals(2, cases.size());
    for (int i = 0; i < cases.size(); i++) {
      GroupAssessment group = source.report().groups().get(i);
      Element testCase = cases.get(i);
      assertTrue(testCase.getAttribute("name").startsWith(group.groupId() + " ("),
          testCase.getAttribute("name"));
      assertEquals("lape.municipal_lape_group", testCase.getAttribute("classname"));
      List<String> errors = group.findings().stream()
          .filter(f -> f.severity() == Severity.ERROR).map(JUnitReportTest::id)
          .collect(Collectors.toList());
      List<String> failures = elements(testCase, "failure").stream()
          .map(f -> f.getAttribute("type")).collect(Collectors.toList());
      assertEquals(errors, failures, group.groupId());
      for (Element failure : elements(testCase, "failure")) {
        assertTrue(failure.getTextContent().contains("Lähde: "), failure.getTextContent());
        assertTrue(failure.getTextContent().startsWith("virhe "), failure.getTextContent());
      }
    }
    // The compliant group's warnings are not failures but stay visible in its output.
    assertTrue(elements(cases.get(0), "system-out").get(0).getTextContent()
        .contains("varoitus"), xml);
  }

  @Test
  void textsFromTheDataAreEscapedAndCharactersXmlCannotHoldAreReplaced() throws Exception {
    Dataset dataset = Fixtures.dataset();
    Group group = dataset.group("hollola-lape").orElseThrow();
    Dataset odd = Dataset.builder().from(dataset).groups(List.of(
        dataset.group("orimattila-lape").orElseThrow(),
        Group.builder().from(group).name("Bell \u0007 & <tag> \"quoted\"").build())).build();
    String xml = Fixtures.write(ReportFormat.JUNIT, "en",
        List.of(Fixtures.source(odd, "x.json")));
    Element root = parse(xml).getDocumentElement();
    Element testCase = elements(root, "testcase").get(1);
    assertEquals("hollola-lape (Bell \uFFFD & <tag> \"quoted\")", testCase.getAttribute("name"));
  }

  private static String id(Finding f) {
    return f.requirementId().filter(r -> !r.equals(f.ruleId())).orElse(f.ruleId());
  }
}
