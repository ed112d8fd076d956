package fi.lape.core.internal;

import fi.lape.core.Branch;
import fi.lape.core.Channel;
import fi.lape.core.Dates;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingPlaceType;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Looks up user-facing texts in lape's resource bundles. English is the base bundle; Finnish and
 * Swedish are translations. The JVM's default locale never leaks in as a fallback.
 */
public final class Texts {
  /** The languages lape ships texts in. */
  public static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"));

  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CODES = Pattern.compile("[A-Z][A-Z0-9_]*(, [A-Z][A-Z0-9_]*)*");
  /** Code lists whose names arguments may carry, most specific first. */
  private static final List<Class<?>> CODE_TYPES = List.of(Sector.class, Voice.class, Role.class,
      Duty.class, Branch.class, GroupKind.class, OrganisationKind.class, MeetingPlaceType.class,
      Channel.class, LinkRelation.class);
  private static final Bundles BUNDLES = new Bundles("texts", Texts.class::getResourceAsStream);

  private Texts() {}

  /** The text for {@code key} in {@code locale}, falling back to English, then to the key itself. */
  public static String text(Locale locale, String key) {
    ResourceBundle bundle = bundle(normalise(locale));
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Whether any bundle has a text for {@code key}. */
  public static boolean has(String key) {
    return bundle(Locale.ROOT).containsKey(key);
  }

  /** The bundle of a supported language, English for {@link Locale#ROOT}, its parent. */
  private static ResourceBundle bundle(Locale language) {
    return BUNDLES.get(language);
  }

  /**
   * The text for {@code key} with its {@link MessageFormat} arguments filled in. A key without a
   * text (a user rule's own key, say) is shown as itself followed by its arguments, never parsed as
   * a pattern.
   *
   * <p>Arguments are shown for people: an argument the pattern formats as a number or a plural
   * ({@code {0,choice,...}}, {@code {0,number}}) is read as a number; an ISO day ({@code
   * 2017-11-01}) is shown in the language's form ({@link Dates#format}); an argument made of codes
   * ({@code SCHOOL_HEALTH_CARE, FAMILY_MEDIATION}) is shown by the codes' names. Anything else is
   * shown as it is.
   */
  public static String format(Locale locale, String key, List<?> arguments) {
    if (!has(key)) {
      return arguments.isEmpty() ? key : key + " " + arguments;
    }
    String formatted = formatPattern(locale, text(locale, key), arguments);
    return formatted != null ? formatted : key + " " + arguments;
  }

  /**
   * {@code pattern} (a user rule's or a policy's own message) with its arguments filled in as
   * {@link #format} does; {@code null} when an argument does not fit the pattern.
   */
  public static String formatPattern(Locale locale, String pattern, List<?> arguments) {
    try {
      MessageFormat message = new MessageFormat(pattern, formatLocale(locale));
      Format[] formats = message.getFormatsByArgumentIndex();
      Object[] values = new Object[arguments.size()];
      for (int i = 0; i < values.length; i++) {
        boolean numeric = i < formats.length && formats[i] instanceof NumberFormat;
        values[i] = numeric ? number(arguments.get(i)) : forPeople(arguments.get(i), locale);
      }
      return message.format(values);
    } catch (IllegalArgumentException e) {
      // A number that is not one (a user's own finding): shown as data, never a stack trace.
      return null;
    }
  }

  private static Number number(Object argument) {
    if (argument instanceof Number) {
      return (Number) argument;
    }
    return Long.parseLong(String.valueOf(argument).strip());
  }

  private static Object forPeople(Object argument, Locale locale) {
    if (argument instanceof LocalDate) {
      return Dates.format((LocalDate) argument, locale);
    }
    if (!(argument instanceof String)) {
      return argument;
    }
    String text = (String) argument;
    if (ISO_DAY.matcher(text).matches()) {
      return Dates.parse(text).map(day -> Dates.format(day, locale)).orElse(text);
    }
    if (CODES.matcher(text).matches()) {
      List<String> names = new ArrayList<>();
      for (String code : text.split(", ")) {
        Optional<String> name = codeName(code, locale);
        if (name.isEmpty()) {
          return text;
        }
        names.add(name.get());
      }
      return String.join(", ", names);
    }
    return text;
  }

  /** The name of {@code code} in the first code list that has it (sectors before branches). */
  private static Optional<String> codeName(String code, Locale locale) {
    for (Class<?> type : CODE_TYPES) {
      String key = type.getSimpleName() + "." + code;
      if (has(key)) {
        return Optional.of(text(locale, key));
      }
    }
    return Optional.empty();
  }

  private static Locale formatLocale(Locale locale) {
    Locale normal = normalise(locale);
    return normal.equals(Locale.ROOT) ? Locale.ENGLISH : normal;
  }

  /** The localised name of an enumeration constant, key {@code SimpleName.CONSTANT}. */
  public static String name(Enum<?> constant, Locale locale) {
    return text(locale, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  private static Locale normalise(Locale locale) {
    String language = locale.getLanguage();
    if (language.equals("fi") || language.equals("sv")) {
      return Locale.forLanguageTag(language);
    }
    return Locale.ROOT;
  }
}
