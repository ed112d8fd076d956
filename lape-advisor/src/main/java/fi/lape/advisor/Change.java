package fi.lape.advisor;

import java.util.List;

/**
 * A planned change of one group's memberships, as steps applied in order.
 *
 * <pre>{@code
 * Change change = new Change("orimattila-lape", List.of(
 *     ChangeStep.end("m-orimattila-lape-05", LocalDate.of(2018, 2, 28))));
 * }</pre>
 *
 * @param groupId the group changed
 * @param steps the steps, at least one
 */
public record Change(String groupId, List<ChangeStep> steps) {
  /** Copies the steps. */
  public Change {
    steps = List.copyOf(steps);
    if (groupId == null || groupId.isBlank() || steps.isEmpty()) {
      throw new fi.lape.core.LapeValidationException("change: groupId and at least one step are required");
    }
  }
}
