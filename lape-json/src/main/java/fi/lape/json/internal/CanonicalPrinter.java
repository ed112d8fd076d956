package fi.lape.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The layout of written documents: two-space indentation, {@code "name": value}, and small values
 * on one line. The writer marks the next object or array as inline ({@link #inlineNext()}) when it
 * is a list of codes or ids or a short object such as a term; everything inside an inline value is
 * inline too. One instance serves one generator.
 */
final class CanonicalPrinter implements PrettyPrinter {
  private final Deque<Boolean> inline = new ArrayDeque<>();
  private boolean nextInline;

  /** Lays out the next object or array on one line. */
  void inlineNext() {
    nextInline = true;
  }

  private boolean inline() {
    return !inline.isEmpty() && inline.peek();
  }

  private void open(JsonGenerator g, char bracket) {
    g.writeRaw(bracket);
    inline.push(nextInline || inline());
    nextInline = false;
  }

  private void close(JsonGenerator g, char bracket, int entries) {
    boolean wasInline = inline.pop();
    if (!wasInline && entries > 0) {
      newline(g);
    }
    g.writeRaw(bracket);
  }

  private void separator(JsonGenerator g) {
    g.writeRaw(',');
    if (inline()) {
      g.writeRaw(' ');
    } else {
      newline(g);
    }
  }

  private void first(JsonGenerator g) {
    if (!inline()) {
      newline(g);
    }
  }

  private void newline(JsonGenerator g) {
    g.writeRaw('\n');
    for (int i = 0; i < inline.size(); i++) {
      g.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    open(g, '{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    first(g);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    separator(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    close(g, '}', entries);
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    open(g, '[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    first(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    separator(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int entries) {
    close(g, ']', entries);
  }
}
