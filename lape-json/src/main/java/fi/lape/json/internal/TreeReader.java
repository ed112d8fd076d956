package fi.lape.json.internal;

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
        problems.add("", 1, 1, "the document is empty: expected a JSON object");
        return null;
      }
      Tree.Node root = reader.value("");
      if (parser.nextToken() != null) {
        TokenStreamLocation location = parser.currentTokenLocation();
        problems.add("", location.getLineNr(), location.getColumnNr(),
            "unexpected content after the end of the document: a document is one JSON object");
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
            "no value: expected a JSON object");
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
        problems.add(pointer, line, column, "unexpected " + token + ": expected a JSON value");
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
            String.format(
            "member %s appears twice (first at line %d, column %d)",
            Text.name(name), first.line, first.column));
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
    problems.add(at, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()),
        syntaxMessage(e));
  }

  /**
   * A plain message for a syntax error. Jackson's own messages may quote document text (which could
   * be personal data) and name Jackson classes, so known cases get our words and unknown ones lose
   * every quoted token.
   */
  static String syntaxMessage(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      Matcher limit = LIMIT.matcher(original);
      if (limit.find()) {
        return limitMessage(limit.group(1), limit.group(3));
      }
      return "the document is over a reading limit";
    }
    if (e instanceof UnexpectedEndOfInputException || original.startsWith("Unexpected end-of-input")) {
      return "malformed JSON: the document ends too early (an object, array or string is not"
          + " closed)";
    }
    if (original.startsWith("Unrecognized token")) {
      return "malformed JSON: expected a value (a string in double quotes, a number, an object, an"
          + " array, true, false or null)";
    }
    if (original.contains("comment")) {
      return "malformed JSON: comments are not allowed";
    }
    Matcher character = UNEXPECTED_CHARACTER.matcher(original);
    if (character.find()) {
      if (character.group(1).equals("'''")) {
        return "malformed JSON: unexpected single quote: JSON strings and member names are in"
            + " double quotes";
      }
      String rest = cut(original.substring(character.end()));
      return "malformed JSON: unexpected character " + character.group(1)
          + (rest.isEmpty() ? "" : ", " + rest);
    }
    if (original.startsWith("Illegal unquoted character")) {
      Matcher code = CODE.matcher(original);
      return "malformed JSON: a control character" + (code.find() ? " (code " + code.group(1)
          + ")" : "") + " inside a string must be escaped, e.g. as \\n or \\u0009";
    }
    if (original.startsWith("Unrecognized character escape")) {
      return "malformed JSON: unknown escape sequence in a string";
    }
    String message = cut(original);
    return "malformed JSON: " + (message.isEmpty() ? "cannot be read"
        : Character.toLowerCase(message.charAt(0)) + message.substring(1));
  }

  /** A message without Jackson's location suffix, not longer than 200 characters. */
  private static String cut(String message) {
    int cut = indexOfAny(message, " at [Source", "\n", " (start marker at");
    String text = (cut >= 0 ? message.substring(0, cut) : message).trim();
    if (text.startsWith(":")) {
      text = text.substring(1).trim();
    }
    return text.length() <= 200 ? text : text.substring(0, 197) + "...";
  }

  private static String limitMessage(String what, String maximum) {
    switch (what) {
      case "String value length":
        return "a string is longer than the limit of " + maximum + " characters";
      case "Document nesting depth":
        return "objects and arrays are nested deeper than the limit of " + maximum;
      case "Document length":
        return "the document is larger than the limit of " + maximum;
      case "Number value length":
        return "a number has more digits than the limit of " + maximum;
      case "Name length":
        return "a member name is longer than the limit of " + maximum + " characters";
      default:
        return "the document has more tokens than the limit of " + maximum;
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
