package fi.lape.json.internal;

import fi.lape.json.JsonProblem;
import fi.lape.json.ProblemCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one read, up to {@link #MAX}, then stops the read. Pointers are shaped
 * here ({@link Text#pointer}), so no caller can leak a member name into one.
 */
final class Problems {
  /** The most problems collected before reading stops. */
  static final int MAX = 1000;

  private final List<JsonProblem> problems = new ArrayList<>();
  private boolean cutShort;
  private JsonProblem identifying;

  /** Thrown to unwind a read once {@link #MAX} problems are collected. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super(null, null, false, false);
    }
  }

  /** A problem {@code code} at a place; the message is {@code key} with {@code arguments}. */
  void add(String pointer, int line, int column, ProblemCode code, String key,
      Object... arguments) {
    if (problems.size() >= MAX) {
      cutShort = true;
      throw new Full();
    }
    String shaped = Text.pointer(pointer);
    for (Object argument : arguments) {
      if (argument instanceof Text.Shape && ((Text.Shape) argument).identifying
          && identifying == null) {
        identifying = new JsonProblem(shaped, line, column, ProblemCode.IDENTIFYING_ID,
            "identifyingId", List.of());
      }
    }
    problems.add(new JsonProblem(shaped, line, column, code, key, Arrays.asList(arguments)));
  }

  void add(Tree.Node at, ProblemCode code, String key, Object... arguments) {
    add(at.pointer, at.line, at.column, code, key, arguments);
  }

  void add(Tree.Member at, String pointer, ProblemCode code, String key, Object... arguments) {
    add(pointer, at.line, at.column, code, key, arguments);
  }

  int count() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * The problems by position (a stable sort: equal positions keep the order found), then, once,
   * the note that some value was shown by its shape because it may identify a person.
   */
  List<JsonProblem> sorted() {
    List<JsonProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
    if (cutShort) {
      JsonProblem last = sorted.get(sorted.size() - 1);
      sorted.add(new JsonProblem("", last.line(), last.column(), ProblemCode.TOO_MANY_PROBLEMS,
          "tooManyProblems", List.of(MAX)));
    }
    if (identifying != null) {
      sorted.add(identifying);
    }
    return sorted;
  }
}
