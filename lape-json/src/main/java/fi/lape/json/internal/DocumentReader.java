package fi.lape.json.internal;

import fi.lape.core.Dataset;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.AssessmentReport;
import fi.lape.json.LapeDocument;
import fi.lape.json.LapeJsonException;
import fi.lape.json.LocatedDataset;
import fi.lape.json.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the three documents: decodes the input within the size limit, binds it with Jackson under
 * its stream constraints ({@link WireBinding}), converts what was bound into lape-core's values
 * ({@link DatasetReading}, {@link PolicyReading}, {@link ReportReading}), and throws one {@link
 * LapeJsonException} with every problem, or returns a complete value. Immutable and thread-safe.
 */
public final class DocumentReader {
  /** The fixed limit on member names, in characters. */
  static final int MAX_NAME_LENGTH = 1024;
  /** The fixed limit on the digits of a number. */
  static final int MAX_NUMBER_LENGTH = 32;

  private final Options options;
  private final WireBinding wire;

  /** A reader with {@code options}. */
  public DocumentReader(Options options) {
    this.options = options;
    this.wire = new WireBinding(factory(options), options);
  }

  /** A JSON factory that enforces the limits of {@code options}. */
  static JsonFactory factory(Options options) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(options))
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(0).maxRawContentLength(0).build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // Member names stay canonicalized (Jackson's default): without a symbol table Jackson
        // reads bytes through a Reader and makes a new String per name, much slower. Colliding
        // names are no way in: the table fails on too many collisions, and stops growing past a
        // bounded size.
        .enable(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        .build();
  }

  /** Jackson's stream constraints for the limits of {@code options}. */
  private static StreamReadConstraints constraints(Options options) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(options.limits().documentSize())
        .maxNestingDepth(options.limits().nestingDepth())
        .maxStringLength(options.limits().stringLength())
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build();
  }

  /** The dataset in {@code json}. */
  public Dataset dataset(String json) {
    return read(json, LapeDocument.DATASET, Wire.DatasetDoc.class,
        (parser, doc) -> new DatasetReading(parser, options).document(doc));
  }

  /** The dataset in {@code json} with the places of its groups and memberships. */
  public LocatedDataset locatedDataset(String json) {
    Dataset dataset = dataset(json);
    try (JsonParser parser = wire.parser(withoutBom(json))) {
      return Locations.locatedDataset(dataset, parser);
    }
  }

  /**
   * The dataset in {@code utf8}. Jackson reads the bytes themselves; only when that finds a problem
   * is the document decoded and read again as text, so that malformed UTF-8 is reported as such and
   * columns count characters, not bytes.
   */
  public Dataset dataset(byte[] utf8) {
    if (utf8.length <= options.limits().documentSize() && isUtf8(utf8)) {
      Problems problems = new Problems();
      try (JsonParser parser = wire.parser(utf8)) {
        WireParser reading = new WireParser(parser, problems, null);
        Wire.DatasetDoc document = wire.readDocument(reading, Wire.DatasetDoc.class);
        Dataset dataset = new DatasetReading(reading, options).document(document);
        if (problems.isEmpty() && dataset != null) {
          return dataset;
        }
      } catch (Problems.Full e) {
        // Read again as text below, for the problems' places.
      }
    }
    return dataset(decode(ByteBuffer.wrap(utf8), LapeDocument.DATASET));
  }

  /** The policy in {@code json}. */
  public CoveragePolicy policy(String json) {
    return read(json, LapeDocument.POLICY, Wire.PolicyDoc.class,
        (parser, doc) -> new PolicyReading(parser, options).document(doc));
  }

  /** The report in {@code json}. */
  public AssessmentReport report(String json) {
    return read(json, LapeDocument.REPORT, Wire.ReportDoc.class,
        (parser, doc) -> new ReportReading(parser, options).report(doc));
  }

  /**
   * Reads a document: Jackson binds it into {@link Wire} types, recording what is malformed;
   * {@code convert} makes lape-core's values of them, recording what is wrong with those. Only when
   * there are problems is the text streamed again, for their lines and columns.
   */
  private <W, T> T read(String json, LapeDocument kind, Class<W> type,
      BiFunction<WireParser, W, T> convert) {
    Problems problems = new Problems();
    T value = null;
    String text = withoutBom(json);
    try {
      if (json.length() > options.limits().documentSize()) {
        problems.add("", 1, 1, ProblemCode.LIMIT_EXCEEDED, "limit.documentChars",
            options.limits().documentSize());
      } else {
        try (JsonParser parser = wire.parser(text)) {
          WireParser reading = new WireParser(parser, problems, null);
          value = convert.apply(reading, wire.readDocument(reading, type));
        }
      }
    } catch (Problems.Full e) {
      // Reading stops here; the problems so far are reported.
    }
    if (!problems.isEmpty()) {
      if (problems.needsLocations()) {
        try (JsonParser parser = wire.parser(text)) {
          problems.locate(Locations.scan(parser, problems.unlocated()));
        }
      }
      throw new LapeJsonException(kind, problems.sorted());
    }
    if (value == null) {
      throw new IllegalStateException("lape-json: no value and no problem for a " + kind);
    }
    return value;
  }

  private static String withoutBom(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  /** The whole of {@code in} as text, within the size limit. */
  public String text(Reader in, LapeDocument kind) {
    long limit = options.limits().documentSize();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
        if (text.length() > limit) {
          throw single(kind, 1, 1, ProblemCode.LIMIT_EXCEEDED, "limit.documentChars", limit);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The whole of {@code in} decoded as strict UTF-8, within the size limit; malformed bytes are a
   * problem at their line and column.
   */
  public String text(InputStream in, LapeDocument kind) {
    return decode(ByteBuffer.wrap(bytes(in, kind)), kind);
  }

  /** The whole of {@code in}, within the size limit. */
  public byte[] bytes(InputStream in, LapeDocument kind) {
    long limit = options.limits().documentSize();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        bytes.write(buffer, 0, n);
        if (bytes.size() > limit) {
          throw single(kind, 1, 1, ProblemCode.LIMIT_EXCEEDED, "limit.documentBytes", limit);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Whether {@code bytes} are strict UTF-8 (Jackson's parser lets some malformed ones through). */
  private static boolean isUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return !decoder.flush(out).isError();
      }
      out.clear();
    }
  }

  private static String decode(ByteBuffer bytes, LapeDocument kind) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = CharBuffer.allocate(bytes.remaining() + 1);
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    chars.flip();
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < chars.limit(); i++) {
        if (chars.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw single(kind, line, column, ProblemCode.INVALID_ENCODING, "invalidUtf8",
          bytes.position());
    }
    return chars.toString();
  }

  private static LapeJsonException single(LapeDocument kind, int line, int column,
      ProblemCode code, String key, Object... arguments) {
    Problems problems = new Problems();
    problems.add("", line, column, code, key, arguments);
    return new LapeJsonException(kind, problems.sorted());
  }
}
