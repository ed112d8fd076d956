package fi.lape.json;

import java.util.Optional;

/**
 * The stable, machine-readable kind of a {@link JsonProblem}, for programs that switch on what went
 * wrong rather than parse messages. Each constant has a lower-case {@linkplain #code() code} such as
 * {@code unknown-member}, the same in every language and release; FORMAT.md lists them all.
 *
 * <pre>{@code
 * for (JsonProblem p : e.problems()) {
 *   if (p.code() == ProblemCode.DANGLING_REFERENCE) { ... }
 * }
 * }</pre>
 */
public enum ProblemCode {
  /** The text is not JSON: a syntax error; reading stops there. */
  MALFORMED_JSON("malformed-json"),
  /** The input holds no JSON value at all. */
  EMPTY_DOCUMENT("empty-document"),
  /** Something follows the end of the document's one object. */
  TRAILING_CONTENT("trailing-content"),
  /** The bytes are not valid UTF-8. */
  INVALID_ENCODING("invalid-encoding"),
  /** A reading limit is exceeded (size, nesting, string or name length, digits, memberships). */
  LIMIT_EXCEEDED("limit-exceeded"),
  /** The document is another kind of lape document (a policy read as a dataset). */
  WRONG_DOCUMENT("wrong-document"),
  /** The {@code format} is not a lape format name. */
  UNKNOWN_FORMAT("unknown-format"),
  /** The {@code version} is not one this reader knows. */
  UNKNOWN_VERSION("unknown-version"),
  /** The {@code version} is a later minor version, readable with {@code allowUnknownFields(true)}. */
  NEWER_VERSION("newer-version"),
  /** A member that the format does not define. */
  UNKNOWN_MEMBER("unknown-member"),
  /** A member that appears twice in one object. */
  REPEATED_MEMBER("repeated-member"),
  /** A required member is missing. */
  MISSING_MEMBER("missing-member"),
  /** {@code null} where a value is needed: leave an optional member out instead. */
  NULL_VALUE("null-value"),
  /** A value of the wrong JSON type (a number where a string is expected, say). */
  WRONG_TYPE("wrong-type"),
  /** A string that must not be blank is blank. */
  BLANK_STRING("blank-string"),
  /** An id that does not follow the id syntax. */
  INVALID_ID("invalid-id"),
  /** A region code that is not two digits. */
  INVALID_REGION_CODE("invalid-region-code"),
  /** A municipality code that is not three digits. */
  INVALID_MUNICIPALITY_CODE("invalid-municipality-code"),
  /** A code that is not one of its enumeration's codes. */
  UNKNOWN_CODE("unknown-code"),
  /** A date that is not an ISO-8601 calendar date. */
  INVALID_DATE("invalid-date"),
  /** A time of day that is not ISO-8601 {@code hh:mm}. */
  INVALID_TIME("invalid-time"),
  /** A number that is not a whole number, or outside its allowed range. */
  OUT_OF_RANGE("out-of-range"),
  /** An element listed twice in a list that is a set. */
  REPEATED_ELEMENT("repeated-element"),
  /** An end (of a term, period or time slot) before its start. */
  END_BEFORE_START("end-before-start"),
  /** A group's scope that does not fit: both or neither of region and municipality, or a kind
   * that works elsewhere. */
  INVALID_SCOPE("invalid-scope"),
  /** A member that does not belong with the rest of its object (a meeting-place type on a group
   * that is no meeting place, a group linked to itself, a deputy that deputises for nobody). */
  INCONSISTENT_VALUE("inconsistent-value"),
  /** A requirement whose criteria list nothing that would count. */
  EMPTY_CRITERIA("empty-criteria"),
  /** An id used twice where ids must be unique. */
  DUPLICATE_ID("duplicate-id"),
  /** A reference to an id that the dataset does not hold. */
  DANGLING_REFERENCE("dangling-reference"),
  /** A region code that neither the dataset nor the built-in geography knows. */
  UNKNOWN_REGION("unknown-region"),
  /** A municipality code that neither the dataset nor the built-in geography knows. */
  UNKNOWN_MUNICIPALITY("unknown-municipality"),
  /** A derived value of a report (verdict, compliant, deficit) that disagrees with the rest. */
  DERIVED_VALUE_MISMATCH("derived-value-mismatch"),
  /** Parts of a report that disagree with each other (a group assessed on another day, say). */
  INCONSISTENT_REPORT("inconsistent-report"),
  /** A value that lape-core's own checks reject for a reason not listed above. */
  INVALID_VALUE("invalid-value"),
  /** Reading stopped after the most problems it lists. */
  TOO_MANY_PROBLEMS("too-many-problems"),
  /** A note, not an error of its own: some ids look like e-mail addresses, phone numbers or names. */
  IDENTIFYING_ID("identifying-id");

  private final String code;

  ProblemCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code unknown-member}. */
  public String code() {
    return code;
  }

  /** The constant whose {@link #code()} is {@code code}. */
  public static Optional<ProblemCode> byCode(String code) {
    for (ProblemCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}
