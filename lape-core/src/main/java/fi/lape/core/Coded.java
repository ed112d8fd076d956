package fi.lape.core;

import fi.lape.core.internal.Texts;
import java.util.Locale;

/**
 * An enumeration whose constants are stable upper-case codes, the same in Java, JSON and reports,
 * with names in Finnish, Swedish and English.
 *
 * <pre>{@code
 * Sector.CHILD_HEALTH_CLINIC.code();                          // "CHILD_HEALTH_CLINIC"
 * Sector.CHILD_HEALTH_CLINIC.displayName(new Locale("fi"));  // "äitiys- ja lastenneuvola"
 * }</pre>
 */
public interface Coded {
  /** The constant's name, which is its stable code. */
  String name();

  /** The stable code used in JSON documents and reports. */
  default String code() {
    return name();
  }

  /** The name for people, in {@code locale} (fi, sv or en; anything else gets English). */
  default String displayName(Locale locale) {
    return Texts.name((Enum<?>) this, locale);
  }
}
