package fi.lape.report.internal;

import fi.lape.core.Group;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.report.AssessedSource;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI tools read it: a {@code testsuites} root, a {@code testsuite} per source, a
 * {@code testcase} per group and a {@code failure} per error finding; warnings and advice go to
 * the test case's {@code system-out}. Written with the JDK's StAX writer, which escapes.
 */
public final class JUnitReport {
  private final ReportTexts texts;
  private final Locale locale;
  private final CoveragePolicy policy;

  /** JUnit XML of sources assessed under {@code policy}, with texts in {@code locale}. */
  public JUnitReport(Locale locale, CoveragePolicy policy) {
    this.texts = new ReportTexts(locale);
    this.locale = texts.locale();
    this.policy = policy;
  }

  /** Writes the JUnit XML of {@code sources} to {@code out} (declared as UTF-8). */
  public void write(List<AssessedSource> sources, Writer out) {
    try {
      // The JDK's own writer: another StAX on the class path (aalto-xml, which lape-sheets'
      // fastexcel-reader brings) would otherwise be picked and write a different declaration.
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      int tests = 0;
      int failures = 0;
      for (AssessedSource source : sources) {
        tests += source.report().groups().size();
        failures += errors(source.report().groups());
      }
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "lape");
      counts(xml, tests, failures);
      for (AssessedSource source : sources) {
        suite(xml, source);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("JUnit XML could not be written", e);
    }
  }

  private void suite(XMLStreamWriter xml, AssessedSource source) throws XMLStreamException {
    List<GroupAssessment> groups = source.report().groups();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", clean(source.label()));
    counts(xml, groups.size(), errors(groups));
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    property(xml, "asOf", source.report().asOf().toString());
    property(xml, "policy", source.report().policyId());
    property(xml, "policyName", policy.name());
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
    for (GroupAssessment group : groups) {
      testCase(xml, source, group);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private void testCase(XMLStreamWriter xml, AssessedSource source, GroupAssessment group)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    String name = source.dataset().group(group.groupId()).map(Group::name)
        .map(n -> group.groupId() + " (" + n + ")").orElse(group.groupId());
    xml.writeAttribute("name", clean(name));
    xml.writeAttribute("classname", "lape." + group.groupKind().name().toLowerCase(Locale.ROOT));
    List<String> notes = new ArrayList<>();
    for (Finding f : group.findings()) {
      String line = texts.get("junit.failure", f.severity().displayName(locale), id(f),
          f.message(locale));
      if (f.severity() == Severity.ERROR) {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("failure");
        xml.writeAttribute("type", id(f));
        xml.writeAttribute("message", clean(f.message(locale)));
        String text = f.citation().isBlank() ? line
            : line + "\n" + texts.get("junit.citation", f.citation());
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
      } else {
        notes.add(line);
      }
    }
    if (!notes.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(clean(String.join("\n", notes)));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", clean(value));
  }

  private static void counts(XMLStreamWriter xml, int tests, int failures)
      throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
  }

  /** How many groups fail: a test case fails when the group has an error finding. */
  private static int errors(List<GroupAssessment> groups) {
    return (int) groups.stream().filter(g -> !g.isCompliant()).count();
  }

  private static String id(Finding f) {
    return f.requirementId().filter(r -> !r.equals(f.ruleId())).orElse(f.ruleId());
  }

  /**
   * The text without the characters XML 1.0 cannot hold at all (control characters other than
   * tab and line breaks), which StAX would write as they are; escaping is StAX's.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(c < 0x20 && c != '\t' && c != '\n'
        && c != '\r' || c == 0xFFFE || c == 0xFFFF ? 0xFFFD : c));
    return out.toString();
  }
}
