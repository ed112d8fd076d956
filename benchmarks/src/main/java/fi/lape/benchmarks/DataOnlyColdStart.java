package fi.lape.benchmarks;

import fi.lape.core.Dataset;

/**
 * The floor under both cold starts: a fresh JVM that builds {@link ColdStartData} and prints its
 * size, assessing nothing.
 */
public final class DataOnlyColdStart {
  private DataOnlyColdStart() {}

  /** Prints how many groups the cold-start dataset has. */
  public static void main(String[] args) {
    Dataset dataset = ColdStartData.dataset();
    System.out.println(ColdStartData.GROUP + " groups=" + dataset.groups().size());
    PeakRss.print();
  }
}
