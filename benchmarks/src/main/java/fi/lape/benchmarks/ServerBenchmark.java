package fi.lape.benchmarks;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import fi.lape.server.LapeServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code POST /v1/assess} of the sample dataset (examples/data/sample-dataset.json, 16 groups) to
 * a lape-server on the loopback, against the same work in-process: assessing the dataset read
 * once, and reading, assessing and writing it as the server does. Four client threads on the same
 * machine as the server, so on 2 cores the figures are what the machine gives in total; the ratio
 * {@code http / inProcessReadAssessWrite} is the cost of HTTP around lape-json and the rules.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Threads(4)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ServerBenchmark {
  /** The day the sample is best seen on. */
  static final LocalDate DAY = LocalDate.of(2017, 11, 1);

  private byte[] sample;
  private Dataset dataset;
  private GroupAssessor assessor;
  private LapeServer server;
  private HttpClient client;
  private HttpRequest request;

  /** Starts the server on an ephemeral port and checks it answers what the library gives. */
  @Setup
  public void setUp() {
    sample = sampleBytes();
    dataset = LapeJson.standard().readDataset(new ByteArrayInputStream(sample));
    assessor = GroupAssessor.of(Policies.nationalBaseline());
    server = LapeServer.builder().port(0).build().start();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    request = HttpRequest.newBuilder(server.uri().resolve(URI.create("/v1/assess?asOf=" + DAY)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build();
    if (!http().equals(inProcessReadAssessWrite())) {
      throw new IllegalStateException("the server does not answer what the library gives");
    }
  }

  /** Stops the server. */
  @TearDown
  public void tearDown() {
    server.close();
  }

  /** Over HTTP: lape-server reads, assesses and writes; the client reads the answer as text. */
  @Benchmark
  public String http() {
    try {
      HttpResponse<String> response = client.send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException("status " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** In-process, the same work as the server: read the document, assess, write the report. */
  @Benchmark
  public String inProcessReadAssessWrite() {
    Dataset read = LapeJson.standard().readDataset(new ByteArrayInputStream(sample));
    return LapeJson.standard().write(assessor.assess(read, DAY));
  }

  /** In-process, the rules alone on the dataset read once. */
  @Benchmark
  public AssessmentReport inProcessAssess() {
    return assessor.assess(dataset, DAY);
  }

  static byte[] sampleBytes() {
    try (InputStream in = ServerBenchmark.class.getResourceAsStream("sample-dataset.json")) {
      if (in == null) {
        throw new IllegalStateException("the sample dataset is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
