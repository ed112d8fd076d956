package fi.lape.advisor;

import fi.lape.advisor.internal.DocMapper;
import fi.lape.core.Dataset;
import fi.lape.core.report.ComplianceTimeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The advisor's JSON documents, each with a JSON Schema (draft 2020-12) in the jar: the compliance
 * timeline ({@code lape-timeline}), the suggestion request with the user's candidates ({@code
 * lape-suggestion-request}) and the suggestions ({@code lape-suggestions}), the planned change
 * ({@code lape-change}) and the what-if answer ({@code lape-what-if}).
 *
 * <pre>{@code
 * AdvisorJson json = AdvisorJson.builder().language(Locale.forLanguageTag("fi")).build();
 * String out = json.write(advisor.suggest(dataset, "varkaus-lape", day, options));
 * Change change = json.readChange(Path.of("change.json"));
 * String schema = AdvisorJson.schema(AdvisorJson.Document.WHAT_IF);
 * }</pre>
 *
 * <p>Persons appear by id only; {@link Builder#names(Dataset)} adds the names a dataset holds to
 * the suggestions, for callers who ask for them.
 */
public final class AdvisorJson {
  /** The documents, with their {@code format} value. */
  public enum Document {
    /** A group's compliance over time. */
    TIMELINE("lape-timeline"),
    /** What to suggest from: the user's candidates and options. */
    SUGGESTION_REQUEST("lape-suggestion-request"),
    /** The suggestions. */
    SUGGESTIONS("lape-suggestions"),
    /** A planned change. */
    CHANGE("lape-change"),
    /** The answer to a planned change. */
    WHAT_IF("lape-what-if");

    private final String format;

    Document(String format) {
      this.format = format;
    }

    /** The value of the document's {@code format} field. */
    public String format() {
      return format;
    }
  }

  /** The version every document is written in and read as. */
  public static final String VERSION = "1.0";

  private final DocMapper mapper;

  private AdvisorJson(DocMapper mapper) {
    this.mapper = mapper;
  }

  /** English, compact, no names. */
  public static AdvisorJson standard() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The timeline document of {@code timeline} under the policy {@code policyId}. */
  public String write(ComplianceTimeline timeline, String policyId) {
    return mapper.timeline(timeline, policyId);
  }

  /** The suggestions document. */
  public String write(Suggestions suggestions) {
    return mapper.suggestions(suggestions);
  }

  /** The what-if document. */
  public String write(WhatIf whatIf) {
    return mapper.whatIf(whatIf);
  }

  /** The change document (to save a change built in code). */
  public String write(Change change) {
    return mapper.change(change);
  }

  /**
   * Reads a suggestion request.
   *
   * @throws AdvisorJsonException listing the problems with their JSON Pointers, lines and columns
   */
  public SuggestionRequest readSuggestionRequest(String json) {
    return mapper.request(json);
  }

  /** Reads a suggestion request from a UTF-8 file. */
  public SuggestionRequest readSuggestionRequest(Path file) {
    return readSuggestionRequest(read(file));
  }

  /**
   * Reads a change.
   *
   * @throws AdvisorJsonException listing the problems with their JSON Pointers, lines and columns
   */
  public Change readChange(String json) {
    return mapper.readChange(json);
  }

  /** Reads a change from a UTF-8 file. */
  public Change readChange(Path file) {
    return readChange(read(file));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The JSON Schema (draft 2020-12) of {@code document}. */
  public static String schema(Document document) {
    String name = "/fi/lape/advisor/schema/" + document.format().substring("lape-".length())
        + "-1.schema.json";
    try (InputStream in = AdvisorJson.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds an {@link AdvisorJson}. */
  public static final class Builder {
    private Locale language = Locale.ENGLISH;
    private boolean pretty;
    private Dataset names;

    private Builder() {}

    /** The language of rendered messages: fi, sv or en (anything else is English). */
    public Builder language(Locale value) {
      this.language = Objects.requireNonNull(value);
      return this;
    }

    /** Indented output. */
    public Builder pretty(boolean value) {
      this.pretty = value;
      return this;
    }

    /** Writes the names {@code dataset} holds for suggested persons; only when asked for. */
    public Builder names(Dataset dataset) {
      this.names = dataset;
      return this;
    }

    /** The reader and writer. */
    public AdvisorJson build() {
      return new AdvisorJson(new DocMapper(language, pretty, names));
    }
  }
}
