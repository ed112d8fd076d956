package fi.lape.core;

import java.util.List;

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

  /**
   * The stable kind of problem, e.g. {@code duplicate-id}, {@code dangling-reference}, {@code
   * unknown-region}, {@code unknown-municipality} (lape-json's problem codes); {@code
   * invalid-value} unless set.
   */
  @Value.Default
  public String code() {
    return "invalid-value";
  }

  /**
   * The message's parts for a reader that words it itself: for {@code duplicate-id} the kind
   * ({@code person}, {@code organisation}, {@code group}, {@code membership}, {@code region},
   * {@code municipality}), the id and the pointer of its first use; for {@code dangling-reference}
   * the kind and the id; for an unknown region or municipality the code.
   */
  public abstract List<String> arguments();

  /** A problem at {@code pointer}. */
  public static DatasetProblem of(String pointer, String message) {
    return ImmutableDatasetProblem.of(pointer, message);
  }

  /** A problem of kind {@code code} at {@code pointer}, with the parts of its message. */
  public static DatasetProblem of(String pointer, String code, String message,
      String... arguments) {
    return ImmutableDatasetProblem.builder().pointer(pointer).message(message).code(code)
        .addArguments(arguments).build();
  }

  @Override
  public String toString() {
    return pointer() + ": " + message();
  }
}
