package fi.lape.sheets.internal;

import fi.lape.core.Coded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads lape's codes as people write them: the code itself ({@code CHILD_PROTECTION}, any case,
 * spaces or hyphens for underscores), its name in Finnish, Swedish or English as lape-core's
 * bundles give it ("lastensuojelu", "barnskydd", "child protection"), either half of a name with a
 * part in brackets ("perusopetus (koulu)"), and the few common words of the {@code codeAlias}
 * keys. A word that would fit two codes is not accepted as either.
 */
public final class Codes<E extends Enum<E> & Coded> {
  private static final Map<Class<?>, Codes<?>> CACHE = new ConcurrentHashMap<>();

  private final Class<E> type;
  private final Map<String, E> byKey;

  private Codes(Class<E> type) {
    this.type = type;
    Map<String, E> exact = new HashMap<>();
    Set<String> clashes = new HashSet<>();
    Map<String, E> loose = new HashMap<>();
    Set<String> looseClashes = new HashSet<>();
    for (E constant : type.getEnumConstants()) {
      put(exact, clashes, Words.key(constant.code()), constant);
      for (Locale locale : SheetTexts.LANGUAGES) {
        String name = constant.displayName(locale);
        put(exact, clashes, Words.key(name), constant);
        int open = name.indexOf('(');
        int close = name.lastIndexOf(')');
        if (open > 0 && close > open) {
          put(loose, looseClashes, Words.key(name.substring(0, open)), constant);
          put(loose, looseClashes, Words.key(name.substring(open + 1, close)), constant);
        }
        for (String alias : SheetTexts.of(locale)
            .list("codeAlias." + type.getSimpleName() + "." + constant.name())) {
          put(loose, looseClashes, Words.key(alias), constant);
        }
      }
    }
    exact.keySet().removeAll(clashes);
    loose.keySet().removeAll(looseClashes);
    loose.keySet().removeAll(clashes);
    this.byKey = new HashMap<>(loose);
    this.byKey.putAll(exact);
  }

  private static <E> void put(Map<String, E> map, Set<String> clashes, String key, E constant) {
    if (key.isEmpty()) {
      return;
    }
    E before = map.putIfAbsent(key, constant);
    if (before != null && before != constant) {
      clashes.add(key);
    }
  }

  /** The reader of {@code type}'s codes. */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E> & Coded> Codes<E> of(Class<E> type) {
    return (Codes<E>) CACHE.computeIfAbsent(type, t -> new Codes<>(type));
  }

  /** The constant {@code text} names, if it names one. */
  public Optional<E> parse(String text) {
    return Optional.ofNullable(byKey.get(Words.key(text)));
  }

  /**
   * The constants of a cell that lists several, separated by semicolons or commas; the unknown
   * parts are added to {@code unknown}. A whole cell or a semicolon-separated part that names one
   * constant is taken as it is, so a name with a comma in it still reads.
   */
  public Set<E> parseList(String text, List<String> unknown) {
    Set<E> found = new LinkedHashSet<>();
    Optional<E> whole = parse(text);
    if (whole.isPresent()) {
      found.add(whole.get());
      return found;
    }
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      Optional<E> one = parse(part);
      if (one.isPresent()) {
        found.add(one.get());
        continue;
      }
      for (String piece : part.split(",")) {
        if (piece.isBlank()) {
          continue;
        }
        Optional<E> p = parse(piece);
        if (p.isPresent()) {
          found.add(p.get());
        } else {
          unknown.add(piece.strip());
        }
      }
    }
    return found;
  }

  /** The names of every constant in {@code locale}, for "expected one of" in a problem. */
  public String expected(Locale locale) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.displayName(locale));
    }
    return String.join(", ", names);
  }

  /** The bundle key suffix naming the type: {@code Sector}. */
  public String typeName() {
    return type.getSimpleName();
  }
}
