package fi.lape.server.internal;

import fi.lape.core.policy.CoveragePolicy;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the {@link Api} on Jetty: routes a request, reads its body without blocking a thread and
 * within the size and time limits, runs the work on a bounded pool under the request time limit,
 * and writes the whole reply at once. Logs method, path, status and time at debug, nothing of a
 * body or query.
 */
public final class LapeHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(LapeHandler.class);
  /** Assessments waiting for a worker before new ones are refused with 503. */
  private static final int QUEUE = 1024;

  private final Api api;
  private final List<Route> routes;
  private final long maxRequestBytes;
  private final Duration bodyTimeout;
  private final Duration requestTimeout;
  private final ThreadPoolExecutor workers;

  /** The handler; see {@link fi.lape.server.LapeServer.Builder} for the parameters. */
  public LapeHandler(CoveragePolicy policy, long maxRequestBytes, Duration bodyTimeout,
      Duration requestTimeout, int workers, Clock clock) {
    this.api = new Api(policy, maxRequestBytes, clock);
    this.routes = api.routes();
    this.maxRequestBytes = maxRequestBytes;
    this.bodyTimeout = bodyTimeout;
    this.requestTimeout = requestTimeout;
    AtomicInteger count = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUE), r -> {
          Thread t = new Thread(r, "lape-assess-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** Stops the worker pool once the server has stopped. */
  public void shutdown() {
    workers.shutdown();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long started = System.nanoTime();
    Locale language = Exchange.language(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    String method = request.getMethod();
    String path = Request.getPathInContext(request);

    Route route = null;
    String pathParameter = "";
    Set<String> allowed = new LinkedHashSet<>();
    for (Route candidate : routes) {
      Optional<String> match = candidate.match(path);
      if (match.isPresent()) {
        allowed.add(candidate.method());
        if (candidate.method().equals(method)) {
          route = candidate;
          pathParameter = match.get();
          break;
        }
      }
    }
    if (route == null) {
      Reply reply = allowed.isEmpty()
          ? Problems.reply(ProblemException.of(404, "not-found"), language)
          : Problems.reply(ProblemException.of(405, "method-not-allowed", method), language)
              .with("Allow", String.join(", ", allowed));
      write(request, response, callback, reply, started);
      return true;
    }

    Map<String, String> query;
    try {
      query = query(request);
    } catch (RuntimeException malformed) {
      write(request, response, callback,
          Problems.reply(ProblemException.of(400, "bad-request"), language), started);
      return true;
    }
    String contentType = mediaType(request.getHeaders());
    String contentTypeHeader =
        java.util.Objects.requireNonNullElse(request.getHeaders().get(HttpHeader.CONTENT_TYPE), "");
    String accept = String.valueOf(request.getHeaders().get(HttpHeader.ACCEPT));
    Route chosen = route;
    String parameter = pathParameter;

    if (!route.work()) {
      Exchange exchange = new Exchange(method, path, parameter, query, contentType,
          contentTypeHeader, accept, new byte[0], language);
      write(request, response, callback, answer(chosen, exchange), started);
      return true;
    }

    if (request.getLength() > maxRequestBytes) {
      // Refused before reading: the connection is closed after the answer, the rest never read.
      write(request, response, callback, tooLarge(language), started);
      return true;
    }
    CompletableFuture<byte[]> body =
        Content.Source.asByteArrayAsync(request, (int) maxRequestBytes);
    body.orTimeout(bodyTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((bytes, failure) -> guarded(request, callback, () -> {
          if (failure != null) {
            bodyFailed(request, response, callback, unwrap(failure), language, started);
            return;
          }
          Exchange exchange = new Exchange(method, path, parameter, query, contentType,
              contentTypeHeader, accept, bytes, language);
          work(request, response, callback, chosen, exchange, started);
        }));
    return true;
  }

  /** Runs a completion step; a failure in it fails the request instead of vanishing. */
  private static void guarded(Request request, Callback callback, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException | Error failure) {
      LOG.error("{} {}: the answer could not be written", request.getMethod(),
          Request.getPathInContext(request), failure);
      callback.failed(failure);
    }
  }

  private void bodyFailed(Request request, Response response, Callback callback, Throwable cause,
      Locale language, long started) {
    if (cause instanceof TimeoutException) {
      // A body that trickles in: answer, and stop waiting for the rest.
      request.fail(cause);
      write(request, response, callback,
          Problems.reply(ProblemException.of(408, "body-timeout", seconds(bodyTimeout)), language)
              .with("Connection", "close"), started);
    } else if (Request.getContentBytesRead(request) > maxRequestBytes) {
      // Jetty's bounded read stopped past the limit (a chunked body, whose length is not known).
      write(request, response, callback, tooLarge(language), started);
    } else {
      // The client went away mid-request: nobody to answer.
      LOG.debug("{} {} abandoned by the client after {} ms", request.getMethod(),
          Request.getPathInContext(request), millis(started));
      callback.failed(cause);
    }
  }

  private void work(Request request, Response response, Callback callback, Route route,
      Exchange exchange, long started) {
    long remaining = requestTimeout.toNanos() - (System.nanoTime() - started);
    CompletableFuture<Reply> reply = new CompletableFuture<>();
    try {
      workers.execute(() -> {
        if (!reply.isDone()) {
          Reply answered = answer(route, exchange);
          // Past the limit is past it, even when the timer thread has not yet had its turn (a
          // busy machine): the answer is the time limit's, not a late 200.
          if (System.nanoTime() - started > requestTimeout.toNanos()) {
            reply.completeExceptionally(new java.util.concurrent.TimeoutException());
          } else {
            reply.complete(answered);
          }
        }
      });
    } catch (RejectedExecutionException busy) {
      write(request, response, callback,
          Problems.reply(ProblemException.of(503, "busy"), exchange.language())
              .with("Retry-After", "1"), started);
      return;
    }
    reply.orTimeout(Math.max(1, remaining), TimeUnit.NANOSECONDS).whenComplete((done, failure) ->
        guarded(request, callback, () -> {
          if (failure != null) {
            write(request, response, callback, Problems.reply(
                ProblemException.of(503, "request-timeout", seconds(requestTimeout)),
                exchange.language()), started);
          } else {
            write(request, response, callback, done, started);
          }
        }));
  }

  /** The endpoint's reply, its problem, or a 500 that names an incident id and nothing else. */
  private static Reply answer(Route route, Exchange exchange) {
    try {
      return route.endpoint().answer(exchange);
    } catch (ProblemException problem) {
      return Problems.reply(problem, exchange.language());
    } catch (RuntimeException | StackOverflowError bug) {
      String incident = UUID.randomUUID().toString();
      // lape's exceptions never carry names or contact details, so the trace can be logged.
      LOG.error("incident {}: {} {} failed", incident, exchange.method(), exchange.path(), bug);
      return Problems.reply(ProblemException.of(500, "internal-error", incident),
          exchange.language());
    }
  }

  private Reply tooLarge(Locale language) {
    return Problems.reply(ProblemException.of(413, "body-too-large", maxRequestBytes), language)
        .with("Connection", "close");
  }

  private static void write(Request request, Response response, Callback callback, Reply reply,
      long started) {
    try {
      writeReply(request, response, callback, reply, started);
    } catch (RuntimeException | Error failure) {
      LOG.error("{} {}: the answer could not be written", request.getMethod(),
          Request.getPathInContext(request), failure);
      callback.failed(failure);
    }
  }

  private static void writeReply(Request request, Response response, Callback callback,
      Reply reply, long started) {
    response.setStatus(reply.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(HttpHeader.VARY, "Accept-Language");
    response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE,
        Exchange.language(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)).getLanguage());
    reply.headers().forEach(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} {} in {} ms", request.getMethod(), Request.getPathInContext(request),
          reply.status(), millis(started));
    }
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }

  private static Map<String, String> query(Request request) {
    Fields fields = Request.extractQueryParameters(request);
    Map<String, String> query = new LinkedHashMap<>();
    for (Fields.Field field : fields) {
      query.put(field.getName(), field.getValue());
    }
    return query;
  }

  /** The media type of {@code headers}' Content-Type, lower case and without parameters. */
  static String mediaType(HttpFields headers) {
    String value = headers.get(HttpHeader.CONTENT_TYPE);
    return value == null ? "" : HttpField.stripParameters(value).strip().toLowerCase(Locale.ROOT);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static long seconds(Duration duration) {
    return Math.max(1, duration.toSeconds());
  }

  private static long millis(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }
}
