package fi.lape.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's own peak resident set size, read from {@code /proc/self/status} after the timed
 * line has been printed; {@code coldstart.sh} uses it when {@code /usr/bin/time} is missing.
 */
final class PeakRss {
  private PeakRss() {}

  static void print() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          System.out.println("peak-rss-kb " + line.substring(6).replace("kB", "").strip());
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      System.out.println("peak-rss-kb unknown");
    }
  }
}
