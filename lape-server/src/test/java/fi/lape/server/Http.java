package fi.lape.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests, on the loopback only. */
final class Http {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** The sample dataset of the examples module, as the README's curl example sends it. */
  static final Path SAMPLE = Path.of("..", "examples", "data", "sample-dataset.json");

  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  Http(LapeServer server) {
    this.base = server.uri();
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    return send(request, headers);
  }

  HttpResponse<String> post(String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(request, headers);
  }

  /**
   * A {@code multipart/form-data} POST, as {@code curl -F name=@file} sends it: {@code parts}
   * alternates a part's name and its text, each sent as a file of that name with {@code .json}.
   */
  HttpResponse<String> postForm(String path, List<String> parts, String... headers) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(form(parts))), headers);
  }

  static final String BOUNDARY = "lape-test-boundary-7d41";

  /** The body of a form of JSON files; {@code parts} alternates names and texts. */
  static byte[] form(List<String> parts) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < parts.size(); i += 2) {
      body.append("--").append(BOUNDARY).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(parts.get(i))
          .append("\"; filename=\"").append(parts.get(i)).append(".json\"\r\n")
          .append("Content-Type: application/json\r\n\r\n")
          .append(parts.get(i + 1)).append("\r\n");
    }
    body.append("--").append(BOUNDARY).append("--\r\n");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return MAPPER.readTree(response.body());
  }

  static String mediaType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
  }

  /** The README's planned change for Orimattila's group. */
  static String change() {
    try {
      return Files.readString(Path.of("..", "examples", "data", "orimattila-change.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sample() {
    try {
      return Files.readString(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
