package fi.lape.advisor;

import fi.lape.advisor.internal.AdvisorTexts;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Advisor} when a change or the user's candidates do not fit the dataset: a change
 * step ends or replaces a membership the group does not have (by then), or adds one it already
 * has; a candidate repeats an earlier candidate's id, or names an organisation the dataset does not
 * hold. Each {@link Misfit} says where, as a JSON Pointer into the change or candidates document,
 * and why; {@link #getMessage(Locale)} says it in Finnish, Swedish or English, and {@link
 * #getMessage()} in English. An id that could be a person's name, e-mail address or phone number
 * is shown by its shape.
 *
 * <pre>{@code
 * try {
 *   advisor.whatIf(dataset, change);
 * } catch (MisfitException e) {
 *   e.misfits().get(0).pointer();               // "/steps/1/membershipId"
 *   e.getMessage(Locale.forLanguageTag("fi"));  // "muutoksen vaihe 2: ryhmässä ..."
 * }
 * }</pre>
 */
public final class MisfitException extends LapeValidationException {
  private static final long serialVersionUID = 1L;

  /** Why a change step or a candidate does not fit the dataset. */
  public enum Reason {
    /** A step ends or replaces a membership that the group does not have (by then). */
    NO_SUCH_MEMBERSHIP,
    /** A step adds a membership whose id the group already has. */
    MEMBERSHIP_EXISTS,
    /** A candidate has the id of an earlier candidate. */
    CANDIDATE_REPEATED,
    /** A candidate names an organisation that the dataset does not hold. */
    UNKNOWN_ORGANISATION
  }

  /**
   * One step or candidate that does not fit.
   *
   * @param pointer where, in the change document ({@code /steps/1/membershipId}) or the
   *     candidates document ({@code /candidates/0/organisationId})
   * @param reason why
   * @param index the step's or the candidate's place in its list, from 0
   * @param ids the ids concerned: the group and the membership of a step, the candidate (and the
   *     organisation it names) of a candidate
   */
  public record Misfit(String pointer, Reason reason, int index, List<String> ids) {
    /** Checks and copies. */
    public Misfit {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(reason, "reason");
      ids = List.copyOf(ids);
    }
  }

  private final transient List<Misfit> misfits;

  /** The exception for {@code misfits} (at least one), as the advisor makes it. */
  public MisfitException(List<Misfit> misfits) {
    super(text(misfits, Locale.ENGLISH));
    this.misfits = List.copyOf(misfits);
  }

  /** The steps or candidates that do not fit, in their documents' order. */
  public List<Misfit> misfits() {
    return misfits;
  }

  /** What does not fit, in {@code locale}'s language (Finnish, Swedish, else English). */
  public String getMessage(Locale locale) {
    return text(misfits, locale);
  }

  private static String text(List<Misfit> misfits, Locale locale) {
    if (misfits.isEmpty()) {
      throw new IllegalArgumentException("a misfit exception needs at least one misfit");
    }
    return misfits.stream().map(m -> {
      List<Object> arguments = new ArrayList<>();
      arguments.add(m.index() + 1);
      m.ids().forEach(id -> arguments.add(Redaction.quoteOrShape(id, UnaryOperator.identity())));
      return AdvisorTexts.format(locale, "misfit." + m.reason(), arguments.toArray());
    }).collect(Collectors.joining("; "));
  }
}
