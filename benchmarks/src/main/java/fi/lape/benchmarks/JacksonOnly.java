package fi.lape.benchmarks;

import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of {@code endtoend.sh}: a plain-Java process that parses a dataset file with
 * Jackson into {@link PlainDataset} records, with no checks and no rules, and prints how many
 * groups it holds.
 */
public final class JacksonOnly {
  private JacksonOnly() {}

  /** Parses the file {@code args[0]}. */
  public static void main(String[] args) {
    ObjectMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    PlainDataset dataset = mapper.readValue(Path.of(args[0]).toFile(), PlainDataset.class);
    System.out.println("groups=" + dataset.groups().size());
  }
}
