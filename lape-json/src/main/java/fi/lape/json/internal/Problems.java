package fi.lape.json.internal;

import fi.lape.json.JsonProblem;
import fi.lape.json.ProblemCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one read, up to {@link #MAX}, then stops the read. A problem found while
 * binding knows its pointer but may not know its line and column yet: those are filled in by
 * {@link #locate} once a {@link Locations} pass has mapped the pointers. Pointers are shaped when
 * the problems are handed out ({@link Text#pointer}), so no caller can leak a member name into one.
 */
final class Problems {
  /** The most problems collected before reading stops. */
  static final int MAX = 1000;

  /** Which position of the value at a pointer a problem is placed at. */
  enum Anchor {
    /** Where the value starts. */
    VALUE,
    /** Where its member name starts (for unknown and repeated members). */
    NAME
  }

  /** A problem as found: positions may still be unknown (-1). */
  static final class Entry {
    final String pointer;
    final Anchor anchor;
    final ProblemCode code;
    final String key;
    final Object[] arguments;
    int line;
    int column;
    /** Whether arguments 1 and 2 are the line and column of the member's first occurrence. */
    boolean firstOccurrence;

    Entry(String pointer, int line, int column, Anchor anchor, ProblemCode code, String key,
        Object[] arguments) {
      this.pointer = pointer;
      this.line = line;
      this.column = column;
      this.anchor = anchor;
      this.code = code;
      this.key = key;
      this.arguments = arguments;
    }

    boolean located() {
      return line >= 0 && !firstOccurrence;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> pointers = new HashSet<>();
  private boolean cutShort;

  /** Thrown to unwind a read once {@link #MAX} problems are collected. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super(null, null, false, false);
    }
  }

  /** A problem {@code code} at a known place; the message is {@code key} with {@code arguments}. */
  Entry add(String pointer, int line, int column, ProblemCode code, String key,
      Object... arguments) {
    return add(new Entry(pointer, line, column, Anchor.VALUE, code, key, arguments));
  }

  /** A problem at {@code pointer} whose line and column are found later, by {@link #locate}. */
  Entry add(String pointer, Anchor anchor, ProblemCode code, String key, Object... arguments) {
    return add(new Entry(pointer, -1, -1, anchor, code, key, arguments));
  }

  private Entry add(Entry entry) {
    if (entries.size() >= MAX) {
      cutShort = true;
      throw new Full();
    }
    entries.add(entry);
    pointers.add(entry.pointer);
    return entry;
  }

  /** Whether a problem was recorded exactly at {@code pointer}. */
  boolean recordedAt(String pointer) {
    return !entries.isEmpty() && pointers.contains(pointer);
  }

  /** The problems recorded so far, in the order found. */
  List<Entry> entries() {
    return entries;
  }

  /** Drops every problem but those of repeated members. */
  void retainRepeatedMembers() {
    entries.removeIf(e -> e.code != ProblemCode.REPEATED_MEMBER);
    pointers.clear();
    entries.forEach(e -> pointers.add(e.pointer));
  }

  /** Adds an entry found before (see {@link #truncate}). */
  void keep(Entry entry) {
    add(entry);
  }

  /** Keeps the first {@code count} problems only. */
  void truncate(int count) {
    while (entries.size() > count) {
      entries.remove(entries.size() - 1);
    }
    pointers.clear();
    entries.forEach(e -> pointers.add(e.pointer));
  }

  int count() {
    return entries.size();
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Whether some problem still needs its line and column. */
  boolean needsLocations() {
    for (Entry entry : entries) {
      if (!entry.located()) {
        return true;
      }
    }
    return false;
  }

  /** The pointers whose positions {@link #locate} needs. */
  Set<String> unlocated() {
    Set<String> wanted = new HashSet<>();
    for (Entry entry : entries) {
      if (!entry.located()) {
        wanted.add(entry.pointer);
      }
    }
    return wanted;
  }

  /** Gives every problem without a position the one {@code locations} has for its pointer. */
  void locate(Locations locations) {
    for (Entry entry : entries) {
      if (entry.firstOccurrence) {
        int[] first = locations.name(entry.pointer);
        entry.arguments[1] = first[0];
        entry.arguments[2] = first[1];
        entry.firstOccurrence = false;
      }
      if (entry.line < 0) {
        int[] at = entry.anchor == Anchor.NAME ? locations.name(entry.pointer)
            : locations.value(entry.pointer);
        entry.line = at[0];
        entry.column = at[1];
      }
    }
  }

  /**
   * The problems by position (a stable sort: equal positions keep the order found), then, once,
   * the note that some value was shown by its shape because it may identify a person.
   */
  List<JsonProblem> sorted() {
    List<JsonProblem> sorted = new ArrayList<>();
    JsonProblem identifying = null;
    for (Entry entry : entries) {
      String shaped = Text.pointer(entry.pointer);
      int line = Math.max(0, entry.line);
      int column = Math.max(0, entry.column);
      for (Object argument : entry.arguments) {
        if (argument instanceof Text.Shape && ((Text.Shape) argument).identifying
            && identifying == null) {
          identifying = new JsonProblem(shaped, line, column, ProblemCode.IDENTIFYING_ID,
              "identifyingId", List.of());
        }
      }
      sorted.add(new JsonProblem(shaped, line, column, entry.code, entry.key,
          Arrays.asList(entry.arguments)));
    }
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
