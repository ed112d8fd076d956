package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code lape serve}'s failures; the running service is tested in {@code LapeJarIT}. */
class ServeCommandTest {
  @Test
  void aPortInUseIsAClearErrorWithExitCode2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli run = Cli.run("serve", "--lang", "en", "--port",
          Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
      assertEquals("Cannot listen on 127.0.0.1 port " + taken.getLocalPort()
          + ": the port is in use or the address is not this machine's.\n", run.err);
    }
  }

  @Test
  void anUnknownPolicyIsRefusedBeforeListening() {
    Cli run = Cli.run("serve", "--lang", "en", "--port", "0", "--policy", "nope");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.startsWith("Unknown policy \"nope\""), run.toString());
  }

  @Test
  void helpListsServe() {
    Cli run = Cli.run("serve", "--help", "--lang", "fi");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.contains("--port=N"), run.out);
    assertTrue(run.out.contains("Oletus: 127.0.0.1"), run.out);
  }
}
