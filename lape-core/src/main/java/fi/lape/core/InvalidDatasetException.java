package fi.lape.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a dataset's parts do not fit together: ids used twice, references to ids or codes
 * that do not exist. It lists every problem found, not just the first.
 *
 * <pre>{@code
 * try {
 *   Dataset.builder().addGroup(group).build();
 * } catch (InvalidDatasetException e) {
 *   e.problems().forEach(p -> log.warn("{}: {}", p.pointer(), p.message()));
 * }
 * }</pre>
 */
public class InvalidDatasetException extends LapeValidationException {
  private static final long serialVersionUID = 1L;

  private final transient List<DatasetProblem> problems;

  /** An exception listing {@code problems}, which must not be empty. */
  public InvalidDatasetException(List<DatasetProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<DatasetProblem> problems() {
    return problems;
  }

  private static String summary(List<DatasetProblem> problems) {
    return "dataset is invalid (" + problems.size()
        + (problems.size() == 1 ? " problem):\n  " : " problems):\n  ")
        + problems.stream().map(DatasetProblem::toString).collect(Collectors.joining("\n  "));
  }
}
