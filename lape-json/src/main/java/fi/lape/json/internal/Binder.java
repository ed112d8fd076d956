package fi.lape.json.internal;

import fi.lape.core.Coded;
import fi.lape.core.LapeValidationException;
import fi.lape.core.internal.Checks;
import fi.lape.json.LapeDocument;
import fi.lape.json.ProblemCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns {@link Tree} nodes into values, recording a problem for every member that is missing, of
 * the wrong type, malformed or unknown, and going on so that one pass finds them all. Each
 * conversion returns null when it recorded a problem; a value is only built when nothing inside it
 * was wrong ({@link #mark()} / {@link #cleanSince(int)}).
 */
abstract class Binder {
  private static final Pattern REGION_CODE = Pattern.compile("\\d{2}");
  private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{3}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");

  static final boolean REQUIRED = true;
  static final boolean OPTIONAL = false;

  final Problems problems;
  final Options options;
  /** Problems that do not stop a value from being built (see {@link #tolerate}). */
  private int tolerated;

  Binder(Problems problems, Options options) {
    this.problems = problems;
    this.options = options;
  }

  // ---- structure ----

  /**
   * Checks the document's format name and version. Returns false when the document is of another
   * kind or version, after which the rest is not read: its members would mean something else.
   */
  final boolean header(Tree.Obj root, LapeDocument expected) {
    boolean known = true;
    Tree.Node format = member(root, "format", REQUIRED);
    String name = format == null ? null : string(format);
    if (name != null && !name.equals(expected.formatName())) {
      Optional<LapeDocument> other = LapeDocument.byFormatName(name);
      if (other.isPresent()) {
        problems.add(format, ProblemCode.WRONG_DOCUMENT, "wrongDocument", name,
            expected.formatName());
      } else {
        problems.add(format, ProblemCode.UNKNOWN_FORMAT, "unknownFormat", Text.name(name),
            expected.formatName());
      }
      known = false;
    }
    Tree.Node version = member(root, "version", REQUIRED);
    String number = version == null ? null : string(version);
    if (number != null && known && !number.equals(expected.version())) {
      if (isLaterMinor(number, expected.version())) {
        // A later 1.x only adds optional members, which a lenient reader can skip.
        if (!options.allowUnknownFields()) {
          problems.add(version, ProblemCode.NEWER_VERSION, "newerVersion",
              expected.formatName(), number, expected.version());
          known = false;
        }
      } else {
        problems.add(version, ProblemCode.UNKNOWN_VERSION, "unknownVersion",
            expected.formatName(), number.matches("\\d{1,3}(\\.\\d{1,3}){0,2}")
                ? "\"" + number + "\"" : Text.shape(number), expected.version());
        known = false;
      }
    }
    return known;
  }

  /**
   * The root object of a document (with its header checked first, so that a document of another
   * kind or version gets one problem, not one per member) or of a part read on its own.
   */
  final Tree.Obj root(Tree.Node node, LapeDocument kind, boolean document, String... names) {
    if (!document) {
      return object(node, names);
    }
    Tree.Obj root = anyObject(node);
    if (root == null || !header(root, kind)) {
      return null;
    }
    String[] all = new String[names.length + 2];
    all[0] = "format";
    all[1] = "version";
    System.arraycopy(names, 0, all, 2, names.length);
    return object(root, all);
  }

  /**
   * {@code node} as an object whose members are {@code names}; other members are problems unless
   * unknown fields are allowed. Null (recorded) when {@code node} is not an object.
   */
  final Tree.Obj object(Tree.Node node, String... names) {
    if (!(node instanceof Tree.Obj)) {
      wrongType(node, "an object");
      return null;
    }
    Tree.Obj object = (Tree.Obj) node;
    if (!options.allowUnknownFields()) {
      List<String> known = Arrays.asList(names);
      for (Tree.Member member : object.members.values()) {
        if (!known.contains(member.name)) {
          unknownMember(member, known);
        }
      }
    }
    return object;
  }

  /** Whether {@code version} has the major version of {@code known} and a higher minor one. */
  private static boolean isLaterMinor(String version, String known) {
    String major = known.substring(0, known.indexOf('.') + 1);
    return version.matches("\\d{1,3}\\.\\d{1,3}") && version.startsWith(major)
        && Integer.parseInt(version.substring(major.length()))
            > Integer.parseInt(known.substring(major.length()));
  }

  /** {@code node} as an object with any members, or null (recorded) when it is not an object. */
  final Tree.Obj anyObject(Tree.Node node) {
    if (!(node instanceof Tree.Obj)) {
      wrongType(node, "an object");
      return null;
    }
    return (Tree.Obj) node;
  }

  private void unknownMember(Tree.Member member, List<String> known) {
    Object[] message = unknownMember(member.name, known);
    problems.add(member, member.value.pointer, ProblemCode.UNKNOWN_MEMBER, (String) message[0],
        Arrays.copyOfRange(message, 1, message.length));
  }

  /**
   * The message key and arguments for a member {@code name} among {@code known} ones: the member
   * meant when it differs only in case or underscores, or is Popolo's name for it.
   */
  static Object[] unknownMember(String name, List<String> known) {
    String plain = name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      // Popolo writes start_date and end_date; lape's terms say start and end.
      if (lower.equals(plain) || (lower + "date").equals(plain)) {
        return new Object[] {"unknownMember.didYouMean", Text.name(name), candidate};
      }
    }
    if (known.contains("term") && (plain.equals("startdate") || plain.equals("enddate"))) {
      return new Object[] {"unknownMember.term", Text.name(name)};
    }
    if (known.isEmpty()) {
      return new Object[] {"unknownMember.none", Text.name(name)};
    }
    return new Object[] {"unknownMember", Text.name(name), String.join(", ", known)};
  }

  /** The value of member {@code name}, or null (a problem when required or when it is null). */
  final Tree.Node member(Tree.Obj object, String name, boolean required) {
    if (object == null) {
      return null;
    }
    Tree.Node value = object.get(name);
    if (value == null) {
      if (required) {
        problems.add(object, ProblemCode.MISSING_MEMBER, "missingMember", name);
      }
      return null;
    }
    if (value instanceof Tree.Scalar && ((Tree.Scalar) value).kind == Tree.Scalar.Kind.NULL) {
      if (required) {
        problems.add(value, ProblemCode.NULL_VALUE, "nullRequired", name);
      } else {
        problems.add(value, ProblemCode.NULL_VALUE, "nullOptional");
      }
      return null;
    }
    return value;
  }

  /** Member {@code name} converted, or null when absent or wrong (recorded). */
  final <T> T get(Tree.Obj object, String name, boolean required,
      Function<Tree.Node, T> convert) {
    Tree.Node value = member(object, name, required);
    return value == null ? null : convert.apply(value);
  }

  /** Member {@code name} converted, or empty when absent or wrong (recorded). */
  final <T> Optional<T> optional(Tree.Obj object, String name, Function<Tree.Node, T> convert) {
    return Optional.ofNullable(get(object, name, OPTIONAL, convert));
  }

  /** The elements of array member {@code name} that converted; absent means empty. */
  final <T> List<T> list(Tree.Obj object, String name, Function<Tree.Node, T> convert) {
    List<T> result = new ArrayList<>();
    for (Tree.Node item : items(object, name)) {
      T converted = convert.apply(item);
      if (converted != null) {
        result.add(converted);
      }
    }
    return result;
  }

  /** Like {@link #list} for a set: an element listed twice is a problem. */
  final <T> Set<T> set(Tree.Obj object, String name, Function<Tree.Node, T> convert) {
    Set<T> result = new LinkedHashSet<>();
    for (Tree.Node item : items(object, name)) {
      T converted = convert.apply(item);
      if (converted != null && !result.add(converted)) {
        problems.add(item, ProblemCode.REPEATED_ELEMENT, "repeatedElement", quote(converted));
      }
    }
    return result;
  }

  /** The non-null items of array member {@code name}; absent means none. */
  private List<Tree.Node> items(Tree.Obj object, String name) {
    Tree.Node value = member(object, name, OPTIONAL);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof Tree.Arr)) {
      wrongType(value, "an array");
      return List.of();
    }
    List<Tree.Node> items = new ArrayList<>();
    for (Tree.Node item : ((Tree.Arr) value).items) {
      if (item instanceof Tree.Scalar && ((Tree.Scalar) item).kind == Tree.Scalar.Kind.NULL) {
        problems.add(item, ProblemCode.NULL_VALUE, "nullInList");
      } else {
        items.add(item);
      }
    }
    return items;
  }

  /**
   * Reports each object of array {@code list} whose string member {@code id} repeats an earlier
   * one; {@code format} gets the id and the pointer of the first.
   */
  final void unique(Tree.Obj root, String list, String id, ProblemCode code, String key) {
    Tree.Node items = root.get(list);
    if (!(items instanceof Tree.Arr)) {
      return;
    }
    Map<String, String> seen = new HashMap<>();
    for (Tree.Node item : ((Tree.Arr) items).items) {
      Tree.Node value = item instanceof Tree.Obj ? ((Tree.Obj) item).get(id) : null;
      if (value instanceof Tree.Scalar && ((Tree.Scalar) value).kind == Tree.Scalar.Kind.STRING
          && Checks.isId(((Tree.Scalar) value).text)) {
        String text = ((Tree.Scalar) value).text;
        String first = seen.putIfAbsent(text, value.pointer);
        if (first != null) {
          problems.add(value, code, key, Text.id(text), first);
        }
      }
    }
  }

  /** How many elements array member {@code name} has, 0 when it is absent or not an array. */
  static int count(Tree.Obj o, String name) {
    Tree.Node value = o.get(name);
    return value instanceof Tree.Arr ? ((Tree.Arr) value).items.size() : 0;
  }

  /**
   * Message patterns by language: an object whose members are {@code fi}, {@code sv} or {@code en}
   * and whose values are non-blank strings (checked as {@link java.text.MessageFormat} patterns).
   */
  final Map<String, String> messages(Tree.Node node) {
    Tree.Obj o = object(node, "fi", "sv", "en");
    if (o == null) {
      return null;
    }
    int mark = mark();
    Map<String, String> messages = new LinkedHashMap<>();
    for (String language : List.of("fi", "sv", "en")) {
      String pattern = get(o, language, OPTIONAL, this::pattern);
      if (pattern != null) {
        messages.put(language, pattern);
      }
    }
    return cleanSince(mark) ? messages : null;
  }

  /** A {@link java.text.MessageFormat} pattern, or null (recorded) when it is not one. */
  private String pattern(Tree.Node node) {
    String pattern = text(node);
    if (pattern == null) {
      return null;
    }
    try {
      new java.text.MessageFormat(pattern, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      problems.add(node, ProblemCode.INVALID_VALUE, "invalidPattern");
      return null;
    }
    return pattern;
  }

  // ---- scalars ----

  final String string(Tree.Node node) {
    if (node instanceof Tree.Scalar && ((Tree.Scalar) node).kind == Tree.Scalar.Kind.STRING) {
      return ((Tree.Scalar) node).text;
    }
    wrongType(node, "a string");
    return null;
  }

  /** A string that is not blank. */
  final String text(Tree.Node node) {
    String text = string(node);
    if (text != null && text.isBlank()) {
      problems.add(node, ProblemCode.BLANK_STRING, "blank");
      return null;
    }
    return text;
  }

  final String id(Tree.Node node) {
    String id = string(node);
    if (id != null && !Checks.isId(id)) {
      problems.add(node, ProblemCode.INVALID_ID, "invalidId", Text.shape(id));
      return null;
    }
    return id;
  }

  final String regionCode(Tree.Node node) {
    String code = string(node);
    if (code != null && !REGION_CODE.matcher(code).matches()) {
      problems.add(node, ProblemCode.INVALID_REGION_CODE, "invalidRegionCode", Text.shape(code));
      return null;
    }
    return code;
  }

  final String municipalityCode(Tree.Node node) {
    String code = string(node);
    if (code != null && !MUNICIPALITY_CODE.matcher(code).matches()) {
      problems.add(node, ProblemCode.INVALID_MUNICIPALITY_CODE, "invalidMunicipalityCode",
          Text.shape(code));
      return null;
    }
    return code;
  }

  /** A function reading a code of {@code type}, for {@link #get} and {@link #set}. */
  final <E extends Enum<E> & Coded> Function<Tree.Node, E> code(Class<E> type) {
    return node -> code(node, type);
  }

  final <E extends Enum<E> & Coded> E code(Tree.Node node, Class<E> type) {
    String code = string(node);
    if (code == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equalsIgnoreCase(code)) {
        problems.add(node, ProblemCode.UNKNOWN_CODE, "unknownCode.case", "\"" + code + "\"",
            constant.code());
        return null;
      }
    }
    problems.add(node, ProblemCode.UNKNOWN_CODE, "unknownCode", Text.code(code),
        EnumSet.allOf(type).stream().map(Coded::code).collect(Collectors.joining(", ")));
    return null;
  }

  final LocalDate date(Tree.Node node) {
    String text = string(node);
    if (text == null) {
      return null;
    }
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(node, ProblemCode.INVALID_DATE, "notADay", text);
        return null;
      }
    }
    problems.add(node, ProblemCode.INVALID_DATE, "invalidDate", Text.shape(text));
    return null;
  }

  final LocalTime time(Tree.Node node) {
    String text = string(node);
    if (text == null) {
      return null;
    }
    if (TIME.matcher(text).matches()) {
      try {
        return LocalTime.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(node, ProblemCode.INVALID_TIME, "notATime", text);
        return null;
      }
    }
    problems.add(node, ProblemCode.INVALID_TIME, "invalidTime", Text.shape(text));
    return null;
  }

  /** A function reading a whole number of at least {@code min}. */
  final Function<Tree.Node, Integer> integer(int min) {
    return node -> integer(node, min);
  }

  final Integer integer(Tree.Node node, int min) {
    if (!(node instanceof Tree.Scalar) || ((Tree.Scalar) node).kind != Tree.Scalar.Kind.INTEGER) {
      if (node instanceof Tree.Scalar && ((Tree.Scalar) node).kind == Tree.Scalar.Kind.DECIMAL) {
        problems.add(node, ProblemCode.OUT_OF_RANGE, "decimal");
      } else {
        wrongType(node, "a whole number");
      }
      return null;
    }
    String text = ((Tree.Scalar) node).text;
    long value = INTEGER.matcher(text).matches() ? Long.parseLong(text) : Long.MAX_VALUE;
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      problems.add(node, ProblemCode.OUT_OF_RANGE, "tooLarge", text.length());
      return null;
    }
    if (value < min) {
      problems.add(node, ProblemCode.OUT_OF_RANGE, "atLeast", min, value);
      return null;
    }
    return (int) value;
  }

  final Boolean bool(Tree.Node node) {
    if (node instanceof Tree.Scalar && ((Tree.Scalar) node).kind == Tree.Scalar.Kind.BOOLEAN) {
      return Boolean.valueOf(((Tree.Scalar) node).text);
    }
    wrongType(node, "true or false");
    return null;
  }

  final void wrongType(Tree.Node node, String expected) {
    problems.add(node, ProblemCode.WRONG_TYPE, "wrongType", Text.type(expected),
        Text.type(node.type()));
  }

  // ---- building ----

  /** The number of problems so far, to tell later whether a part was clean. */
  final int mark() {
    return problems.count() - tolerated;
  }

  /** Whether no problem that stops building was recorded since {@code mark}. */
  final boolean cleanSince(int mark) {
    return mark() == mark;
  }

  /**
   * Records a problem with a value that can still be built, so that checks that need the value
   * (e.g. of derived values further up) still run; the document is rejected all the same.
   */
  final void tolerate(Tree.Node at, ProblemCode code, String key, Object... arguments) {
    problems.add(at, code, key, arguments);
    tolerated++;
  }

  /**
   * Builds a core value, recording a core invariant the binder did not check itself at {@code at}.
   */
  final <T> T build(Tree.Node at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (LapeValidationException e) {
      problems.add(at, ProblemCode.INVALID_VALUE, "invalidValue", Text.invalid(e.getMessage()));
      return null;
    }
  }

  private static Object quote(Object value) {
    return value instanceof Enum ? "\"" + ((Enum<?>) value).name() + "\""
        : Text.id(String.valueOf(value));
  }
}
