package fi.lape.json.internal;

import fi.lape.core.Coded;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * Writes members the canonical way: empty lists and absent optionals are left out, sets come out
 * sorted (codes in declaration order, ids alphabetically) so that equal values give equal text,
 * and lists of scalars stay on one line.
 */
final class Out {
  final JsonGenerator g;
  private final CanonicalPrinter printer;

  Out(JsonGenerator g, CanonicalPrinter printer) {
    this.g = g;
    this.printer = printer;
  }

  CanonicalPrinter printer() {
    return printer;
  }

  void inlineNext() {
    if (printer != null) {
      printer.inlineNext();
    }
  }

  void startObject() {
    g.writeStartObject();
  }

  void startInlineObject() {
    inlineNext();
    g.writeStartObject();
  }

  void endObject() {
    g.writeEndObject();
  }

  void name(String name) {
    g.writeName(name);
  }

  void string(String name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  void date(String name, LocalDate value) {
    string(name, value.toString());
  }

  void date(String name, Optional<LocalDate> value) {
    value.ifPresent(v -> date(name, v));
  }

  void integer(String name, int value) {
    g.writeName(name);
    g.writeNumber(value);
  }

  void bool(String name, boolean value) {
    g.writeName(name);
    g.writeBoolean(value);
  }

  void code(String name, Coded value) {
    string(name, value.code());
  }

  void code(String name, Optional<? extends Coded> value) {
    value.ifPresent(v -> code(name, v));
  }

  /** A set of codes in declaration order. */
  <E extends Enum<E> & Coded> void codes(String name, Set<E> values) {
    strings(name, values.stream().sorted(Comparator.comparingInt(Enum::ordinal))
        .map(Coded::code).collect(Collectors.toList()));
  }

  /** A set of ids, sorted. */
  void sortedStrings(String name, Set<String> values) {
    strings(name, values.stream().sorted().collect(Collectors.toList()));
  }

  /** A list of strings in its own order, on one line. */
  void strings(String name, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    inlineNext();
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  void dates(String name, List<LocalDate> values) {
    strings(name, values.stream().map(LocalDate::toString).collect(Collectors.toList()));
  }
}
