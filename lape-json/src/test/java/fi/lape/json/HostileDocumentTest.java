package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.rules.GroupAssessor;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A hostile document, made as an attacker would make it (issue 11): about 1 MB of the smallest
 * municipal LAPE groups lape accepts, all in one municipality, each with one member, so that every
 * group is "another group of the municipality" to every other (LAPE-M13) and the naive report
 * grows with the pairs of groups. The report, streamed as lape writes it, stays within {@link
 * AssessPathFuzzTest#REPORT_BYTES_PER_INPUT_BYTE} times the document's size.
 */
class HostileDocumentTest {
  private static final int TARGET_BYTES = 1024 * 1024;

  /** The document: compact, as small per group as the format allows. */
  static String hostile(int targetBytes) {
    StringBuilder persons = new StringBuilder();
    StringBuilder groups = new StringBuilder();
    int i = 0;
    while (persons.length() + groups.length() + 300 < targetBytes) {
      if (i > 0) {
        persons.append(',');
        groups.append(',');
      }
      persons.append("{\"id\":\"p").append(i).append("\"}");
      groups.append("{\"id\":\"g").append(i)
          .append("\",\"kind\":\"MUNICIPAL_LAPE_GROUP\",\"name\":\"g\",")
          .append("\"scope\":{\"municipality\":\"560\"},\"memberships\":[{\"id\":\"m").append(i)
          .append("\",\"personId\":\"p").append(i)
          .append("\",\"term\":{\"start\":\"2018-01-01\"}}]}");
      i++;
    }
    return "{\"format\":\"lape-dataset\",\"version\":\"1.0\",\"persons\":[" + persons
        + "],\"groups\":[" + groups + "]}";
  }

  @Test
  void theReportOfAHostileMegabyteStaysWithinItsStatedMultiple() {
    String document = hostile(TARGET_BYTES);
    int documentBytes = document.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(documentBytes > TARGET_BYTES - 500 && documentBytes <= TARGET_BYTES,
        "document of " + documentBytes + " bytes");
    LapeJson json = LapeJson.builder().pretty(false).build();
    Dataset dataset = json.readDataset(document);
    AssessmentReport report = GroupAssessor.of(Policies.nationalBaseline())
        .assess(dataset, LocalDate.of(2018, 3, 1));
    assertEquals(dataset.groups().size(), report.groups().size());

    Counting out = new Counting();
    json.write(report, out);
    long limit = (long) AssessPathFuzzTest.REPORT_BYTES_PER_INPUT_BYTE * documentBytes;
    assertTrue(out.bytes > documentBytes, "the report says something about every group");
    assertTrue(out.bytes <= limit,
        "report of " + out.bytes + " bytes for a document of " + documentBytes + " bytes");
  }

  /** Counts what is written and keeps none of it. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
