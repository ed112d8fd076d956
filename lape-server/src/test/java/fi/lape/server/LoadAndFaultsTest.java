package fi.lape.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import fi.lape.server.RawHttp.Answer;
import fi.lape.testkit.Generators;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The server under load and under faults, on the loopback and an ephemeral port, bounded in count
 * and time. {@value #CLIENTS} concurrent clients send {@value #REQUESTS} requests mixing valid and
 * malformed datasets, with one in eight a suggestion or a what-if (a form, its change valid or
 * malformed): every valid one gets exactly the document the library gives in-process, every
 * malformed one a 4xx problem with located problems, nothing a 5xx, and the heap after the run (after
 * GC) is within {@value #HEAP_BOUND_MIB} MiB of the heap before. A client that hangs up mid-body, a
 * body over the limit (announced or chunked) and a slow body each get their documented answer, and
 * the server keeps serving; closing it finishes the request in flight.
 */
class LoadAndFaultsTest {
  static final int CLIENTS = 32;
  static final int REQUESTS = 2048;
  static final int HEAP_BOUND_MIB = 64;
  private static final LocalDate DAY = LocalDate.of(2017, 11, 1);
  private static final int LIMIT = 256 * 1024;

  private static LapeServer server;
  private static Http http;
  private static final List<String> valid = new ArrayList<>();
  private static final List<String> expected = new ArrayList<>();
  private static final List<String> malformed = new ArrayList<>();
  private static final Set<String> personalData = new java.util.HashSet<>();
  /** Suggestions for Varkaus's group and what-if for Orimattila's, as lape-advisor gives them. */
  private static String expectedSuggestions;
  private static String expectedWhatIf;
  private static byte[] whatIfForm;
  private static byte[] brokenWhatIfForm;

  @BeforeAll
  static void start() {
    server = LapeServer.builder().port(0).maxRequestBytes(LIMIT)
        .bodyTimeout(Duration.ofSeconds(2)).build().start();
    http = new Http(server);
    GroupAssessor assessor = GroupAssessor.of(Policies.nationalBaseline());
    LapeJson json = LapeJson.standard();
    List<Dataset> datasets = new ArrayList<>();
    datasets.add(json.readDataset(Http.sample()));
    for (long seed = 1; seed <= 6; seed++) {
      Dataset generated = seed % 2 == 0 ? Generators.datasets().generate(seed, 6)
          : Generators.datasetsWithPersonalData().generate(seed, 6);
      personalData.addAll(Generators.personalData(generated));
      datasets.add(generated);
    }
    for (Dataset dataset : datasets) {
      String text = json.write(dataset);
      valid.add(text);
      expected.add(json.write(assessor.assess(dataset, DAY)));
      // Malformed in the ways a client gets a document wrong: an unknown code, a wrong type, a
      // dangling reference, cut short, another kind of document.
      malformed.add(text.replaceFirst("\"kind\" *: *\"[A-Z_]+\"", "\"kind\": \"LAPE_GROUP\""));
      malformed.add(text.replaceFirst("\"personId\" *: *\"", "\"personId\": \"nobody-"));
      malformed.add(text.replaceFirst("\"memberships\" *: *\\[", "\"memberships\": 7, \"x\": ["));
      malformed.add(text.substring(0, text.length() / 2));
    }
    malformed.add("{\"format\": \"lape-policy\", \"version\": \"1.0\"}");
    malformed.add("");

    fi.lape.advisor.Advisor advisor = fi.lape.advisor.Advisor.of(assessor);
    fi.lape.advisor.AdvisorJson advisorJson = fi.lape.advisor.AdvisorJson.standard();
    expectedSuggestions = advisorJson.write(advisor.suggest(datasets.get(0), "varkaus-lape", DAY,
        fi.lape.advisor.SuggestionOptions.defaults()));
    expectedWhatIf = advisorJson.write(advisor.whatIf(datasets.get(0),
        advisorJson.readChange(Http.change())));
    whatIfForm = Http.form(List.of("dataset", valid.get(0), "change", Http.change()));
    brokenWhatIfForm = Http.form(List.of("dataset", valid.get(0), "change",
        Http.change().replace("2018-06-30", "2018-06-31")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void concurrentClientsGetExactlyTheLibrarysAnswers() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    URI assess = server.uri().resolve("/v1/assess?asOf=" + DAY);
    URI suggest = server.uri().resolve("/v1/suggest?group=varkaus-lape&asOf=" + DAY);
    URI whatIf = server.uri().resolve("/v1/what-if?group=orimattila-lape");
    // Warm up, so that the heap before the run holds what a running server holds.
    for (int i = 0; i < 2 * valid.size(); i++) {
      send(client, assess, valid.get(i % valid.size()));
    }
    long before = heapAfterGc();

    AtomicInteger ok = new AtomicInteger();
    AtomicInteger problems = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      SplittableRandom rng = new SplittableRandom(c);
      running.add(clients.submit(() -> {
        for (int i = 0; i < REQUESTS / CLIENTS; i++) {
          int kind = rng.nextInt(24);
          if (kind < 3) {
            // Suggestions and what-if for the sample, and a form whose change is malformed.
            HttpResponse<String> response = kind == 0 ? send(client, suggest, valid.get(0))
                : sendForm(client, whatIf, kind == 1 ? whatIfForm : brokenWhatIfForm);
            String expectedBody = kind == 0 ? expectedSuggestions : expectedWhatIf;
            String failure = kind == 2 ? checkProblem(response)
                : response.statusCode() != 200 || !response.body().equals(expectedBody)
                    ? "status " + response.statusCode() : null;
            if (failure != null) {
              failures.add("advice " + kind + ": " + failure);
            } else if (kind == 2) {
              problems.incrementAndGet();
            } else {
              ok.incrementAndGet();
            }
          } else if (rng.nextInt(3) > 0) {
            // The generated datasets: smaller than the sample, so the run stays short.
            int k = 1 + rng.nextInt(valid.size() - 1);
            HttpResponse<String> response = send(client, assess, valid.get(k));
            if (response.statusCode() != 200 || !response.body().equals(expected.get(k))) {
              failures.add("valid dataset " + k + " got " + response.statusCode());
            } else {
              ok.incrementAndGet();
            }
          } else {
            int k = rng.nextInt(malformed.size());
            HttpResponse<String> response = send(client, assess, malformed.get(k));
            String failure = checkProblem(response);
            if (failure != null) {
              failures.add("malformed dataset " + k + ": " + failure);
            } else {
              problems.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get(120, TimeUnit.SECONDS);
    }
    clients.shutdown();
    long after = heapAfterGc();

    assertEquals(List.of(), new ArrayList<>(failures).subList(0, Math.min(10, failures.size())));
    assertEquals(REQUESTS, ok.get() + problems.get());
    assertTrue(ok.get() > REQUESTS / 2 && problems.get() > REQUESTS / 5,
        ok + " valid, " + problems + " malformed");
    long grownMib = (after - before) / (1024 * 1024);
    assertTrue(grownMib < HEAP_BOUND_MIB, "the heap grew by " + grownMib + " MiB");
  }

  /** Null when {@code response} is a 4xx problem with located problems and no personal data. */
  private static String checkProblem(HttpResponse<String> response) {
    if (response.statusCode() < 400 || response.statusCode() > 499) {
      return "status " + response.statusCode();
    }
    if (!Http.mediaType(response).equals("application/problem+json")) {
      return "media type " + Http.mediaType(response);
    }
    JsonNode body = Http.json(response);
    JsonNode list = body.path("problems");
    if (list.isEmpty()) {
      return "no located problems";
    }
    for (JsonNode p : list) {
      if (!p.has("pointer") || p.path("line").asInt() < 1 || p.path("column").asInt() < 1) {
        return "a problem without its place: " + p;
      }
    }
    for (String value : personalData) {
      if (response.body().contains(value)) {
        return "personal data in the problem";
      }
    }
    return null;
  }

  @Test
  void aClientThatHangsUpMidBodyLeavesTheServerServing() throws IOException {
    for (int i = 0; i < 20; i++) {
      try (Socket socket = RawHttp.connect(server)) {
        RawHttp.send(socket, RawHttp.postHead("/v1/assess", 50_000));
        RawHttp.send(socket, valid.get(0).substring(0, 1000).getBytes(StandardCharsets.UTF_8));
      }
    }
    assertServing();
  }

  @Test
  void aBodyOverTheLimitIsRefused() throws IOException {
    try (Socket socket = RawHttp.connect(server)) {
      RawHttp.send(socket, RawHttp.postHead("/v1/assess", LIMIT + 1));
      Answer answer = RawHttp.read(socket);
      assertEquals(413, answer.status());
      assertEquals("application/problem+json", answer.mediaType());
      assertTrue(answer.body().contains(Integer.toString(LIMIT)), answer.body());
    }
    // Chunked, so the length is not known in advance: refused once the limit is passed.
    try (Socket socket = RawHttp.connect(server)) {
      RawHttp.send(socket, ("POST /v1/assess HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = ("4000\r\n" + " ".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      OutputStream out = socket.getOutputStream();
      try {
        for (int sent = 0; sent <= LIMIT; sent += 0x4000) {
          out.write(chunk);
        }
        out.flush();
      } catch (IOException closedByTheServer) {
        // The server may answer and close before everything is sent; the answer is still there.
      }
      Answer answer = RawHttp.read(socket);
      assertEquals(413, answer.status());
    }
    assertServing();
  }

  @Test
  void aSlowBodyGetsATimeout() throws IOException {
    long started = System.nanoTime();
    try (Socket socket = RawHttp.connect(server)) {
      RawHttp.send(socket, RawHttp.postHead("/v1/assess", 1000));
      RawHttp.send(socket, "{\"format\": \"lape-".getBytes(StandardCharsets.UTF_8));
      Answer answer = RawHttp.read(socket);
      assertEquals(408, answer.status());
      assertEquals("urn:fi.lape:problem:body-timeout",
          Http.MAPPER.readTree(answer.body()).get("type").asString());
    }
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(15));
    assertServing();
  }

  @Test
  void closingFinishesTheRequestInFlight() throws Exception {
    LapeServer closing = LapeServer.builder().port(0).bodyTimeout(Duration.ofSeconds(20)).build()
        .start();
    byte[] body = valid.get(0).getBytes(StandardCharsets.UTF_8);
    try (Socket socket = RawHttp.connect(closing)) {
      RawHttp.send(socket, RawHttp.postHead("/v1/assess?asOf=" + DAY, body.length));
      RawHttp.send(socket, java.util.Arrays.copyOf(body, body.length / 2));
      // The request is in flight (handed to lape, its body half sent) when the server is told to
      // stop.
      Thread.sleep(300);
      CompletableFuture<Void> stopped = CompletableFuture.runAsync(closing::close);
      Thread.sleep(500);
      assertFalse(stopped.isDone(), "close() returned with a request in flight");
      RawHttp.send(socket, java.util.Arrays.copyOfRange(body, body.length / 2, body.length));
      Answer answer = RawHttp.read(socket);
      assertEquals(200, answer.status());
      assertEquals(expected.get(0), answer.body());
      stopped.get(20, TimeUnit.SECONDS);
    }
    assertTrue(refused(closing), "the closed server still accepts connections");
  }

  private static boolean refused(LapeServer closed) {
    try (Socket socket = new Socket(closed.address().getAddress(), closed.address().getPort())) {
      return false;
    } catch (IOException expectedRefusal) {
      return true;
    }
  }

  private static void assertServing() {
    assertEquals(200, http.get("/v1/health").statusCode());
    HttpResponse<String> response = http.post("/v1/assess?asOf=" + DAY, valid.get(0));
    assertEquals(200, response.statusCode());
    assertEquals(expected.get(0), response.body());
  }

  private static HttpResponse<String> send(HttpClient client, URI uri, String body) {
    return post(client, uri, "application/json",
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> sendForm(HttpClient client, URI uri, byte[] form) {
    return post(client, uri, "multipart/form-data; boundary=" + Http.BOUNDARY,
        HttpRequest.BodyPublishers.ofByteArray(form));
  }

  private static HttpResponse<String> post(HttpClient client, URI uri, String contentType,
      HttpRequest.BodyPublisher body) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType).POST(body).build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
