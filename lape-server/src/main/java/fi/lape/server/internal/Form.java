package fi.lape.server.internal;

import fi.lape.json.ProblemCode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;

/**
 * The documents of a request that takes more than one (suggestions with the user's candidates,
 * what-if with its change): a {@code multipart/form-data} body, one document per named part, as
 * {@code curl -F dataset=@sample.json -F change=@change.json} or a browser's {@code FormData}
 * sends it. Each part is exactly the file the command line reads, so its problems are located in
 * it by JSON Pointer, line and column, with the part's name.
 *
 * <p>Parsed by Jetty's own multipart parser from the body already read within the request size
 * limit, in memory (nothing is written to disk), with at most {@value #MAX_PARTS} parts.
 */
final class Form {
  /** More parts than any endpoint takes, so a form of thousands of tiny parts is refused early. */
  static final int MAX_PARTS = 8;

  /**
   * One part.
   *
   * @param name the form field's name
   * @param contentType the part's media type without parameters, lower case, or empty
   * @param fileName the file name the client gave, or empty
   * @param body the part's bytes
   */
  record Part(String name, String contentType, String fileName, byte[] body) {}

  private final Map<String, Part> parts;

  private Form(Map<String, Part> parts) {
    this.parts = parts;
  }

  /** Whether the request's body is a form. */
  static boolean isForm(Exchange e) {
    return e.contentType().equals("multipart/form-data");
  }

  /**
   * The parts of the request's form: every one of {@code required}, any of {@code optional},
   * nothing else and nothing twice; otherwise a 400 {@code invalid-form} problem listing each
   * fault with the part it concerns.
   */
  static Form read(Exchange e, List<String> required, List<String> optional) {
    String boundary = MultiPart.extractBoundary(e.contentTypeHeader());
    if (boundary == null || boundary.isEmpty()) {
      throw invalid(required, optional, List.of());
    }
    MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
    parser.setMaxParts(MAX_PARTS);
    parser.setMaxLength(e.body().length);
    parser.setMaxMemoryFileSize(Math.max(1, e.body().length));
    parser.setUseFilesForPartsWithoutFileName(false);
    Content.Source source = Content.Source.from(ByteBuffer.wrap(e.body()));
    Map<String, Part> parts = new LinkedHashMap<>();
    List<Located> faults = new ArrayList<>();
    try (MultiPartFormData.Parts read = parser.parse(source).get()) {
      for (MultiPart.Part part : read) {
        String name = part.getName() == null ? "" : part.getName();
        if (!required.contains(name) && !optional.contains(name)) {
          // The name is the client's and is not quoted back; the detail lists the names taken.
          faults.add(Located.server(null, "", ProblemCode.UNKNOWN_MEMBER, "located.unknown-part"));
          continue;
        }
        if (parts.containsKey(name)) {
          faults.add(Located.server(name, "", ProblemCode.REPEATED_MEMBER,
              "located.repeated-part"));
          continue;
        }
        parts.put(name, new Part(name, LapeHandler.mediaType(part.getHeaders()), Optional.ofNullable(part.getFileName())
            .orElse(""), bytes(part)));
      }
    } catch (ExecutionException | RuntimeException malformed) {
      // Jetty's message names its own parser's state: not for the caller.
      throw invalid(required, optional, List.of());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw ProblemException.of(503, "unavailable");
    }
    for (String name : required) {
      if (!parts.containsKey(name)) {
        faults.add(Located.server(name, "", ProblemCode.MISSING_MEMBER, "located.missing-part"));
      }
    }
    if (!faults.isEmpty()) {
      throw invalid(required, optional, faults);
    }
    return new Form(parts);
  }

  /** The part {@code name}, if sent. */
  Optional<Part> part(String name) {
    return Optional.ofNullable(parts.get(name));
  }

  private static ProblemException invalid(List<String> required, List<String> optional,
      List<Located> faults) {
    String names = String.join(", ", required)
        + (optional.isEmpty() ? "" : " (" + String.join(", ", optional) + ")");
    return new ProblemException(400, "invalid-form", null, faults, names);
  }

  private static byte[] bytes(MultiPart.Part part) {
    try {
      ByteBuffer buffer = Content.Source.asByteBuffer(part.getContentSource());
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (java.io.IOException inMemory) {
      throw new java.io.UncheckedIOException(inMemory);
    }
  }
}
