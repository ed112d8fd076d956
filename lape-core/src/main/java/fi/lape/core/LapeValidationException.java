package fi.lape.core;

/**
 * Thrown when a value cannot be built because it breaks an invariant. The message names the type,
 * the id and the field at fault, never a person's name or contact details.
 *
 * <pre>{@code
 * Term.of(LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1));
 * // LapeValidationException: term: end 2017-01-01 is before start 2018-01-01
 * }</pre>
 */
public class LapeValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public LapeValidationException(String message) {
    super(message);
  }
}
