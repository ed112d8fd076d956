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
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Term;
import fi.lape.core.TimeSlot;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.policy.Thresholds;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import fi.lape.json.LapeDocument;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the three documents in canonical form: the format name and version first, members in
 * the order of the format reference, defaults and empty lists left out, sets sorted. Equal values
 * give identical text. Immutable and thread-safe.
 */
public final class DocumentWriter {
  private final Options options;
  private final JsonFactory factory;

  /** A writer with {@code options}. */
  public DocumentWriter(Options options) {
    this.options = options;
    this.factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  /** The language of rendered texts. */
  java.util.Locale language() {
    return options.language();
  }

  // ---- documents to text ----

  /** {@code value} (a dataset, policy or report) as the document {@code kind}. */
  public String write(Object value, LapeDocument kind) {
    StringWriter text = new StringWriter();
    write(value, kind, text);
    return text.toString();
  }

  /** Writes {@code value} as the document {@code kind} to {@code out}, which stays open. */
  public void write(Object value, LapeDocument kind, Writer out) {
    CanonicalPrinter printer = options.pretty() ? new CanonicalPrinter() : null;
    try (JsonGenerator g = factory.createGenerator(context(printer), out)) {
      document(new Out(g, printer), value, kind);
    }
  }

  /** Writes {@code value} as the document {@code kind} to {@code out} in UTF-8; it stays open. */
  public void write(Object value, LapeDocument kind, OutputStream out) {
    CanonicalPrinter printer = options.pretty() ? new CanonicalPrinter() : null;
    try (JsonGenerator g = factory.createGenerator(context(printer), out, JsonEncoding.UTF8)) {
      document(new Out(g, printer), value, kind);
    }
  }

  /**
   * Starts a report set on {@code out} (UTF-8): the header and the opening of {@code files}. Each
   * file is then written and flushed as it comes, so a set of any size never sits in memory.
   */
  public ReportSetStream reportSet(OutputStream out) {
    CanonicalPrinter printer = options.pretty() ? new CanonicalPrinter() : null;
    JsonGenerator g = factory.createGenerator(context(printer), out, JsonEncoding.UTF8);
    return new ReportSetStream(this, new Out(g, printer), options);
  }

  /** Like {@link #reportSet(OutputStream)}, to a character stream. */
  public ReportSetStream reportSet(Writer out) {
    CanonicalPrinter printer = options.pretty() ? new CanonicalPrinter() : null;
    JsonGenerator g = factory.createGenerator(context(printer), out);
    return new ReportSetStream(this, new Out(g, printer), options);
  }

  private void document(Out out, Object value, LapeDocument kind) {
    switch (kind) {
      case DATASET:
        dataset(out, (Dataset) value, true);
        break;
      case POLICY:
        policy(out, (CoveragePolicy) value, true);
        break;
      default:
        report(out, (AssessmentReport) value, true);
    }
    if (options.pretty()) {
      out.g.writeRaw('\n');
    }
  }

  private static ObjectWriteContext context(CanonicalPrinter printer) {
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return printer;
      }

      @Override
      public boolean hasPrettyPrinter() {
        return printer != null;
      }
    };
  }

  private static void header(Out out, LapeDocument kind) {
    out.string("format", kind.formatName());
    out.string("version", kind.version());
  }

  private static <T> void objects(Out out, String name, List<T> values, Consumer<T> write) {
    if (values.isEmpty()) {
      return;
    }
    out.name(name);
    out.g.writeStartArray();
    values.forEach(write);
    out.g.writeEndArray();
  }

  // ---- dataset ----

  void dataset(Out out, Dataset d, boolean document) {
    out.startObject();
    if (document) {
      header(out, LapeDocument.DATASET);
    }
    objects(out, "regions", d.regions(), r -> region(out, r));
    objects(out, "municipalities", d.municipalities(), m -> municipality(out, m));
    objects(out, "organisations", d.organisations(), o -> organisation(out, o));
    objects(out, "persons", d.persons(), p -> person(out, p));
    objects(out, "groups", d.groups(), g -> group(out, g));
    out.endObject();
  }

  void region(Out out, Region r) {
    out.startInlineObject();
    out.string("code", r.code());
    out.string("name", r.name());
    out.string("nameSv", r.nameSv());
    out.endObject();
  }

  void municipality(Out out, Municipality m) {
    out.startObject();
    out.string("code", m.code());
    out.string("name", m.name());
    out.string("nameSv", m.nameSv());
    objects(out, "regionMemberships", m.regionMemberships(), r -> regionMembership(out, r));
    out.endObject();
  }

  void regionMembership(Out out, RegionMembership r) {
    out.startInlineObject();
    out.string("regionCode", r.regionCode());
    out.date("validFrom", r.validFrom());
    out.date("validTo", r.validTo());
    out.endObject();
  }

  void organisation(Out out, Organisation o) {
    out.startObject();
    out.string("id", o.id());
    out.string("name", o.name());
    out.code("kind", o.kind());
    out.string("municipality", o.municipality());
    out.string("region", o.region());
    out.string("wellbeingServicesCounty", o.wellbeingServicesCounty());
    out.codes("sectors", o.sectors());
    out.endObject();
  }

  void person(Out out, Person p) {
    out.startInlineObject();
    out.string("id", p.id());
    if (!options.omitPersonalData()) {
      out.string("name", p.name());
      out.string("email", p.email());
      out.string("phone", p.phone());
      out.code("gender", p.gender());
    }
    out.string("homeMunicipality", p.homeMunicipality());
    out.endObject();
  }

  void group(Out out, Group g) {
    out.startObject();
    out.string("id", g.id());
    out.code("kind", g.kind());
    out.string("name", g.name());
    out.name("scope");
    scope(out, g.scope());
    if (g.term().isPresent()) {
      out.name("term");
      term(out, g.term().get());
    }
    out.code("channel", g.channel());
    if (g.capacity().isPresent()) {
      out.integer("capacity", g.capacity().get());
    }
    out.code("meetingPlaceType", g.meetingPlaceType());
    out.strings("themes", g.themes());
    out.sortedStrings("maintainerIds", g.maintainerIds());
    out.dates("intakeDates", g.intakeDates());
    objects(out, "links", g.links(), l -> link(out, l));
    objects(out, "meetingDays", g.meetingDays(), d -> meetingDay(out, d));
    if (g.genderBalanceWaiver().isPresent()) {
      out.name("genderBalanceWaiver");
      out.startInlineObject();
      out.string("reason", g.genderBalanceWaiver().get().reason());
      out.endObject();
    }
    objects(out, "memberships", g.memberships(), m -> membership(out, m));
    out.endObject();
  }

  void scope(Out out, Scope s) {
    out.startInlineObject();
    out.string("region", s.region());
    out.string("municipality", s.municipality());
    out.endObject();
  }

  void term(Out out, Term t) {
    out.startInlineObject();
    out.date("start", t.start());
    out.date("end", t.end());
    out.endObject();
  }

  void link(Out out, GroupLink l) {
    out.startInlineObject();
    out.string("groupId", l.groupId());
    out.code("relation", l.relation());
    out.endObject();
  }

  void meetingDay(Out out, MeetingDay d) {
    out.startObject();
    out.date("date", d.date());
    if (!d.slots().isEmpty()) {
      out.name("slots");
      out.inlineNext();
      out.g.writeStartArray();
      d.slots().forEach(s -> timeSlot(out, s));
      out.g.writeEndArray();
    }
    out.strings("themes", d.themes());
    out.sortedStrings("facilitatorIds", d.facilitatorIds());
    out.endObject();
  }

  void timeSlot(Out out, TimeSlot s) {
    out.startInlineObject();
    out.string("start", s.start().toString());
    out.string("end", s.end().toString());
    out.endObject();
  }

  void membership(Out out, Membership m) {
    out.startObject();
    out.string("id", m.id());
    out.string("personId", m.personId());
    out.string("organisationId", m.organisationId());
    if (m.role() != Role.MEMBER) {
      out.code("role", m.role());
    }
    out.codes("duties", m.duties());
    out.codes("sectors", m.sectors());
    out.codes("voices", m.voices());
    out.name("term");
    term(out, m.term());
    out.string("deputyOf", m.deputyOf());
    out.endObject();
  }

  // ---- policy ----

  void policy(Out out, CoveragePolicy p, boolean document) {
    // A policy that extends a built-in one is written as the base's id and its own additions,
    // when reading those back gives the same policy; otherwise in full, without "extends".
    CoveragePolicy base = p.extendsPolicy().flatMap(Policies::byId)
        .filter(b -> ownPart(p, b) != null).orElse(null);
    OwnPart own = base == null
        ? new OwnPart(p.requirements(), p.severityOverrides(), p.disabledRules(),
            p.enabledRules())
        : ownPart(p, base);
    out.startObject();
    if (document) {
      header(out, LapeDocument.POLICY);
    }
    out.string("id", p.id());
    out.string("name", p.name());
    out.string("description", p.description());
    if (base != null) {
      out.string("extends", base.id());
    }
    Thresholds baseThresholds = base == null ? Thresholds.defaults() : base.thresholds();
    if (!p.thresholds().equals(baseThresholds)) {
      out.name("thresholds");
      thresholds(out, p.thresholds());
    }
    if (!own.severityOverrides().isEmpty()) {
      out.name("severityOverrides");
      out.startObject();
      for (Map.Entry<String, Severity> e : new TreeMap<>(own.severityOverrides()).entrySet()) {
        out.code(e.getKey(), e.getValue());
      }
      out.endObject();
    }
    out.sortedStrings("disabledRules", own.disabledRules());
    out.sortedStrings("enabledRules", own.enabledRules());
    objects(out, "requirements", own.requirements(), r -> requirement(out, r));
    out.strings("rules", p.ruleFiles());
    if (!p.messages().isEmpty()) {
      out.name("messages");
      out.startObject();
      for (Map.Entry<String, Map<String, String>> e : new TreeMap<>(p.messages()).entrySet()) {
        out.name(e.getKey());
        messages(out, e.getValue());
      }
      out.endObject();
    }
    out.endObject();
  }

  /**
   * What {@code p} adds to {@code base} (requirements, overrides and switches of its own), or
   * null when {@code p} is not {@code base} plus additions: reading "extends" would not give it.
   */
  private static OwnPart ownPart(CoveragePolicy p, CoveragePolicy base) {
    List<Requirement> all = p.requirements();
    List<Requirement> baseRequirements = base.requirements();
    if (all.size() < baseRequirements.size()) {
      return null;
    }
    List<Requirement> own = new ArrayList<>();
    for (int i = 0; i < baseRequirements.size(); i++) {
      if (!all.get(i).id().equals(baseRequirements.get(i).id())) {
        return null;
      }
      if (!all.get(i).equals(baseRequirements.get(i))) {
        own.add(all.get(i));
      }
    }
    own.addAll(all.subList(baseRequirements.size(), all.size()));
    if (!p.disabledRules().containsAll(base.disabledRules())
        || !p.enabledRules().containsAll(base.enabledRules())) {
      return null;
    }
    Map<String, Severity> overrides = new TreeMap<>();
    for (Map.Entry<String, Severity> e : base.severityOverrides().entrySet()) {
      if (!p.severityOverrides().containsKey(e.getKey())) {
        return null;
      }
    }
    for (Map.Entry<String, Severity> e : p.severityOverrides().entrySet()) {
      if (!e.getValue().equals(base.severityOverrides().get(e.getKey()))) {
        overrides.put(e.getKey(), e.getValue());
      }
    }
    Set<String> disabled = new TreeSet<>(p.disabledRules());
    disabled.removeAll(base.disabledRules());
    Set<String> enabled = new TreeSet<>(p.enabledRules());
    enabled.removeAll(base.enabledRules());
    if (!base.ruleFiles().isEmpty() || !base.messages().isEmpty()) {
      return null;
    }
    return new OwnPart(own, overrides, disabled, enabled);
  }

  /** A policy's requirements, overrides and switches, or what it adds to its base's. */
  private record OwnPart(List<Requirement> requirements, Map<String, Severity> severityOverrides,
      Set<String> disabledRules, Set<String> enabledRules) {}

  /** Message patterns by language, fi, sv, en. */
  void messages(Out out, Map<String, String> messages) {
    out.startObject();
    for (String language : List.of("fi", "sv", "en")) {
      String pattern = messages.get(language);
      if (pattern != null) {
        out.string(language, pattern);
      }
    }
    out.endObject();
  }

  void thresholds(Out out, Thresholds t) {
    out.startInlineObject();
    out.integer("minBranches", t.minBranches());
    out.integer("minOrganisations", t.minOrganisations());
    out.endObject();
  }

  void requirement(Out out, Requirement r) {
    Requirement defaults = Requirement.builder().id(r.id()).municipality(r.municipality())
        .alsoMunicipalities(r.alsoMunicipalities()).anyOf(r.anyOf()).allOf(r.allOf()).build();
    // The default severity is the rule's: compare with the default of the requirement's rule.
    Requirement sameRule = Requirement.builder().id(r.id()).ruleId(r.ruleId())
        .anyOf(r.anyOf()).allOf(r.allOf()).build();
    out.startObject();
    out.string("id", r.id());
    if (!r.ruleId().equals(defaults.ruleId())) {
      out.string("ruleId", r.ruleId());
    }
    out.codes("groupKinds", r.groupKinds());
    out.string("municipality", r.municipality());
    out.sortedStrings("municipalities", r.alsoMunicipalities());
    out.string("region", r.region());
    if (!r.anyOf().isEmpty() || r.allOf().isEmpty()) {
      out.name("anyOf");
      criteria(out, r.anyOf());
    }
    objects(out, "allOf", r.allOf(), c -> criteria(out, c));
    if (r.minMembers() != defaults.minMembers()) {
      out.integer("minMembers", r.minMembers());
    }
    if (r.minOrganisations() != defaults.minOrganisations()) {
      out.integer("minOrganisations", r.minOrganisations());
    }
    if (r.severity() != sameRule.severity()) {
      out.code("severity", r.severity());
    }
    if (!r.citation().equals(defaults.citation())) {
      out.string("citation", r.citation());
    }
    out.string("description", r.description());
    if (!r.messages().isEmpty()) {
      out.name("messages");
      messages(out, r.messages());
    }
    out.endObject();
  }

  void criteria(Out out, Criteria c) {
    out.startObject();
    out.codes("sectors", c.sectors());
    out.codes("branches", c.branches());
    out.codes("voices", c.voices());
    out.codes("duties", c.duties());
    out.codes("roles", c.roles());
    out.codes("organisationKinds", c.organisationKinds());
    out.codes("linkedGroupKinds", c.linkedGroupKinds());
    out.endObject();
  }

  // ---- report ----

  void report(Out out, AssessmentReport r, boolean document) {
    out.startObject();
    if (document) {
      header(out, LapeDocument.REPORT);
    }
    out.string("language", options.languageTag());
    out.date("asOf", r.asOf());
    out.string("policyId", r.policyId());
    out.bool("compliant", r.isCompliant());
    objects(out, "groups", r.groups(), g -> groupAssessment(out, g, r));
    out.endObject();
  }

  void groupAssessment(Out out, GroupAssessment a, AssessmentReport report) {
    out.startObject();
    out.string("groupId", a.groupId());
    out.code("groupKind", a.groupKind());
    if (report == null || !a.asOf().equals(report.asOf())) {
      out.date("asOf", a.asOf());
    }
    out.code("verdict", a.verdict());
    out.name("multidisciplinarity");
    multidisciplinarity(out, a.multidisciplinarity());
    objects(out, "findings", a.findings(), f -> finding(out, f, a));
    objects(out, "coverage", a.coverage(), c -> coverageLine(out, c));
    out.endObject();
  }

  void multidisciplinarity(Out out, Multidisciplinarity m) {
    out.startObject();
    out.bool("multidisciplinary", m.multidisciplinary());
    out.string("reason", m.reason(options.language()));
    out.strings("failedRules", m.failedRules());
    out.codes("branches", m.branches());
    out.integer("organisations", m.organisations());
    out.integer("minBranches", m.minBranches());
    out.integer("minOrganisations", m.minOrganisations());
    out.endObject();
  }

  void finding(Out out, Finding f, GroupAssessment in) {
    out.startObject();
    out.string("ruleId", f.ruleId());
    out.string("requirementId", f.requirementId());
    out.code("severity", f.severity());
    if (in == null || !f.groupId().equals(in.groupId())) {
      out.string("groupId", f.groupId());
    }
    out.strings("membershipIds", f.membershipIds());
    out.strings("personIds", f.personIds());
    out.string("message", f.message(options.language()));
    out.string("messageKey", f.messageKey());
    out.strings("arguments", f.arguments());
    if (!f.citation().isEmpty()) {
      out.string("citation", f.citation());
    }
    if (!f.messages().isEmpty()) {
      out.name("messages");
      messages(out, f.messages());
    }
    out.endObject();
  }

  void coverageLine(Out out, CoverageLine c) {
    out.startObject();
    out.string("requirementId", c.requirementId());
    out.string("ruleId", c.ruleId());
    out.code("severity", c.severity());
    out.bool("satisfied", c.satisfied());
    out.integer("required", c.required());
    out.integer("distinctPersons", c.distinctPersons());
    out.integer("deficit", c.deficit());
    if (c.requiredOrganisations() != 0 || c.distinctOrganisations() != 0) {
      out.integer("distinctOrganisations", c.distinctOrganisations());
      out.integer("requiredOrganisations", c.requiredOrganisations());
    }
    out.strings("witnessIds", c.witnessIds());
    out.strings("linkedGroupIds", c.linkedGroupIds());
    if (!c.wouldSatisfy().isEmpty()) {
      out.name("wouldSatisfy");
      criteria(out, c.wouldSatisfy());
    }
    out.endObject();
  }
}
