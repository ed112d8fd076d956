package fi.lape.core;

import org.immutables.value.Value;

/**
 * One thing wrong with a dataset: where it is, as a JSON Pointer into the dataset's JSON form (e.g.
 * {@code /groups/0/memberships/2/personId}), and what is wrong, naming ids, never personal data.
 */
@Value.Immutable
public abstract class DatasetProblem {
  DatasetProblem() {}

  /** A JSON Pointer to the offending value in the dataset's JSON form. */
  @Value.Parameter
  public abstract String pointer();

  /** What is wrong, in English. */
  @Value.Parameter
  public abstract String message();

  /** A problem at {@code pointer}. */
  public static DatasetProblem of(String pointer, String message) {
    return ImmutableDatasetProblem.of(pointer, message);
  }

  @Override
  public String toString() {
    return pointer() + ": " + message();
  }
}
