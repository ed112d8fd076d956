package fi.lape.advisor.internal;

import fi.lape.advisor.Addition;
import fi.lape.advisor.AdvisorJson;
import fi.lape.advisor.AdvisorJsonException;
import fi.lape.advisor.AdvisorJsonException.Problem;
import fi.lape.advisor.Candidate;
import fi.lape.advisor.Change;
import fi.lape.advisor.ChangeStep;
import fi.lape.advisor.SuggestionRequest;
import fi.lape.advisor.Suggestions;
import fi.lape.advisor.Unmeetable;
import fi.lape.advisor.WhatIf;
import fi.lape.core.Dataset;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import fi.lape.core.Term;
import fi.lape.core.policy.Criteria;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.TimelineInterval;
import fi.lape.core.report.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** Maps the advisor's values to and from their documents ({@link Docs}) with Jackson. */
public final class DocMapper {
  private final Locale language;
  private final Dataset names;
  private final JsonMapper mapper;

  public DocMapper(Locale language, boolean pretty, Dataset names) {
    this.language = language;
    this.names = names;
    this.mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .configure(SerializationFeature.INDENT_OUTPUT, pretty)
        .build();
  }

  private String languageCode() {
    String l = language.getLanguage();
    return l.equals("fi") || l.equals("sv") ? l : "en";
  }

  // ---- writing

  public String timeline(ComplianceTimeline t, String policyId) {
    return write(new Docs.TimelineDoc(AdvisorJson.Document.TIMELINE.format(), AdvisorJson.VERSION,
        null, t.groupId(), policyId, t.from(), t.to(), compliant(t), intervals(t)));
  }

  private static boolean compliant(ComplianceTimeline t) {
    return t.intervals().stream().allMatch(i -> i.verdict() == Verdict.COMPLIANT);
  }

  private static List<Docs.IntervalDoc> intervals(ComplianceTimeline t) {
    List<Docs.IntervalDoc> out = new ArrayList<>();
    for (TimelineInterval i : t.intervals()) {
      out.add(new Docs.IntervalDoc(i.start(), i.end(), i.verdict(), i.errorRuleIds()));
    }
    return out;
  }

  public String suggestions(Suggestions s) {
    List<Docs.AdditionDoc> additions = new ArrayList<>();
    for (Addition a : s.additions()) {
      Candidate c = a.candidate();
      String name = names == null ? null
          : c.personId().flatMap(names::person).flatMap(Person::name).orElse(null);
      additions.add(new Docs.AdditionDoc(c.id(), c.kind().name(), c.personId().orElse(null), name,
          c.organisationId().orElse(null), c.role(), c.sectors(), c.voices(), c.duties(),
          c.seenIn(), a.closes()));
    }
    List<Docs.UnmeetableDoc> unmeetable = new ArrayList<>();
    for (Unmeetable u : s.unmeetable()) {
      unmeetable.add(new Docs.UnmeetableDoc(u.ruleId(), u.requirementId().orElse(null),
          u.severity(), u.wouldSatisfy().map(DocMapper::criteria).orElse(null)));
    }
    return write(new Docs.SuggestionsDoc(AdvisorJson.Document.SUGGESTIONS.format(),
        AdvisorJson.VERSION, languageCode(), s.groupId(), s.asOf(), s.policyId(),
        s.includeWarnings(), s.status().name(), s.provenMinimal(), s.candidates(), additions,
        unmeetable, assessment(s.before()), s.after().map(this::assessment).orElse(null)));
  }

  public String whatIf(WhatIf w) {
    List<Docs.GapDoc> gaps = new ArrayList<>();
    for (WhatIf.Gap g : w.gaps()) {
      List<Docs.MissingDoc> missing = new ArrayList<>();
      for (CoverageLine l : g.missing()) {
        missing.add(new Docs.MissingDoc(l.requirementId(), l.ruleId(), l.deficit(),
            criteria(l.wouldSatisfy())));
      }
      gaps.add(new Docs.GapDoc(g.start(), g.end(), g.lasting(), missing));
    }
    return write(new Docs.WhatIfDoc(AdvisorJson.Document.WHAT_IF.format(), AdvisorJson.VERSION,
        languageCode(), w.change().groupId(), w.policyId(), w.asOf(), steps(w.change()), assessment(w.before()),
        assessment(w.after()), period(w.timelineBefore()), period(w.timelineAfter()), gaps));
  }

