package fi.lape.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Severity;
import fi.lape.rules.GroupAssessor;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AdvisorTest {
  static final Advisor ADVISOR = Advisor.of(GroupAssessor.of(Policies.nationalBaseline()));

  @Test
  void poolIsTheOtherGroupsPeopleOnTheDay() {
    List<Candidate> pool = ADVISOR.pool(TinyData.dataset(), "lape", TinyData.DAY);
    assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6"),
        pool.stream().map(Candidate::id).toList());
    assertEquals(List.of("project"), pool.get(1).seenIn());
    assertEquals(Candidate.Kind.PERSON, pool.get(1).kind());
  }

  @Test
  void smallestSetClosesEveryError() {
    Dataset dataset = TinyData.dataset();
    Suggestions s = ADVISOR.suggest(dataset, "lape", TinyData.DAY, SuggestionOptions.defaults());
    assertFalse(s.before().isCompliant());
    assertEquals(Suggestions.Status.COMPLETE, s.status());
    assertTrue(s.provenMinimal());
    // Social and health, civil society and residents: three seats, the first of each in the pool.
    assertEquals(List.of("q2", "q4", "q5"),
        s.additions().stream().map(a -> a.candidate().id()).toList());
    assertEquals(List.of("LAPE-M02"), s.additions().get(0).closes());
    assertTrue(s.additions().get(1).closes().contains("LAPE-M03"));
    assertTrue(s.after().orElseThrow().isCompliant());
    assertTrue(s.unmeetable().isEmpty());
  }

  @Test
  void ownCandidatesComeFirstAndRolesCanBeInvited() {
    Candidate parent = Candidate.builder("a-parent").addVoice(Voice.PARENTS).build();
    Suggestions s = ADVISOR.suggest(TinyData.dataset(), "lape", TinyData.DAY,
        SuggestionOptions.defaults().withCandidates(List.of(parent)));
    assertEquals(List.of("a-parent", "q2", "q4"),
        s.additions().stream().map(a -> a.candidate().id()).toList());
  }

  @Test
  void whatNoCandidateCanMeetIsSaid() {
    Candidate ngo = Candidate.builder("mll").organisationId("mll").addSector(Sector.NGO).build();
    Suggestions s = ADVISOR.suggest(TinyData.dataset(), "lape", TinyData.DAY,
        SuggestionOptions.defaults().withDatasetPool(false).withCandidates(List.of(ngo)));
    assertEquals(Suggestions.Status.PARTIAL, s.status());
    assertEquals(List.of("mll"), s.additions().stream().map(a -> a.candidate().id()).toList());
    // Nobody in the pool is from social and health or a resident; and with only two branches
    // even with everyone seated, the group cannot be multidisciplinary either (LAPE-M08).
    assertEquals(List.of("LAPE-M02/LAPE-M02", "LAPE-M05/LAPE-M05", "LAPE-M08/-"),
        s.unmeetable().stream().map(u -> u.ruleId() + "/" + u.requirementId().orElse("-"))
            .toList());
    assertTrue(s.unmeetable().get(0).wouldSatisfy().isPresent());
    assertTrue(s.after().orElseThrow().findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .allMatch(f -> List.of("LAPE-M02", "LAPE-M05", "LAPE-M08").contains(f.ruleId())));
  }

  @Test
  void warningsToo() {
    Suggestions s = ADVISOR.suggest(TinyData.dataset(), "lape", TinyData.DAY,
        SuggestionOptions.defaults().withWarnings(true));
    // A parish (LAPE-M04) and the child health clinic (LAPE-M06) as well.
    assertTrue(s.additions().stream().anyMatch(a -> a.candidate().id().equals("q6")));
    assertTrue(s.additions().size() >= 4, s.additions().toString());
  }

  @Test
  void everyCandidateThatDoesNotFitIsNamedWhereItIs() {
    Candidate bad = Candidate.builder("c").organisationId("nowhere").build();
    Candidate again = Candidate.builder("c").build();
    Candidate named = Candidate.builder("Matti Meikäläinen").organisationId("nowhere").build();
    MisfitException e = assertThrows(MisfitException.class, () ->
        ADVISOR.suggest(TinyData.dataset(), "lape", TinyData.DAY,
            SuggestionOptions.defaults().withCandidates(List.of(bad, again, named))));
    assertEquals(List.of("/candidates/0/organisationId", "/candidates/1/id",
            "/candidates/2/organisationId"),
        e.misfits().stream().map(MisfitException.Misfit::pointer).toList());
    assertEquals(List.of(MisfitException.Reason.UNKNOWN_ORGANISATION,
            MisfitException.Reason.CANDIDATE_REPEATED,
            MisfitException.Reason.UNKNOWN_ORGANISATION),
        e.misfits().stream().map(MisfitException.Misfit::reason).toList());
    assertEquals("candidate 1: organisation \"nowhere\" is not in the dataset;"
        + " candidate 2: an earlier candidate has the same id \"c\";"
        + " candidate 3: organisation \"nowhere\" is not in the dataset", e.getMessage());
    assertEquals("1. ehdokas: organisaatiota \"nowhere\" ei ole aineistossa;"
        + " 2. ehdokas: aiemmalla ehdokkaalla on sama tunniste \"c\";"
        + " 3. ehdokas: organisaatiota \"nowhere\" ei ole aineistossa",
        e.getMessage(Locale.forLanguageTag("fi")));
    assertTrue(e.getMessage(Locale.forLanguageTag("sv"))
        .startsWith("kandidat 1: organisationen \"nowhere\" finns inte i datamängden;"),
        e.getMessage(Locale.forLanguageTag("sv")));
    // A candidate's id that looks like a name is never repeated back.
    assertEquals(List.of("Matti Meikäläinen", "nowhere"), e.misfits().get(2).ids());
    assertFalse(e.getMessage().contains("Matti"), e.getMessage());
  }

  @Test
  void aRepeatedNameIsShownByItsShape() {
    Candidate first = Candidate.builder("Matti Meikäläinen").build();
    MisfitException e = assertThrows(MisfitException.class, () ->
        ADVISOR.suggest(TinyData.dataset(), "lape", TinyData.DAY,
            SuggestionOptions.defaults().withCandidates(List.of(first, first))));
    assertEquals("candidate 2: an earlier candidate has the same id \"aaaaa aaaaaaaaaaa\"",
        e.getMessage());
  }
}
