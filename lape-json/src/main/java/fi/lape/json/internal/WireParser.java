package fi.lape.json.internal;

import fi.lape.json.ProblemCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * The parser Jackson's data binding reads a lape document through. It adds what the JSON format
 * asks beyond binding, token by token: a member repeated in one object is a problem and its second
 * value is skipped (the first counts), every {@code null} is noted with its place for the binder to
 * report, and a syntax error is given the pointer of the value being read. When {@code locations}
 * is given, it also records the place of every value and member name (for a source that cannot be
 * read a second time, such as an application's own parser).
 */
final class WireParser extends JsonParserDelegate {
  private final Problems problems;
  private final Locations locations;
  /** The absolute pointer of the value read, stripped from every pointer (for parts). */
  private final String base;
  /** The member names seen so far in the open object at each depth. */
  private final List<List<String>> names = new ArrayList<>();
  /** The place of each null, by pointer. */
  private Map<String, int[]> nulls;
  private JsonToken last;
  /** The pointer and place of a syntax error, when the parser stopped on one. */
  private String errorAt;
  private TokenStreamLocation errorLocation;

  WireParser(JsonParser parser, Problems problems, Locations locations) {
    super(parser);
    this.problems = problems;
    this.locations = locations;
    this.base = parser.currentToken() == null ? "" : absolute();
    if (locations != null && parser.currentToken() != null) {
      record(parser.currentToken());
    }
  }

  Problems problems() {
    return problems;
  }

  /** The pointer of the current value (for a member name: of its value), relative to the base. */
  String pointer() {
    return relative(absolute());
  }

  private String absolute() {
    TokenStreamContext context = delegate.streamReadContext();
    JsonToken token = delegate.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }

  private String relative(String pointer) {
    return pointer.length() >= base.length() ? pointer.substring(base.length()) : "";
  }

  /** The place of the null at {@code pointer}, or null when there was none. */
  int[] nullAt(String pointer) {
    return nulls == null ? null : nulls.get(pointer);
  }

  boolean sawNull() {
    return nulls != null;
  }

  /** The pointer of the value the parser stopped in, after a syntax error. */
  String errorPointer() {
    return errorAt != null ? errorAt : pointer();
  }

  /** Where a string that broke a limit started, or null. */
  TokenStreamLocation errorLocation() {
    return errorLocation;
  }

  @Override
  public JsonToken nextToken() {
    JsonToken token;
    try {
      token = delegate.nextToken();
    } catch (JacksonException e) {
      errorAt = pointerOfError(e);
      throw e;
    }
    return afterToken(token);
  }

  /** Notes what the format asks of {@code token} (just read); returns the token to bind. */
  private JsonToken afterToken(JsonToken token) {
    if (token == null) {
      last = null;
      return null;
    }
    switch (token) {
      case PROPERTY_NAME:
        List<String> seen = namesAt(delegate.streamReadContext().getNestingDepth());
        String name = delegate.currentName();
        if (seen.contains(name)) {
          repeated(name);
          return nextToken();
        }
        seen.add(name);
        break;
      case START_OBJECT:
        namesAt(delegate.streamReadContext().getNestingDepth()).clear();
        break;
      case VALUE_NULL:
        if (nulls == null) {
          nulls = new HashMap<>();
        }
        TokenStreamLocation at = delegate.currentTokenLocation();
        nulls.putIfAbsent(pointer(), new int[] {at.getLineNr(), at.getColumnNr()});
        break;
      default:
        break;
    }
    if (locations != null) {
      record(token);
    }
    last = token;
    return token;
  }

  /** Reports a member repeated in its object and skips its value: the first one counts. */
  private void repeated(String name) {
    TokenStreamLocation at = delegate.currentTokenLocation();
    Problems.Entry entry = problems.add(pointer(), at.getLineNr(), at.getColumnNr(),
        ProblemCode.REPEATED_MEMBER, "repeatedMember", Text.name(name), 0, 0);
    if (locations != null) {
      int[] first = locations.name(entry.pointer);
      entry.arguments[1] = first[0];
      entry.arguments[2] = first[1];
    } else {
      entry.firstOccurrence = true;
    }
    try {
      delegate.nextToken();
      delegate.skipChildren();
    } catch (JacksonException e) {
      errorAt = pointer();
      throw e;
    }
  }

  private void record(JsonToken token) {
    TokenStreamLocation at = delegate.currentTokenLocation();
    if (token == JsonToken.PROPERTY_NAME) {
      locations.putName(pointer(), at.getLineNr(), at.getColumnNr());
    } else if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
      locations.putValue(pointer(), at.getLineNr(), at.getColumnNr());
    }
  }

  private List<String> namesAt(int depth) {
    while (names.size() <= depth) {
      names.add(new ArrayList<>());
    }
    return names.get(depth);
  }

  /**
   * The pointer of what the parser was reading when it met an error. Jackson reads a member's
   * name and the start of its value in one step, so an error there belongs to the new member when a
   * new name was read, else to the object.
   */
  private String pointerOfError(JacksonException e) {
    TokenStreamContext context = delegate.streamReadContext();
    if (context.inArray() && e instanceof UnexpectedEndOfInputException) {
      // The text ended where the next element would start.
      return relative(parentPointer(context) + "/" + context.getEntryCount());
    }
    if (last != JsonToken.PROPERTY_NAME && context.inObject()) {
      String name = context.currentName();
      List<String> seen = namesAt(context.getNestingDepth());
      String lastName = seen.isEmpty() ? null : seen.get(seen.size() - 1);
      if (name == null || name.equals(lastName)) {
        return relative(parentPointer(context));
      }
    }
    return relative(context.pathAsPointer().toString());
  }

  private static String parentPointer(TokenStreamContext context) {
    return context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
  }

  @Override
  public String getString() {
    try {
      return delegate.getString();
    } catch (JacksonException e) {
      errorAt = pointer();
      errorLocation = delegate.currentTokenLocation();
      throw e;
    }
  }

  // Jackson's binding may ask for names directly; they go through nextToken() so that repeated
  // members are seen.

  @Override
  public JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public String nextName() {
    return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
  }

  @Override
  public boolean nextName(SerializableString name) {
    return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    // Jackson's own matching of the name, then the checks of afterToken() on it.
    int match;
    try {
      match = delegate.nextNameMatch(matcher);
    } catch (JacksonException e) {
      errorAt = pointerOfError(e);
      throw e;
    }
    JsonToken token = delegate.currentToken();
    if (token == JsonToken.PROPERTY_NAME) {
      List<String> seen = namesAt(delegate.streamReadContext().getNestingDepth());
      String name = delegate.currentName();
      if (seen.contains(name)) {
        repeated(name);
        return nextNameMatch(matcher);
      }
      seen.add(name);
      if (locations != null) {
        record(token);
      }
      last = token;
      return match;
    }
    afterToken(token);
    return match;
  }
}
