package fi.lape.json;

/**
 * Safety limits for reading lape documents, so that a hostile or broken document cannot exhaust
 * memory or the stack. Going over a limit is reported like any other problem, with its location.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link #documentSize()}</td><td>33,554,432 (32 MiB)</td><td>the document's size: characters
 *       when read from a {@code String} or {@code Reader}, bytes from a stream or a file</td></tr>
 *   <tr><td>{@link #nestingDepth()}</td><td>32</td><td>objects and arrays inside each other; lape
 *       documents need at most 7</td></tr>
 *   <tr><td>{@link #stringLength()}</td><td>65,536</td><td>characters in one string value</td></tr>
 *   <tr><td>{@link #membersPerGroup()}</td><td>10,000</td><td>memberships in one group</td></tr>
 * </table>
 *
 * <p>Two further limits are fixed: member names are at most 1,024 characters and numbers at most 32
 * digits. The limits are applied through Jackson's {@code StreamReadConstraints}.
 *
 * <pre>{@code
 * LapeJson json = LapeJson.builder()
 *     .limits(JsonLimits.builder().documentSize(1_000_000).build())
 *     .build();
 * }</pre>
 */
public final class JsonLimits {
  /** Default {@link #documentSize()}: 32 MiB. */
  public static final long DEFAULT_DOCUMENT_SIZE = 32L * 1024 * 1024;
  /** Default {@link #nestingDepth()}. */
  public static final int DEFAULT_NESTING_DEPTH = 32;
  /** Default {@link #stringLength()}. */
  public static final int DEFAULT_STRING_LENGTH = 64 * 1024;
  /** Default {@link #membersPerGroup()}. */
  public static final int DEFAULT_MEMBERS_PER_GROUP = 10_000;
  /** The largest {@link #nestingDepth()} allowed, so that reading never overflows the stack. */
  public static final int MAX_NESTING_DEPTH = 1_000;

  private static final JsonLimits DEFAULTS = builder().build();

  private final long documentSize;
  private final int nestingDepth;
  private final int stringLength;
  private final int membersPerGroup;

  private JsonLimits(Builder builder) {
    this.documentSize = builder.documentSize;
    this.nestingDepth = builder.nestingDepth;
    this.stringLength = builder.stringLength;
    this.membersPerGroup = builder.membersPerGroup;
  }

  /** The default limits (see the class comment). */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest document: characters from a {@code String} or {@code Reader}, else bytes. */
  public long documentSize() {
    return documentSize;
  }

  /** The deepest nesting of objects and arrays. */
  public int nestingDepth() {
    return nestingDepth;
  }

  /** The longest string value, in characters. */
  public int stringLength() {
    return stringLength;
  }

  /** The most memberships one group may have. */
  public int membersPerGroup() {
    return membersPerGroup;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonLimits)) {
      return false;
    }
    JsonLimits other = (JsonLimits) o;
    return documentSize == other.documentSize && nestingDepth == other.nestingDepth
        && stringLength == other.stringLength && membersPerGroup == other.membersPerGroup;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(documentSize) * 31 * 31 * 31 + nestingDepth * 31 * 31 + stringLength * 31
        + membersPerGroup;
  }

  @Override
  public String toString() {
    return "JsonLimits{documentSize=" + documentSize + ", nestingDepth=" + nestingDepth
        + ", stringLength=" + stringLength + ", membersPerGroup=" + membersPerGroup + "}";
  }

  /** Builds {@link JsonLimits}; every limit must be positive. */
  public static final class Builder {
    private long documentSize = DEFAULT_DOCUMENT_SIZE;
    private int nestingDepth = DEFAULT_NESTING_DEPTH;
    private int stringLength = DEFAULT_STRING_LENGTH;
    private int membersPerGroup = DEFAULT_MEMBERS_PER_GROUP;

    private Builder() {}

    /** Sets {@link JsonLimits#documentSize()}. */
    public Builder documentSize(long documentSize) {
      this.documentSize = positive("documentSize", documentSize);
      return this;
    }

    /** Sets {@link JsonLimits#nestingDepth()}, at most {@link #MAX_NESTING_DEPTH}. */
    public Builder nestingDepth(int nestingDepth) {
      positive("nestingDepth", nestingDepth);
      if (nestingDepth > MAX_NESTING_DEPTH) {
        throw new IllegalArgumentException(
            "nestingDepth " + nestingDepth + " is above the maximum " + MAX_NESTING_DEPTH);
      }
      this.nestingDepth = nestingDepth;
      return this;
    }

    /** Sets {@link JsonLimits#stringLength()}. */
    public Builder stringLength(int stringLength) {
      this.stringLength = (int) positive("stringLength", stringLength);
      return this;
    }

    /** Sets {@link JsonLimits#membersPerGroup()}. */
    public Builder membersPerGroup(int membersPerGroup) {
      this.membersPerGroup = (int) positive("membersPerGroup", membersPerGroup);
      return this;
    }

    /** The limits. */
    public JsonLimits build() {
      return new JsonLimits(this);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " " + value + " is not positive");
      }
      return value;
    }
  }
}
