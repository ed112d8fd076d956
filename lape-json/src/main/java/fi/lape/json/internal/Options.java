package fi.lape.json.internal;

import fi.lape.json.JsonLimits;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of a {@code LapeJson} or {@code LapeModule}.
 *
 * @param allowUnknownFields whether members the format does not define are ignored on read
 * @param omitPersonalData whether persons' names and contact details are left out on write
 * @param pretty whether written documents are indented
 * @param language the language of rendered finding messages and reasons in reports
 * @param limits the reading limits
 */
public record Options(boolean allowUnknownFields, boolean omitPersonalData, boolean pretty,
    Locale language, JsonLimits limits) {

  /** The defaults of {@code LapeJson.standard()}. */
  public static final Options STANDARD =
      new Options(false, false, true, Locale.ENGLISH, JsonLimits.defaults());

  /** Settings; {@code language} and {@code limits} must not be null. */
  public Options {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(limits, "limits");
  }

  /** The language tag written into reports: {@code fi}, {@code sv} or {@code en}. */
  public String languageTag() {
    String language = this.language.getLanguage();
    return language.equals("fi") || language.equals("sv") ? language : "en";
  }
}
