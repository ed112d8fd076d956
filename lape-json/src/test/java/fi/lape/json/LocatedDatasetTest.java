package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A read dataset says where each group and membership is written. */
class LocatedDatasetTest {
  @Test
  void groupsAndMembershipsHaveTheirPointerLineAndColumn() throws Exception {
    String json;
    try (InputStream in = getClass().getResourceAsStream("/examples/minimal-dataset.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    LocatedDataset read = LapeJson.standard().readLocatedDataset(json);
    assertEquals(LapeJson.standard().readDataset(json), read.dataset());

    SourceLocation group = read.locationOf("orimattila-lape").orElseThrow();
    assertEquals("/groups/0", group.pointer());
    assertEquals('{', textAt(json, group));
    assertTrue(nextLine(json, group).contains("\"id\": \"orimattila-lape\""));

    SourceLocation m2 = read.locationOf("orimattila-lape", "m2").orElseThrow();
    assertEquals("/groups/0/memberships/1", m2.pointer());
    assertEquals('{', textAt(json, m2));
    assertTrue(nextLine(json, m2).contains("\"id\": \"m2\""), nextLine(json, m2));

    assertTrue(read.locationOf("nope").isEmpty());
    assertTrue(read.locationOf("orimattila-lape", "m9").isEmpty());
    assertTrue(read.locationOf("nope", "m2").isEmpty());
  }

  private static char textAt(String json, SourceLocation at) {
    return List.of(json.split("\n", -1)).get(at.line() - 1).charAt(at.column() - 1);
  }

  private static String nextLine(String json, SourceLocation at) {
    return List.of(json.split("\n", -1)).get(at.line());
  }
}
