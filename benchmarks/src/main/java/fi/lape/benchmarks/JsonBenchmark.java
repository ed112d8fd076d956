package fi.lape.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.lape.core.Dataset;
import fi.lape.json.LapeJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the dataset document of {@link Workloads#dataset(int) 1,000 groups} as UTF-8
 * bytes: lape-json (every check, every problem with its position, immutable values) against plain
 * Jackson binding the same document into {@link PlainDataset} records (no checks). Both write
 * indented, leaving out absent and empty members.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {
  /** Groups in the document. */
  @Param("1000")
  public int groups;

  private final LapeJson json = LapeJson.standard();
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .changeDefaultPropertyInclusion(
          i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
      .build();
  private Dataset dataset;
  private byte[] document;
  private PlainDataset plain;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 22);

  /** Writes the document and checks that both sides read all of it. */
  @Setup
  public void setUp() {
    dataset = Workloads.dataset(groups);
    document = json.write(dataset).getBytes(StandardCharsets.UTF_8);
    if (!lapeRead().equals(dataset)) {
      throw new IllegalStateException("lape-json does not read back the dataset it wrote");
    }
    plain = jacksonRead();
    // The records hold the whole document: what Jackson writes from them, lape reads as the same
    // dataset.
    Dataset again = json.readDataset(new ByteArrayInputStream(mapper.writeValueAsBytes(plain)));
    if (!again.equals(dataset)) {
      throw new IllegalStateException("the plain records lose part of the document");
    }
  }

  /** The size of the document of {@code groups} groups, in bytes. */
  public static int documentBytes(int groups) {
    return LapeJson.standard().write(Workloads.dataset(groups))
        .getBytes(StandardCharsets.UTF_8).length;
  }

  /** lape-json reads the document. */
  @Benchmark
  public Dataset lapeRead() {
    return json.readDataset(new ByteArrayInputStream(document));
  }

  /** Plain Jackson binds the document into records. */
  @Benchmark
  public PlainDataset jacksonRead() {
    return mapper.readValue(document, PlainDataset.class);
  }

  /** lape-json writes the dataset. */
  @Benchmark
  public int lapeWrite() {
    buffer.reset();
    json.write(dataset, buffer);
    return buffer.size();
  }

  /** Plain Jackson writes the records. */
  @Benchmark
  public int jacksonWrite() {
    buffer.reset();
    mapper.writeValue(buffer, plain);
    return buffer.size();
  }
}