  public String change(Change c) {
    return write(new Docs.ChangeDoc(AdvisorJson.Document.CHANGE.format(), AdvisorJson.VERSION,
        c.groupId(), steps(c)));
  }

  private static List<Docs.StepDoc> steps(Change c) {
    List<Docs.StepDoc> out = new ArrayList<>();
    for (ChangeStep s : c.steps()) {
      Docs.MembershipDoc m = s.membership().map(x -> new Docs.MembershipDoc(x.id(), x.personId(),
          x.organisationId().orElse(null), x.role(), x.sectors(), x.voices(), x.duties(),
          x.term().end().orElse(null))).orElse(null);
      out.add(new Docs.StepDoc(s.op().name(), s.day(), s.membershipId().orElse(null), m));
    }
    return out;
  }

  private static Docs.PeriodDoc period(ComplianceTimeline t) {
    return new Docs.PeriodDoc(t.from(), t.to(), compliant(t), intervals(t));
  }

  private Docs.AssessmentDoc assessment(GroupAssessment a) {
    List<Docs.FindingDoc> findings = new ArrayList<>();
    for (Finding f : a.findings()) {
      findings.add(new Docs.FindingDoc(f.severity(), f.ruleId(), f.requirementId().orElse(null),
          f.membershipIds(), f.message(language)));
    }
    return new Docs.AssessmentDoc(a.asOf(), a.verdict(), findings);
  }

  private static Docs.CriteriaDoc criteria(Criteria c) {
    return new Docs.CriteriaDoc(c.sectors(), c.branches(), c.voices(), c.duties(), c.roles(),
        c.linkedGroupKinds());
  }

  private String write(Object doc) {
    return mapper.writeValueAsString(doc);
  }

  // ---- reading

