package fi.lape.json.internal;

import fi.lape.json.ProblemCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** A syntax error or a broken limit, as Jackson's parser reports it, in lape's own words. */
final class Syntax {
  private static final Pattern LIMIT = Pattern.compile(
      "^(String value length|Document nesting depth|Document length|Number value length"
          + "|Name length|Token count) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("^Unexpected character \\(('.+?') \\(code \\d+\\)\\)");
  private static final Pattern CODE = Pattern.compile("code (\\d+)");

  private Syntax() {}

  /**
   * Records {@code e}, met by {@code parser} while reading the value at pointer {@code at}; a
   * string too long is placed at {@code stringStart} when known, other errors where Jackson stopped.
   */
  static void problem(Problems problems, String at, JsonParser parser,
      TokenStreamLocation stringStart, JacksonException e) {
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

}
