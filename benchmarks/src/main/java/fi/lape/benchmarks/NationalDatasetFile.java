package fi.lape.benchmarks;

import fi.lape.core.Dataset;
import fi.lape.json.LapeJson;
import java.nio.file.Path;

/**
 * Writes the national-shape dataset of {@link Workloads#dataset(int)} as a lape-dataset file, for
 * {@code endtoend.sh}: {@code NationalDatasetFile GROUPS FILE}.
 */
public final class NationalDatasetFile {
  private NationalDatasetFile() {}

  /** Writes {@code args[0]} groups to the file {@code args[1]}. */
  public static void main(String[] args) {
    Dataset dataset = Workloads.dataset(Integer.parseInt(args[0]));
    LapeJson.builder().pretty(false).build().write(dataset, Path.of(args[1]));
    long municipalities = dataset.groups().stream()
        .map(g -> g.scope().municipality().orElse(""))
        .filter(m -> !m.isEmpty()).distinct().count();
    System.out.println(dataset.groups().size() + " groups in " + municipalities
        + " municipalities");
  }
}
