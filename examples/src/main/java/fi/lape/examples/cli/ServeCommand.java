package fi.lape.examples.cli;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.server.LapeServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lape serve [--port N] [--host H] [--policy ID|FILE]}: lape as an HTTP service until the
 * process is stopped (Ctrl-C or SIGTERM), which finishes the requests in flight first.
 */
@Command(name = "serve", sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  @ParentCommand LapeCli root;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", descriptionKey = "port")
  int port = 8080;

  @Option(names = "--host", paramLabel = "HOST", descriptionKey = "host")
  String host = "127.0.0.1";

  @Option(names = "--policy", paramLabel = "ID|FILE", descriptionKey = "policy")
  String policy;

  @Override
  public Integer call() throws InterruptedException {
    Messages messages = root.messages();
    CoveragePolicy coverage = Inputs.policy(policy, messages);
    LapeServer server;
    try {
      server = LapeServer.builder().host(host).port(port).policy(coverage).build().start();
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw CliException.badInput(messages.get("serve.cannotListen", host, Integer.toString(port)));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "lape-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(messages.get("serve.listening", server.uri().toString(), coverage.id()));
    out.flush();
    server.join();
    return ExitCode.COMPLIANT;
  }
}
