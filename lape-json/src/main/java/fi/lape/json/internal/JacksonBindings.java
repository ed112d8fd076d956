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
import java.util.function.BiFunction;
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
    add(Dataset.class, (w, o, v) -> w.dataset(o, v, true), Wire.DatasetDoc.class,
        (r, w, at) -> r.document(w));
    add(Region.class, DocumentWriter::region, Wire.Region.class, DatasetReading::region);
    add(Municipality.class, DocumentWriter::municipality, Wire.Municipality.class,
        DatasetReading::municipality);
    add(RegionMembership.class, DocumentWriter::regionMembership, Wire.RegionMembership.class,
        DatasetReading::regionMembership);
    add(Organisation.class, DocumentWriter::organisation, Wire.Organisation.class,
        DatasetReading::organisation);
    add(Person.class, DocumentWriter::person, Wire.Person.class, DatasetReading::person);
    add(Group.class, DocumentWriter::group, Wire.Group.class, DatasetReading::group);
    add(Scope.class, DocumentWriter::scope, Wire.Scope.class, DatasetReading::scope);
    add(Term.class, DocumentWriter::term, Wire.Term.class, DatasetReading::term);
    add(GroupLink.class, DocumentWriter::link, Wire.Link.class,
        (r, w, at) -> r.link(w, at, null));
    add(MeetingDay.class, DocumentWriter::meetingDay, Wire.MeetingDay.class,
        DatasetReading::meetingDay);
    add(TimeSlot.class, DocumentWriter::timeSlot, Wire.TimeSlot.class, DatasetReading::timeSlot);
    add(Membership.class, DocumentWriter::membership, Wire.Membership.class,
        DatasetReading::membership);
    addPolicy(CoveragePolicy.class, (w, o, v) -> w.policy(o, v, true),
        (b, n) -> b.policy(n, true));
    addPolicy(Requirement.class, DocumentWriter::requirement, PolicyBinder::requirement);
    addPolicy(Criteria.class, DocumentWriter::criteria, PolicyBinder::criteria);
    addPolicy(Thresholds.class, DocumentWriter::thresholds, PolicyBinder::thresholds);
    addReport(AssessmentReport.class, (w, o, v) -> w.report(o, v, true),
        (b, n) -> b.report(n, true));
    addReport(GroupAssessment.class, (w, o, v) -> w.groupAssessment(o, v, null),
        (b, n) -> b.group(n, null, false));
    addReport(Multidisciplinarity.class, DocumentWriter::multidisciplinarity,
        ReportBinder::multidisciplinarity);
    addReport(Finding.class, (w, o, v) -> w.finding(o, v, null), (b, n) -> b.finding(n, null, false));
    addReport(CoverageLine.class, DocumentWriter::coverageLine, ReportBinder::coverageLine);
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

  /** Converts a bound part of a dataset at a place. */
  @FunctionalInterface
  private interface Convert<W, T> {
    T convert(DatasetReading reading, W wire, Reading.At at);
  }

  private <W, T> void add(Class<T> type, Write<T> write, Class<W> wireType,
      Convert<W, T> convert) {
    addSerializer(type, write);
    deserializers.addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        return readPart(parser, wireType, convert);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    });
  }

  /**
   * Reads a part of a dataset (or a whole one) from an application's parser: bound like a document,
   * with the places of its values recorded as it is read, since the text cannot be read again.
   */
  private <W, T> T readPart(JsonParser parser, Class<W> wireType, Convert<W, T> convert) {
    Problems problems = new Problems();
    Locations locations = new Locations();
    T value = null;
    try {
      WireParser reading = new WireParser(parser, problems, locations);
      W bound = wire.readPart(reading, wireType);
      if (bound != null) {
        value = convert.convert(new DatasetReading(reading, options), bound, Reading.At.ROOT);
      }
    } catch (Problems.Full e) {
      // Reading stops here; the problems so far are reported.
    }
    if (!problems.isEmpty()) {
      problems.locate(locations);
      throw new LapeJsonException(LapeDocument.DATASET, problems.sorted());
    }
    if (value == null) {
      throw new IllegalStateException("lape-json: no value and no problem for a dataset part");
    }
    return value;
  }

  private <T> void addPolicy(Class<T> type, Write<T> write,
      BiFunction<PolicyBinder, Tree.Node, T> bind) {
    register(type, LapeDocument.POLICY, write,
        (problems, node) -> bind.apply(new PolicyBinder(problems, options), node));
  }

  private <T> void addReport(Class<T> type, Write<T> write,
      BiFunction<ReportBinder, Tree.Node, T> bind) {
    register(type, LapeDocument.REPORT, write,
        (problems, node) -> bind.apply(new ReportBinder(problems, options), node));
  }

  private <T> void register(Class<T> type, LapeDocument kind, Write<T> write,
      BiFunction<Problems, Tree.Node, T> bind) {
    addSerializer(type, write);
    deserializers.addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        return read(parser, kind, bind);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    });
  }

  private <T> void addSerializer(Class<T> type, Write<T> write) {
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
  }

  private static <T> T read(JsonParser parser, LapeDocument kind,
      BiFunction<Problems, Tree.Node, T> bind) {
    Problems problems = new Problems();
    T value = null;
    try {
      Tree.Node node = TreeReader.readCurrentValue(parser, problems);
      if (node != null) {
        value = bind.apply(problems, node);
      }
    } catch (Problems.Full e) {
      // Reading stops here; the problems so far are reported.
    }
    if (!problems.isEmpty() || value == null) {
      if (problems.isEmpty()) {
        throw new IllegalStateException("lape-json: no value and no problem for a " + kind);
      }
      throw new LapeJsonException(kind, problems.sorted());
    }
    return value;
  }
}
