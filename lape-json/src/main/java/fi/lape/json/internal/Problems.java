package fi.lape.json.internal;

import fi.lape.json.JsonProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one read, up to {@link #MAX}, then stops the read. */
final class Problems {
  /** The most problems collected before reading stops. */
  static final int MAX = 1000;

  private final List<JsonProblem> problems = new ArrayList<>();
  private boolean cutShort;

  /** Thrown to unwind a read once {@link #MAX} problems are collected. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super(null, null, false, false);
    }
  }

  void add(String pointer, int line, int column, String message) {
    if (problems.size() >= MAX) {
      cutShort = true;
      throw new Full();
    }
    problems.add(new JsonProblem(pointer, line, column, message));
  }

  void add(Tree.Node at, String message) {
    add(at.pointer, at.line, at.column, message);
  }

  void add(Tree.Member at, String pointer, String message) {
    add(pointer, at.line, at.column, message);
  }

  int count() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems by position (a stable sort: equal positions keep the order found). */
  List<JsonProblem> sorted() {
    List<JsonProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
    if (cutShort) {
      JsonProblem last = sorted.get(sorted.size() - 1);
      sorted.add(new JsonProblem("", last.line(), last.column(),
          "too many problems: only the first " + MAX + " are listed"));
    }
    return sorted;
  }
}
