package fi.lape.json.internal;

import fi.lape.core.Coded;
import fi.lape.core.LapeValidationException;
import fi.lape.core.internal.Checks;
import fi.lape.json.LapeDocument;
import fi.lape.json.ProblemCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.text.MessageFormat;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns bound {@link Wire} records into lape-core's values, recording a problem, with the pointer
 * of the wire value, for every member that is missing, malformed or inconsistent, and going on so
 * that one pass finds them all. Each conversion returns null when it recorded a problem; a value
 * is only built when nothing inside it was wrong ({@link #mark()} / {@link #cleanSince(int)}).
 * Problems get their line and column afterwards, from {@link Locations}.
 */
abstract class Reading {
  private static final ClassValue<Map<String, Object>> CODES = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> codes = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        codes.put(((Coded) constant).code(), constant);
      }
      return codes;
    }
  };

  final Problems problems;
  final WireParser parser;
  final Options options;
  /** Values that were absent because a problem had been recorded for them while binding. */
  private int failures;
  /** Problems that do not stop a value from being built (see {@link #tolerate}). */
  private int tolerated;

  Reading(WireParser parser, Options options) {
    this.parser = parser;
    this.problems = parser.problems();
    this.options = options;
  }

  /** A place in the document: a JSON Pointer built only when a problem needs it. */
  static final class At {
    static final At ROOT = new At(null, null, -1);

    private final At parent;
    private final String name;
    private final int index;

    private At(At parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    At member(String member) {
      return new At(this, member, -1);
    }

    At item(int i) {
      return new At(this, null, i);
    }

    String pointer() {
      if (parent == null) {
        return "";
      }
      String segment = name == null ? Integer.toString(index)
          : name.replace("~", "~0").replace("/", "~1");
      return parent.pointer() + "/" + segment;
    }

    @Override
    public String toString() {
      return pointer();
    }
  }

  // ---- structure ----

  /**
   * Checks a document's header; when it is of another kind or version, keeps only the problems of
   * the header and of repeated members (the rest would mean something else) and returns false.
   */
  final boolean document(String format, String version, LapeDocument kind) {
    int before = problems.count();
    if (header(format, version, kind)) {
      return true;
    }
    List<Problems.Entry> kept = new ArrayList<>();
    List<Problems.Entry> found = problems.entries();
    for (int i = 0; i < found.size(); i++) {
      Problems.Entry entry = found.get(i);
      if (i >= before || entry.code == ProblemCode.REPEATED_MEMBER
          || entry.pointer.equals("/format") || entry.pointer.equals("/version")) {
        kept.add(entry);
      }
    }
    problems.truncate(0);
    kept.forEach(problems::keep);
    return false;
  }

  /**
   * Checks the document's format name and version. Returns false when the document is of another
   * kind or version, after which the rest is not read: its members would mean something else.
   */
  final boolean header(String format, String version, LapeDocument expected) {
    boolean known = true;
    String name = required(format, At.ROOT, "format");
    if (name != null && !name.equals(expected.formatName())) {
      Optional<LapeDocument> other = LapeDocument.byFormatName(name);
      if (other.isPresent()) {
        problem(At.ROOT.member("format"), ProblemCode.WRONG_DOCUMENT, "wrongDocument", name,
            expected.formatName());
      } else {
        problem(At.ROOT.member("format"), ProblemCode.UNKNOWN_FORMAT, "unknownFormat",
            Text.name(name), expected.formatName());
      }
      known = false;
    }
    String number = required(version, At.ROOT, "version");
    if (number != null && known && !number.equals(expected.version())) {
      if (isLaterMinor(number, expected.version())) {
        // A later 1.x only adds optional members, which a lenient reader can skip.
        if (!options.allowUnknownFields()) {
          problem(At.ROOT.member("version"), ProblemCode.NEWER_VERSION, "newerVersion",
              expected.formatName(), number, expected.version());
          known = false;
        }
      } else {
        problem(At.ROOT.member("version"), ProblemCode.UNKNOWN_VERSION, "unknownVersion",
            expected.formatName(), number.matches("\\d{1,3}(\\.\\d{1,3}){0,2}")
                ? "\"" + number + "\"" : Text.shape(number), expected.version());
        known = false;
      }
    }
    return known;
  }

  /** Whether {@code version} has the major version of {@code known} and a higher minor one. */
  private static boolean isLaterMinor(String version, String known) {
    String major = known.substring(0, known.indexOf('.') + 1);
    return version.matches("\\d{1,3}\\.\\d{1,3}") && version.startsWith(major)
        && Integer.parseInt(version.substring(major.length()))
            > Integer.parseInt(known.substring(major.length()));
  }

  final void problem(At at, ProblemCode code, String key, Object... arguments) {
    problems.add(at.pointer(), Problems.Anchor.VALUE, code, key, arguments);
  }

  /**
   * {@code value} of member {@code name} of the object at {@code at}; when it is null, a problem:
   * that it was {@code null}, or missing, unless its wrong type was already recorded.
   */
  final <T> T required(T value, At at, String name) {
    if (value == null) {
      absent(at, name, true);
    }
    return value;
  }

  /** {@code value} of optional member {@code name}; a {@code null} in the document is a problem. */
  final <T> T optional(T value, At at, String name) {
    if (value == null && parser.sawNull()) {
      absent(at, name, false);
    }
    return value;
  }

  private void absent(At at, String name, boolean required) {
    String pointer = at.member(name).pointer();
    int[] nullAt = parser.nullAt(pointer);
    if (nullAt != null) {
      if (required) {
        problems.add(pointer, nullAt[0], nullAt[1], ProblemCode.NULL_VALUE, "nullRequired", name);
      } else {
        problems.add(pointer, nullAt[0], nullAt[1], ProblemCode.NULL_VALUE, "nullOptional");
      }
    } else if (!required) {
      return;
    } else if (problems.recordedAt(pointer)) {
      failures++;
    } else {
      problems.add(at.pointer(), Problems.Anchor.VALUE, ProblemCode.MISSING_MEMBER,
          "missingMember", name);
    }
  }

  /** Whether member {@code name}, null in the wire value, was written (as null or wrongly). */
  final boolean presentButNull(At at, String name) {
    if (!parser.sawNull() && problems.isEmpty()) {
      return false;
    }
    String pointer = at.member(name).pointer();
    return parser.nullAt(pointer) != null || problems.recordedAt(pointer);
  }

  /** Converts member {@code name}, a required one. */
  final <W, T> T required(W value, At at, String name, BiFunction<W, At, T> convert) {
    return required(value, at, name) == null ? null : convert.apply(value, at.member(name));
  }

  /** Converts member {@code name}, an optional one. */
  final <W, T> Optional<T> optional(W value, At at, String name, BiFunction<W, At, T> convert) {
    return optional(value, at, name) == null ? Optional.empty()
        : Optional.ofNullable(convert.apply(value, at.member(name)));
  }

  /** The elements of list member {@code name} that converted; absent means empty. */
  final <W, T> List<T> list(List<W> items, At at, String name, BiFunction<W, At, T> convert) {
    List<T> result = new ArrayList<>();
    converted(items, at, name, convert, (value, where) -> result.add(value));
    return result.isEmpty() ? List.of() : result;
  }

  /** Like {@link #list} for a set: an element listed twice is a problem. */
  final <W, T> Set<T> set(List<W> items, At at, String name, BiFunction<W, At, T> convert) {
    Set<T> result = new LinkedHashSet<>();
    converted(items, at, name, convert, (value, where) -> {
      if (!result.add(value)) {
        problem(where, ProblemCode.REPEATED_ELEMENT, "repeatedElement", quote(value));
      }
    });
    return result.isEmpty() ? Set.of() : result;
  }

  /**
   * Hands each element of list member {@code name} that converts to {@code sink}, with its place;
   * a null element is a problem.
   */
  private <W, T> void converted(List<W> items, At at, String name,
      BiFunction<W, At, T> convert, BiConsumer<T, At> sink) {
    if (optional(items, at, name) == null || items.isEmpty()) {
      return;
    }
    At list = at.member(name);
    for (int i = 0; i < items.size(); i++) {
      W item = items.get(i);
      if (item == null) {
        nullItem(list.item(i));
        continue;
      }
      T converted = convert.apply(item, list.item(i));
      if (converted != null) {
        sink.accept(converted, list.item(i));
      }
    }
  }

  private void nullItem(At at) {
    String pointer = at.pointer();
    int[] nullAt = parser.nullAt(pointer);
    if (nullAt != null) {
      problems.add(pointer, nullAt[0], nullAt[1], ProblemCode.NULL_VALUE, "nullInList");
    } else {
      failures++;
    }
  }

  // ---- scalars ----

  /** Any string. */
  final String string(String text, At at) {
    return text;
  }

  /** A string that is not blank. */
  final String text(String text, At at) {
    if (text.isBlank()) {
      problem(at, ProblemCode.BLANK_STRING, "blank");
      return null;
    }
    return text;
  }

  final String id(String id, At at) {
    if (!Checks.isId(id)) {
      problem(at, ProblemCode.INVALID_ID, "invalidId", Text.shape(id));
      return null;
    }
    return id;
  }

  final String regionCode(String code, At at) {
    if (!Checks.isDigits(code, 2)) {
      problem(at, ProblemCode.INVALID_REGION_CODE, "invalidRegionCode", Text.shape(code));
      return null;
    }
    return code;
  }

  final String municipalityCode(String code, At at) {
    if (!Checks.isDigits(code, 3)) {
      problem(at, ProblemCode.INVALID_MUNICIPALITY_CODE, "invalidMunicipalityCode",
          Text.shape(code));
      return null;
    }
    return code;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A function reading a code of {@code type}. */
  final <E extends Enum<E> & Coded> BiFunction<String, At, E> code(Class<E> type) {
    return (code, at) -> code(code, at, type);
  }

  final <E extends Enum<E> & Coded> E code(String code, At at, Class<E> type) {
    Object constant = CODES.get(type).get(code);
    if (constant != null) {
      return type.cast(constant);
    }
    for (E other : type.getEnumConstants()) {
      if (other.code().equalsIgnoreCase(code)) {
        problem(at, ProblemCode.UNKNOWN_CODE, "unknownCode.case", "\"" + code + "\"",
            other.code());
        return null;
      }
    }
    problem(at, ProblemCode.UNKNOWN_CODE, "unknownCode", Text.code(code),
        EnumSet.allOf(type).stream().map(Coded::code).collect(Collectors.joining(", ")));
    return null;
  }

  /** An ISO calendar date, {@code 2017-08-01}. */
  final LocalDate date(String text, At at) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && digitsAt(text, 0, 4) && digitsAt(text, 5, 7) && digitsAt(text, 8, 10)) {
      try {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
      } catch (DateTimeException e) {
        problem(at, ProblemCode.INVALID_DATE, "notADay", text);
        return null;
      }
    }
    problem(at, ProblemCode.INVALID_DATE, "invalidDate", Text.shape(text));
    return null;
  }

  /** A time of day, {@code 08:00} or {@code 08:00:00}. */
  final LocalTime time(String text, At at) {
    boolean minutes = text.length() == 5;
    boolean seconds = text.length() == 8 && text.charAt(5) == ':' && digitsAt(text, 6, 8);
    if ((minutes || seconds) && text.charAt(2) == ':' && digitsAt(text, 0, 2)
        && digitsAt(text, 3, 5)) {
      try {
        return LocalTime.of(number(text, 0, 2), number(text, 3, 5),
            seconds ? number(text, 6, 8) : 0);
      } catch (DateTimeException e) {
        problem(at, ProblemCode.INVALID_TIME, "notATime", text);
        return null;
      }
    }
    problem(at, ProblemCode.INVALID_TIME, "invalidTime", Text.shape(text));
    return null;
  }

  private static boolean digitsAt(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }

  /** A function reading a whole number of at least {@code min}. */
  final BiFunction<Wire.Whole, At, Integer> integer(int min) {
    return (number, at) -> integer(number, at, min);
  }

  final Integer integer(Wire.Whole number, At at, int min) {
    if (number.decimal()) {
      problem(at, ProblemCode.OUT_OF_RANGE, "decimal");
      return null;
    }
    String text = number.text();
    long value;
    try {
      value = text.length() <= 11 ? Long.parseLong(text) : Long.MAX_VALUE;
    } catch (NumberFormatException e) {
      value = Long.MAX_VALUE;
    }
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      problem(at, ProblemCode.OUT_OF_RANGE, "tooLarge", text.length());
      return null;
    }
    if (value < min) {
      problem(at, ProblemCode.OUT_OF_RANGE, "atLeast", min, value);
      return null;
    }
    return (int) value;
  }

  /**
   * Message patterns by language, each a non-blank {@link java.text.MessageFormat} pattern; null
   * (recorded) when one is not.
   */
  final Map<String, String> messages(Wire.Messages w, At at) {
    int mark = mark();
    Map<String, String> messages = new LinkedHashMap<>();
    optional(w.fi, at, "fi", this::pattern).ifPresent(p -> messages.put("fi", p));
    optional(w.sv, at, "sv", this::pattern).ifPresent(p -> messages.put("sv", p));
    optional(w.en, at, "en", this::pattern).ifPresent(p -> messages.put("en", p));
    return cleanSince(mark) ? messages : null;
  }

  private String pattern(String text, At at) {
    String pattern = text(text, at);
    if (pattern == null) {
      return null;
    }
    try {
      new MessageFormat(pattern, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      problem(at, ProblemCode.INVALID_VALUE, "invalidPattern");
      return null;
    }
    return pattern;
  }

  /** Ids listed once each: a second object with the same id is a problem. */
  final <W> void unique(List<W> items, At at, String list, Function<W, String> id, String member,
      ProblemCode code, String key) {
    if (items == null) {
      return;
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      W item = items.get(i);
      String value = item == null ? null : id.apply(item);
      if (value != null && Checks.isId(value)) {
        String pointer = at.member(list).item(i).member(member).pointer();
        String first = seen.putIfAbsent(value, pointer);
        if (first != null) {
          problems.add(pointer, Problems.Anchor.VALUE, code, key, Text.id(value), first);
        }
      }
    }
  }

  // ---- building ----

  /** The number of problems so far, to tell later whether a part was clean. */
  final int mark() {
    return problems.count() + failures - tolerated;
  }

  /**
   * Records a problem with a value that can still be built, so that checks that need the value
   * (e.g. of derived values further up) still run; the document is rejected all the same.
   */
  final void tolerate(At at, ProblemCode code, String key, Object... arguments) {
    problem(at, code, key, arguments);
    tolerated++;
  }

  /** Whether no problem was recorded since {@code mark}. */
  final boolean cleanSince(int mark) {
    return mark() == mark;
  }

  /** Builds a core value, recording a core invariant not checked here at {@code at}. */
  final <T> T build(At at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (LapeValidationException e) {
      problem(at, ProblemCode.INVALID_VALUE, "invalidValue", Text.invalid(e.getMessage()));
      return null;
    }
  }

  private static Object quote(Object value) {
    return value instanceof Enum ? "\"" + ((Enum<?>) value).name() + "\""
        : Text.id(String.valueOf(value));
  }
}