  public SuggestionRequest request(String json) {
    Docs.RequestDoc doc = bind(json, Docs.RequestDoc.class);
    List<Problem> problems = new ArrayList<>();
    header(doc.format(), doc.version(), AdvisorJson.Document.SUGGESTION_REQUEST, problems);
    List<Candidate> candidates = new ArrayList<>();
    List<Docs.CandidateDoc> docs = doc.candidates() == null ? List.of() : doc.candidates();
    if (doc.candidates() == null) {
      problems.add(problem("", "missing", "candidates"));
    }
    for (int i = 0; i < docs.size(); i++) {
      Docs.CandidateDoc c = docs.get(i);
      String at = "/candidates/" + i;
      if (c == null) {
        problems.add(problem(at, "badValue", "expected.object"));
        continue;
      }
      if (c.id() == null) {
        problems.add(problem(at, "missing", "id"));
        continue;
      }
      try {
        Candidate.Builder b = Candidate.builder(c.id()).personId(c.personId())
            .organisationId(c.organisationId());
        if (c.role() != null) {
          b.role(c.role());
        }
        if (c.sectors() != null) {
          b.addSectors(c.sectors());
        }
        if (c.voices() != null) {
          b.addVoices(c.voices());
        }
        if (c.duties() != null) {
          c.duties().forEach(b::addDuty);
        }
        candidates.add(b.build());
      } catch (LapeValidationException e) {
        problems.add(problem(at, "invalid", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new AdvisorJsonException(problems);
    }
    return new SuggestionRequest(Optional.ofNullable(doc.groupId()),
        Optional.ofNullable(doc.asOf()), Optional.ofNullable(doc.includeWarnings()),
        Optional.ofNullable(doc.datasetPool()), candidates);
  }

  public Change readChange(String json) {
    Docs.ChangeDoc doc = bind(json, Docs.ChangeDoc.class);
    List<Problem> problems = new ArrayList<>();
    header(doc.format(), doc.version(), AdvisorJson.Document.CHANGE, problems);
    if (doc.groupId() == null) {
      problems.add(problem("", "missing", "groupId"));
    }
    if (doc.steps() == null || doc.steps().isEmpty()) {
      problems.add(problem("", "missing", "steps"));
    }
    List<ChangeStep> steps = new ArrayList<>();
    List<Docs.StepDoc> docs = doc.steps() == null ? List.of() : doc.steps();
    for (int i = 0; i < docs.size(); i++) {
      String at = "/steps/" + i;
      Docs.StepDoc s = docs.get(i);
      if (s == null) {
        problems.add(problem(at, "badValue", "expected.object"));
        continue;
      }
      ChangeStep.Op op = null;
      if (s.op() == null) {
        problems.add(problem(at, "missing", "op"));
      } else {
        op = Arrays.stream(ChangeStep.Op.values()).filter(o -> o.name().equals(s.op()))
            .findFirst().orElse(null);
        if (op == null) {
          problems.add(problem(at + "/op", "badValue", "ADD, END, REPLACE"));
        }
      }
      if (s.day() == null) {
        problems.add(problem(at, "missing", "day"));
      }
      if (op == null || s.day() == null) {
        continue;
      }
      if (op != ChangeStep.Op.ADD && s.membershipId() == null) {
        problems.add(problem(at, "missing", "membershipId"));
        continue;
      }
      if (op != ChangeStep.Op.END && s.membership() == null) {
        problems.add(problem(at, "missing", "membership"));
        continue;
      }
      try {
        Optional<Membership> m = op == ChangeStep.Op.END ? Optional.empty()
            : Optional.of(membership(s.membership(), s.day(), at + "/membership", problems));
        steps.add(new ChangeStep(op, s.day(), Optional.ofNullable(s.membershipId()), m));
      } catch (LapeValidationException e) {
        problems.add(problem(at, "invalid", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new AdvisorJsonException(problems);
    }
    return new Change(doc.groupId(), steps);
  }

  private static Membership membership(Docs.MembershipDoc m, LocalDate day, String at,
      List<Problem> problems) {
    if (m.id() == null || m.personId() == null) {
      throw new LapeValidationException(m.id() == null ? "id is required"
          : "personId is required");
    }
    Membership.Builder b = Membership.builder().id(m.id()).personId(m.personId())
        .term(m.end() == null ? Term.from(day) : Term.of(day, m.end()));
    if (m.organisationId() != null) {
      b.organisationId(m.organisationId());
    }
    if (m.role() != null) {
      b.role(m.role());
    }
    if (m.sectors() != null) {
      b.sectors(m.sectors());
    }
    if (m.voices() != null) {
      b.voices(m.voices());
    }
    if (m.duties() != null) {
      b.duties(m.duties());
    }
    return b.build();
  }

  private static void header(String format, String version, AdvisorJson.Document expected,
      List<Problem> problems) {
    if (!expected.format().equals(format)) {
      problems.add(problem("/format", "wrongDocument", expected.format()));
    }
    if (!AdvisorJson.VERSION.equals(version)) {
      problems.add(problem("/version", "badValue", "\"" + AdvisorJson.VERSION + "\""));
    }
  }

  private static Problem problem(String pointer, String key, String detail) {
    return new Problem(pointer, 0, 0, key, detail);
  }

  private <T> T bind(String json, Class<T> type) {
    try {
      T doc = mapper.readValue(json, type);
      if (doc == null) {
        throw new AdvisorJsonException(List.of(problem("", "badValue", "expected.object")));
      }
      return doc;
    } catch (UnrecognizedPropertyException e) {
      throw failure(e, "unknownField", segment(String.valueOf(e.getPropertyName())));
    } catch (MismatchedInputException e) {
      throw failure(e, "badValue", expected(e.getTargetType()));
    } catch (StreamReadException e) {
      throw failure(e, "syntax", "");
    } catch (JacksonException e) {
      throw failure(e, "badValue", "expected.any");
    }
  }

  private static AdvisorJsonException failure(JacksonException e, String key, String detail) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      pointer.append('/');
      if (r.getPropertyName() != null) {
        pointer.append(segment(r.getPropertyName()).replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        pointer.append(r.getIndex());
      }
    }
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new AdvisorJsonException(List.of(new Problem(pointer.toString(), line, column, key,
        detail)));
  }

  /**
   * A member name as it may be shown: itself when it cannot be personal data, otherwise only its
   * shape (a key such as "Matti Meikäläinen" is a name typed into the wrong place), as lape-json
   * shows pointers.
   */
  static String segment(String name) {
    if (fi.lape.core.Redaction.canQuote(name)) {
      return name;
    }
    String shape = fi.lape.core.Redaction.shape(name);
    return shape.substring(1, shape.length() - 1);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "expected.any";
    }
    if (type == LocalDate.class) {
      return "expected.date";
    }
    if (type.isEnum()) {
      return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    if (type == Boolean.class || type == boolean.class) {
      return "expected.boolean";
    }
    if (type == String.class) {
      return "expected.string";
    }
    if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
      return "expected.array";
    }
    return "expected.object";
  }
}
