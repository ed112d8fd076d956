package fi.lape.server;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.server.internal.LapeHandler;
import fi.lape.server.internal.ProblemErrorHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * lape as an HTTP service, for applications not written in Java: assess a dataset document, show a
 * group's timeline, suggest whom to invite, say what a planned change would do, list the rule
 * catalogue and the built-in policies, serve the JSON Schemas, an OpenAPI 3.1 description at
 * {@code /v1/openapi.json} and a small web page at {@code /}.
 *
 * <p>Safe by default: it listens on {@code 127.0.0.1} only, refuses bodies over {@link
 * Builder#maxRequestBytes(long) a size limit} (413), answers 408 when a body does not arrive within
 * {@link Builder#bodyTimeout(Duration) a time limit} and 503 when a request takes longer than
 * {@link Builder#requestTimeout(Duration) another}, never puts a name or a document's content into
 * its log or its problem details, and {@link #close() stops gracefully}, finishing the requests in
 * flight. Problems are RFC 9457 problem details ({@code application/problem+json}) carrying the
 * located problems of lape-json and lape-advisor (form part, JSON Pointer, line, column, code).
 *
 * <pre>{@code
 * try (LapeServer server = LapeServer.builder().port(8080).build().start()) {
 *   System.out.println("listening on " + server.uri());
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Built on Jetty 12's core API (no servlets), which runs on Java 17 and shuts down gracefully.
 */
public final class LapeServer implements AutoCloseable {
  private final String host;
  private final CoveragePolicy policy;
  private volatile int port;
  private final Server jetty;
  private final ServerConnector connector;
  private final LapeHandler handler;

  private LapeServer(Builder settings) {
    this.host = settings.host;
    this.policy = settings.policy;
    this.port = settings.port;
    QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads, 2);
    threads.setName("lape-server");
    this.jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(16 * 1024);
    connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(settings.host);
    connector.setPort(settings.port);
    connector.setIdleTimeout(settings.idleTimeout.toMillis());
    jetty.addConnector(connector);
    this.handler = new LapeHandler(settings.policy, settings.maxRequestBytes,
        settings.bodyTimeout, settings.requestTimeout, settings.workers, settings.clock);
    GracefulHandler graceful = new GracefulHandler(handler);
    jetty.setHandler(graceful);
    jetty.setErrorHandler(new ProblemErrorHandler());
    jetty.setStopTimeout(settings.shutdownGrace.toMillis());
    jetty.setStopAtShutdown(false);
  }

  /** A builder with the safe defaults listed on its methods. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening and returns this server.
   *
   * @throws java.io.UncheckedIOException when the address cannot be bound (the port is in use, the
   *     host is not local)
   */
  public LapeServer start() {
    try {
      jetty.start();
      port = connector.getLocalPort();
    } catch (java.io.IOException e) {
      stopQuietly();
      throw new java.io.UncheckedIOException(e);
    } catch (Exception e) {
      stopQuietly();
      throw new IllegalStateException("lape-server did not start: " + e.getMessage(), e);
    }
    return this;
  }

  /**
   * The port it listens on: the one asked for, or once started the one the system chose for port
   * 0; it stays known after {@link #close()}.
   */
  public int port() {
    return port;
  }

  /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String name = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + name + ":" + port() + "/");
  }

  /** The address it listens on. */
  public InetSocketAddress address() {
    return new InetSocketAddress(host, port());
  }

  /** The policy applied when a request names none. */
  public CoveragePolicy defaultPolicy() {
    return policy;
  }

  /** Blocks until the server has stopped. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /**
   * Stops gracefully: stops accepting connections, lets the requests in flight finish (for at most
   * the {@linkplain Builder#shutdownGrace(Duration) grace period}), then closes. Idempotent.
   */
  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("lape-server did not stop cleanly: " + e.getMessage(), e);
    } finally {
      handler.shutdown();
    }
  }

  private void stopQuietly() {
    try {
      jetty.stop();
    } catch (Exception ignored) {
      // Already failing to start; the start failure is the one to report.
    }
    handler.shutdown();
  }

  @Override
  public String toString() {
    return "LapeServer{" + host + ":" + port + "}";
  }

  /** Builds a {@link LapeServer}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private CoveragePolicy policy = Policies.nationalBaseline();
    private long maxRequestBytes = 8L * 1024 * 1024;
    private Duration bodyTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration shutdownGrace = Duration.ofSeconds(10);
    private int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int maxThreads = 64;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * The address to listen on (default {@code 127.0.0.1}: this machine only). {@code 0.0.0.0}
     * opens it to the network: put it behind a proxy that does TLS and authentication.
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port (default 8080); 0 lets the system choose a free one, see {@link #port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
      }
      this.port = port;
      return this;
    }

    /** The policy applied when a request names none (default the national baseline). */
    public Builder policy(CoveragePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The largest request body accepted, in bytes (default 8 MiB); larger ones get 413. */
    public Builder maxRequestBytes(long maxRequestBytes) {
      if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxRequestBytes " + maxRequestBytes
            + " is not between 1 and " + (Integer.MAX_VALUE - 8));
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /** How long a request body may take to arrive in full (default 10 s); then 408. */
    public Builder bodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = positive("bodyTimeout", bodyTimeout);
      return this;
    }

    /**
     * How long a request may take from its arrival to its answer (default 30 s); then 503. An
     * assessment past the limit is not interrupted (Drools cannot be, safely) but its answer is
     * dropped; since at most {@link #workers(int)} run at once, late ones cannot pile up.
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive("requestTimeout", requestTimeout);
      return this;
    }

    /** How long a connection may stay silent before it is closed (default 30 s). */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = positive("idleTimeout", idleTimeout);
      return this;
    }

    /** How long {@link LapeServer#close()} waits for requests in flight (default 10 s). */
    public Builder shutdownGrace(Duration shutdownGrace) {
      this.shutdownGrace = positive("shutdownGrace", shutdownGrace);
      return this;
    }

    /** How many assessments run at once (default the number of processors, at least 2). */
    public Builder workers(int workers) {
      if (workers < 1) {
        throw new IllegalArgumentException("workers " + workers + " is not positive");
      }
      this.workers = workers;
      return this;
    }

    /** The clock that gives "today" when a request names no date (default the system's). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The server, not yet started. */
    public LapeServer build() {
      return new LapeServer(this);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " " + value + " is not positive");
      }
      return value;
    }
  }
}
