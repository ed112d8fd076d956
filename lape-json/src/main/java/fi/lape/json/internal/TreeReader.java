package fi.lape.json.internal;

import fi.lape.json.ProblemCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads JSON tokens into a {@link Tree} that keeps positions. A syntax error ends the read with one
 * problem at the error's position; repeated member names are reported and the read goes on.
 */
final class TreeReader {
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
    Syntax.problem(problems, at, parser, stringStart, e);
  }
}
