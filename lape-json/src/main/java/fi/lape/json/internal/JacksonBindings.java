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
  private final SimpleSerializers serializers = new SimpleSerializers();
  private final SimpleDeserializers deserializers = new SimpleDeserializers();

  /** The bindings for {@code options}. */
  public JacksonBindings(Options options) {
    this.options = options;
    this.writer = new DocumentWriter(options);
    add(Dataset.class, (w, o, v) -> w.dataset(o, v, true), (b, n) -> b.dataset(n, true));
    add(Region.class, DocumentWriter::region, DatasetBinder::region);
    add(Municipality.class, DocumentWriter::municipality, DatasetBinder::municipality);
    add(RegionMembership.class, DocumentWriter::regionMembership,
        DatasetBinder::regionMembership);
    add(Organisation.class, DocumentWriter::organisation, DatasetBinder::organisation);
    add(Person.class, DocumentWriter::person, DatasetBinder::person);
    add(Group.class, DocumentWriter::group, DatasetBinder::group);
    add(Scope.class, DocumentWriter::scope, DatasetBinder::scope);
    add(Term.class, DocumentWriter::term, DatasetBinder::term);
    add(GroupLink.class, DocumentWriter::link, (b, n) -> b.link(n, null, "link"));
    add(MeetingDay.class, DocumentWriter::meetingDay,
        (b, n) -> b.meetingDay(n, "meeting day"));
    add(TimeSlot.class, DocumentWriter::timeSlot, DatasetBinder::timeSlot);
    add(Membership.class, DocumentWriter::membership,
        (b, n) -> b.membership(n, "membership", null));
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

  private <T> void add(Class<T> type, Write<T> write,
      BiFunction<DatasetBinder, Tree.Node, T> bind) {
    register(type, LapeDocument.DATASET, write,
        (problems, node) -> bind.apply(new DatasetBinder(problems, options), node));
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
        return read(parser, kind, bind);
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
