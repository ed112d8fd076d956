package fi.lape.advisor;

import fi.lape.core.LapeValidationException;
import java.util.List;
import java.util.Locale;

/**
 * A document that {@link AdvisorJson} cannot read: every problem with its JSON Pointer, line and
 * column. Messages never quote a value from the document (it may be personal data), only where it
 * is and what was expected.
 */
public final class AdvisorJsonException extends LapeValidationException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception listing {@code problems}. */
  public AdvisorJsonException(List<Problem> problems) {
    super(problems.size() + " problem(s): " + problems.get(0).message(Locale.ENGLISH));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in document order as far as they are known. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * One problem of a document.
   *
   * @param pointer the JSON Pointer of the value at fault ("" for the whole document)
   * @param line the line, 1-based, or 0 when unknown
   * @param column the column, 1-based, or 0 when unknown
   * @param key the message's key: {@code syntax}, {@code unknownField}, {@code badValue}, {@code
   *     missing}, {@code wrongDocument} or {@code invalid}
   * @param detail an argument of the message: an expected type, a field name, a document kind, or
   *     the rule the value breaks; never a value from the document
   */
  public record Problem(String pointer, int line, int column, String key, String detail) {
    /** The problem in {@code locale} (fi, sv or en). */
    public String message(Locale locale) {
      String shown = detail.startsWith("expected.")
          ? fi.lape.advisor.internal.AdvisorTexts.format(locale, detail) : detail;
      return fi.lape.advisor.internal.AdvisorTexts.format(locale, "problem." + key, shown);
    }
  }
}
