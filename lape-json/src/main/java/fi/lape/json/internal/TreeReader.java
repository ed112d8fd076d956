package fi.lape.json.internal;

import fi.lape.json.ProblemCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Reads JSON tokens into a {@link Tree} that keeps positions. A syntax error ends the read with one
 * problem at the error's position; repeated member names are reported and the read goes on.
 */
final class TreeReader {
  private static final Pattern LIMIT = Pattern.compile(
      "^(String value length|Document nesting depth|Document length|Number value length"
          + "|Name length|Token count) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("^Unexpected character \\(('.+?') \\(code \\d+\\)\\)");
  private static final Pattern CODE = Pattern.compile("code (\\d+)");

  private final JsonParser parser;
  private final Problems problems;
  /** Where the reader is, so that a syntax error can be given a pointer. */
  private String at = "";
  /** The start of a string being read, where a too-long string is reported. */
  private TokenStreamLocation stringStart;

  private TreeReader(JsonParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** Reads a whole document; null when it is empty or malformed (the problem is recorded). */
  static Tree.Node readDocument(JsonParser parser, Problems problems) {
    TreeReader reader = new TreeReader(parser, problems);
    try {
      if (parser.nextToken() == null) {
        problems.add("", 1, 1, ProblemCode.EMPTY_DOCUMENT, "emptyDocument");
        return null;
      }
      Tree.Node root = reader.value("");
      if (parser.nextToken() != null) {
        TokenStreamLocation location = parser.currentTokenLocation();
        problems.add("", location.getLineNr(), location.getColumnNr(),
            ProblemCode.TRAILING_CONTENT, "trailingContent");
        return null;
      }
      return root;
    } catch (JacksonException e) {
      reader.syntaxError(e);
      return null;
    }
  }

  /** Reads the value at the parser's current token; null when malformed (recorded). */
  static Tree.Node readCurrentValue(JsonParser parser, Problems problems) {
    TreeReader reader = new TreeReader(parser, problems);
    try {
      if (!parser.hasCurrentToken() && parser.nextToken() == null) {
        TokenStreamLocation location = parser.currentLocation();
        problems.add("", location.getLineNr(), location.getColumnNr(),
            ProblemCode.EMPTY_DOCUMENT, "emptyDocument");
        return null;
      }
      return reader.value("");
    } catch (JacksonException e) {
      reader.syntaxError(e);
      return null;
    }
  }

  private Tree.Node value(String pointer) {
    at = pointer;
    TokenStreamLocation location = parser.currentTokenLocation();
    // A parser over a tree (a JsonNode) has no positions: they are -1, reported as 0.
    int line = Math.max(0, location.getLineNr());
    int column = Math.max(0, location.getColumnNr());
    JsonToken token = parser.currentToken();
    if (token == null) {
      // A JSON text parser reports a truncated document itself; a token buffer just ends.
      throw new StreamReadException("Unexpected end-of-input");
    }
    switch (token) {
      case START_OBJECT:
        return object(pointer, line, column);
      case START_ARRAY:
        return array(pointer, line, column);
      case VALUE_STRING:
        stringStart = location;
        String text = parser.getString();
        stringStart = null;
        return new Tree.Scalar(pointer, line, column, Tree.Scalar.Kind.STRING, text);
      case VALUE_NUMBER_INT:
        return new Tree.Scalar(pointer, line, column, Tree.Scalar.Kind.INTEGER, parser.getString());
      case VALUE_NUMBER_FLOAT:
        return new Tree.Scalar(pointer, line, column, Tree.Scalar.Kind.DECIMAL, parser.getString());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Tree.Scalar(pointer, line, column, Tree.Scalar.Kind.BOOLEAN, parser.getString());
      case VALUE_NULL:
        return new Tree.Scalar(pointer, line, column, Tree.Scalar.Kind.NULL, "null");
      default:
        // Only a non-JSON token source produces anything else (e.g. an embedded object).
        problems.add(pointer, line, column, ProblemCode.WRONG_TYPE, "wrongType.value");
        return new Tree.Scalar(pointer, line, column, Tree.Scalar.Kind.NULL, "null");
    }
  }

  private Tree.Obj object(String pointer, int line, int column) {
    Tree.Obj object = new Tree.Obj(pointer, line, column);
    String last = null;
    while (nextInObject(pointer, last) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      last = name;
      TokenStreamLocation nameAt = parser.currentTokenLocation();
      String child = Tree.child(pointer, name);
      at = child;
      parser.nextToken();
      Tree.Node value = value(child);
      Tree.Member first = object.members.get(name);
      if (first == null) {
        object.members.put(name, new Tree.Member(name, Math.max(0, nameAt.getLineNr()),
            Math.max(0, nameAt.getColumnNr()), value));
      } else {
        problems.add(child, Math.max(0, nameAt.getLineNr()), Math.max(0, nameAt.getColumnNr()),
            ProblemCode.REPEATED_MEMBER, "repeatedMember", Text.name(name), first.line,
            first.column);
      }
      at = pointer;
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new StreamReadException("Unexpected end-of-input");
    }
    return object;
  }

  private Tree.Arr array(String pointer, int line, int column) {
    Tree.Arr array = new Tree.Arr(pointer, line, column);
    while (nextInArray(pointer, array.items.size()) != JsonToken.END_ARRAY) {
      array.items.add(value(Tree.child(pointer, array.items.size())));
      at = pointer;
    }
    return array;
  }

  /**
   * The next token in an object. Jackson reads ahead into a member's value when it returns the
   * member's name, so an error there belongs to the new member if a new name was read.
   */
  private JsonToken nextInObject(String pointer, String last) {
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      String name = parser.streamReadContext().currentName();
      if (name != null && !name.equals(last)) {
        at = Tree.child(pointer, name);
      }
      throw e;
    }
  }

  private JsonToken nextInArray(String pointer, int index) {
    at = Tree.child(pointer, index);
    JsonToken token = parser.nextToken();
    at = pointer;
    return token;
  }

  private void syntaxError(JacksonException e) {
    // A too-long string is reported where it starts; other errors where Jackson stopped.
    TokenStreamLocation location = stringStart != null && e instanceof StreamConstraintsException
        ? stringStart : e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      location = parser.currentLocation();
    }
    int line = Math.max(1, location.getLineNr());
    int column = Math.max(1, location.getColumnNr());
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      Matcher limit = LIMIT.matcher(original);
      String key = !limit.find() ? "limit.other" : limitKey(limit.group(1));
      problems.add(at, line, column, ProblemCode.LIMIT_EXCEEDED, key,
          parseLimit(original));
      return;
    }
    problems.add(at, line, column, ProblemCode.MALFORMED_JSON, syntaxKey(e, original),
        syntaxArgument(original));
  }

  private static long parseLimit(String original) {
    Matcher limit = LIMIT.matcher(original);
    return limit.find() ? Long.parseLong(limit.group(3)) : 0;
  }

  /**
   * The key of lape's own words for a syntax error. Jackson's messages may quote document text
   * (which could be personal data) and name Jackson's classes and features, so none of their text
   * reaches a problem: known cases get their own sentence, any other a general one.
   */
  static String syntaxKey(JacksonException e, String original) {
    if (e instanceof UnexpectedEndOfInputException || original.startsWith("Unexpected end-of-input")) {
      return "syntax.endsEarly";
    }
    if (original.startsWith("Unrecognized token") || original.startsWith("Non-standard token")) {
      return "syntax.expectedValue";
    }
    if (original.contains("comment")) {
      return "syntax.comment";
    }
    if (original.contains("ALLOW_LEADING_PLUS") || original.contains("ALLOW_LEADING_ZEROS")
        || original.contains("ALLOW_NON_NUMERIC") || original.contains("ALLOW_LEADING_DECIMAL")
        || original.contains("ALLOW_TRAILING_DECIMAL") || original.startsWith("Invalid numeric")
        || original.contains("Leading zeroes")) {
      return "syntax.number";
    }
    Matcher character = UNEXPECTED_CHARACTER.matcher(original);
    if (character.find()) {
      return character.group(1).equals("\'\'\'") ? "syntax.singleQuote" : "syntax.unexpected";
    }
    if (original.startsWith("Illegal unquoted character")) {
      return "syntax.control";
    }
    if (original.startsWith("Unrecognized character escape")) {
      return "syntax.escape";
    }
    return "syntax.other";
  }

  /**
   * The character a syntax error is about: itself in quotes when it is ASCII punctuation, which
   * cannot be personal data, else its code.
   */
  private static String syntaxArgument(String original) {
    Matcher code = CODE.matcher(original);
    int c = code.find() ? Integer.parseInt(code.group(1)) : 0;
    return c > 32 && c < 127 && !Character.isLetterOrDigit(c) ? "'" + (char) c + "'"
        : "U+" + String.format("%04X", c);
  }

  private static String limitKey(String what) {
    switch (what) {
      case "String value length":
        return "limit.string";
      case "Document nesting depth":
        return "limit.depth";
      case "Document length":
        return "limit.document";
      case "Number value length":
        return "limit.number";
      case "Name length":
        return "limit.name";
      default:
        return "limit.tokens";
    }
  }

  private static int indexOfAny(String text, String... needles) {
    int first = -1;
    for (String needle : needles) {
      int index = text.indexOf(needle);
      if (index >= 0 && (first < 0 || index < first)) {
        first = index;
      }
    }
    return first;
  }
}
