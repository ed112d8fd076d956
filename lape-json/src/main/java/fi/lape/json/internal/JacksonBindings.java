package fi.lape.json.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupLink;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Municipality;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Region;
import fi.lape.core.RegionMembership;
import fi.lape.core.Scope;
import fi.lape.core.Term;
import fi.lape.core.TimeSlot;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Thresholds;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import fi.lape.json.LapeDocument;
import fi.lape.json.LapeJsonException;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The serializers and deserializers of {@code LapeModule}: the three documents with their header,
 * and every part (a group, a membership, a finding...) in the same shape as inside a document.
 * Reading a part checks it like the document reader does, but references between parts are only
 * checked when a whole dataset is read; pointers are relative to the value read.
 */
public final class JacksonBindings {
  private final Options options;
  private final DocumentWriter writer;
  private final WireBinding wire;
  private final SimpleSerializers serializers = new SimpleSerializers();
  private final SimpleDeserializers deserializers = new SimpleDeserializers();

  /** The bindings for {@code options}. */
  public JacksonBindings(Options options) {
    this.options = options;
    this.writer = new DocumentWriter(options);
    this.wire = new WireBinding(DocumentReader.factory(options), options);
    dataset(Dataset.class, (w, o, v) -> w.dataset(o, v, true), Wire.DatasetDoc.class,
        (r, w, at) -> r.document(w));
    dataset(Region.class, DocumentWriter::region, Wire.Region.class, DatasetReading::region);
    dataset(Municipality.class, DocumentWriter::municipality, Wire.Municipality.class,
        DatasetReading::municipality);
    dataset(RegionMembership.class, DocumentWriter::regionMembership,
        Wire.RegionMembership.class, DatasetReading::regionMembership);
    dataset(Organisation.class, DocumentWriter::organisation, Wire.Organisation.class,
        DatasetReading::organisation);
    dataset(Person.class, DocumentWriter::person, Wire.Person.class, DatasetReading::person);
    dataset(Group.class, DocumentWriter::group, Wire.Group.class, DatasetReading::group);
    dataset(Scope.class, DocumentWriter::scope, Wire.Scope.class, DatasetReading::scope);
    dataset(Term.class, DocumentWriter::term, Wire.Term.class, DatasetReading::term);
    dataset(GroupLink.class, DocumentWriter::link, Wire.Link.class,
        (r, w, at) -> r.link(w, at, null));
    dataset(MeetingDay.class, DocumentWriter::meetingDay, Wire.MeetingDay.class,
        DatasetReading::meetingDay);
    dataset(TimeSlot.class, DocumentWriter::timeSlot, Wire.TimeSlot.class,
        DatasetReading::timeSlot);
    dataset(Membership.class, DocumentWriter::membership, Wire.Membership.class,
        DatasetReading::membership);
    policy(CoveragePolicy.class, (w, o, v) -> w.policy(o, v, true), Wire.PolicyDoc.class,
        (r, w, at) -> r.document(w));
    policy(Requirement.class, DocumentWriter::requirement, Wire.Requirement.class,
        ReportReading::requirement);
    policy(Criteria.class, DocumentWriter::criteria, Wire.Criteria.class,
        ReportReading::criteria);
    policy(Thresholds.class, DocumentWriter::thresholds, Wire.Thresholds.class,
        ReportReading::thresholds);
    report(AssessmentReport.class, (w, o, v) -> w.report(o, v, true), Wire.ReportDoc.class,
        (r, w, at) -> r.report(w));
    report(GroupAssessment.class, (w, o, v) -> w.groupAssessment(o, v, null),
        Wire.GroupAssessment.class, (r, w, at) -> r.group(w, at, null, false));
    report(Multidisciplinarity.class, DocumentWriter::multidisciplinarity,
        Wire.Multidisciplinarity.class, ReportReading::multidisciplinarity);
    report(Finding.class, (w, o, v) -> w.finding(o, v, null), Wire.Finding.class,
        (r, w, at) -> r.finding(w, at, null, false));
    report(CoverageLine.class, DocumentWriter::coverageLine, Wire.CoverageLine.class,
        ReportReading::coverageLine);
  }

  /** The serializers. */
  public SimpleSerializers serializers() {
    return serializers;
  }

  /** The deserializers. */
  public SimpleDeserializers deserializers() {
    return deserializers;
  }

  /** Writes a value with a document writer. */
  @FunctionalInterface
  private interface Write<T> {
    void write(DocumentWriter writer, Out out, T value);
  }

  /** Converts a bound value at a place. */
  @FunctionalInterface
  private interface Convert<R extends Reading, W, T> {
    T convert(R reading, W wire, Reading.At at);
  }

  private <W, T> void dataset(Class<T> type, Write<T> write, Class<W> wireType,
      Convert<DatasetReading, W, T> convert) {
    register(type, write, LapeDocument.DATASET, wireType,
        parser -> new DatasetReading(parser, options), convert);
  }

  private <W, T> void policy(Class<T> type, Write<T> write, Class<W> wireType,
      Convert<ReportReading, W, T> convert) {
    register(type, write, LapeDocument.POLICY, wireType,
        parser -> new ReportReading(parser, options), convert);
  }

  private <W, T> void report(Class<T> type, Write<T> write, Class<W> wireType,
      Convert<ReportReading, W, T> convert) {
    register(type, write, LapeDocument.REPORT, wireType,
        parser -> new ReportReading(parser, options), convert);
  }

  private <R extends Reading, W, T> void register(Class<T> type, Write<T> write,
      LapeDocument kind, Class<W> wireType, Function<WireParser, R> reading,
      Convert<R, W, T> convert) {
    serializers.addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        write.write(writer, new Out(g, null), value);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    });
    deserializers.addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        return read(parser, kind, wireType, reading, convert);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    });
  }

  /**
   * Reads a value from an application's parser: bound like a document, with the places of its
   * values recorded as it is read, since the text cannot be read again.
   */
  private <R extends Reading, W, T> T read(JsonParser parser, LapeDocument kind,
      Class<W> wireType, Function<WireParser, R> reading, Convert<R, W, T> convert) {
    Problems problems = new Problems();
    Locations locations = new Locations();
    T value = null;
    try {
      WireParser source = new WireParser(parser, problems, locations);
      W bound = wire.readPart(source, wireType);
      if (bound != null) {
        value = convert.convert(reading.apply(source), bound, Reading.At.ROOT);
      }
    } catch (Problems.Full e) {
      // Reading stops here; the problems so far are reported.
    }
    if (!problems.isEmpty()) {
      problems.locate(locations);
      throw new LapeJsonException(kind, problems.sorted());
    }
    if (value == null) {
      throw new IllegalStateException("lape-json: no value and no problem for a " + kind);
    }
    return value;
  }
}
