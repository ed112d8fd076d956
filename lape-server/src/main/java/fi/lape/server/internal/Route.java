package fi.lape.server.internal;

import java.util.Optional;

/**
 * One endpoint: a method, a path (exact, or ending in one {@code {name}} segment) and what answers
 * it. {@code work} routes (assessments) run on the bounded worker pool under the request time limit;
 * the others answer at once from prepared data.
 *
 * @param method the HTTP method
 * @param path e.g. {@code /v1/assess} or {@code /v1/schemas/{document}}
 * @param work whether it runs on the worker pool
 * @param endpoint what answers it
 */
public record Route(String method, String path, boolean work, Endpoint endpoint) {

  /** What answers a route: a whole reply, or a {@link ProblemException}. */
  @FunctionalInterface
  public interface Endpoint {
    /** The answer to {@code exchange}. */
    Reply answer(Exchange exchange);
  }

  /** The value of the path's {@code {name}} segment if {@code requestPath} matches, else empty. */
  public Optional<String> match(String requestPath) {
    int brace = path.indexOf('{');
    if (brace < 0) {
      return path.equals(requestPath) ? Optional.of("") : Optional.empty();
    }
    String prefix = path.substring(0, brace);
    if (!requestPath.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = requestPath.substring(prefix.length());
    return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(rest);
  }
}
