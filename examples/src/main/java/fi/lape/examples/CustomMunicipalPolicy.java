package fi.lape.examples;

import fi.lape.core.GroupKind;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import java.util.Locale;

/**
 * Example: a policy with one municipality's extra requirement. Akaa's project steering group
 * prepared its development work in staff workshops, "asiakkaita ja kuntalaisia ei vielä ole ollut
 * mukana" (seed 002); Akaa's own policy requires residents to take part. The national baseline
 * has nothing to say about project steering groups, so the same group that complies there fails
 * here. The policy is also printed as JSON: {@code examples/data/akaa-policy.json} is this
 * document (the baseline by its id, {@code "extends": "national-baseline"}, and Akaa's addition), for {@code ./lape assess --policy examples/data/akaa-policy.json}.
 */
public final class CustomMunicipalPolicy {
  private CustomMunicipalPolicy() {}

  /** Akaa's policy: the national baseline plus residents in Akaa's project steering groups. */
  public static CoveragePolicy policy() {
    Requirement residents = Requirement.builder()
        .id("AKAA-RESIDENTS")
        .addGroupKind(GroupKind.PROJECT_STEERING_GROUP)
        .municipality("020")
        .anyOf(Criteria.builder()
            .addVoices(Voice.CHILDREN, Voice.YOUNG_PEOPLE, Voice.PARENTS, Voice.CUSTOMERS)
            .addLinkedGroupKinds(GroupKind.CUSTOMER_PANEL, GroupKind.PARENTS_ASSOCIATION,
                GroupKind.YOUTH_COUNCIL)
            .build())
        .severity(Severity.ERROR)
        .citation("Onnistunut työ tekee hyvää -hanke, Akaa 17.3.2015: \"asiakkaita ja kuntalaisia"
            + " ei vielä ole ollut mukana työpajoissa tai muutoinkaan valmistelussa. Toivottavasti jatkossa!\"")
        .description("Residents or customers take part in Akaa's development projects.")
        .build();
    // Extending (rather than copying) the baseline keeps the JSON document to Akaa's own addition:
    // it is written as "extends": "national-baseline" and the one requirement.
    return CoveragePolicy.extending(Policies.nationalBaseline())
        .id("akaa-2015")
        .name("Akaa 2015")
        .description("The national baseline plus residents in Akaa's project steering groups.")
        .addRequirement(residents)
        .build();
  }

  /** Assesses the sample data under Akaa's policy and prints the project group and the policy. */
  public static void main(String[] args) {
    Locale en = Locale.ENGLISH;
    GroupAssessment akaa = GroupAssessor.of(policy())
        .assess(SampleData.dataset(), SampleData.AKAA_PROJECT, SampleData.DEFAULT_AS_OF);
    System.out.println(akaa.groupId() + " under akaa-2015: " + akaa.verdict().displayName(en));
    for (CoverageLine line : akaa.coverage()) {
      System.out.println("  " + line.requirementId() + " (" + line.ruleId() + "): "
          + (line.satisfied() ? "met" : line.deficit() + " more needed"));
    }
    for (Finding finding : akaa.findings()) {
      System.out.println("  " + finding.severity().displayName(en) + " "
          + finding.requirementId().orElse(finding.ruleId()) + ": " + finding.message(en));
    }
    System.out.println(LapeJson.builder().pretty(true).build().write(policy()));
  }
}
