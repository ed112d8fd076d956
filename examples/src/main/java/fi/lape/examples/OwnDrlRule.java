package fi.lape.examples;

import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Rule;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import java.util.Locale;

/**
 * Example: your own Drools rule on top of lape's. This one asks every municipal LAPE group for a
 * secretary. Own rules match {@code fi.lape.rules.AssessedGroup} facts and insert findings; they
 * are compiled when the assessor is built, which takes a few seconds.
 */
public final class OwnDrlRule {
  /** The rule, in DRL. */
  static final String DRL = """
      package org.example.lape

      import fi.lape.core.GroupKind
      import fi.lape.core.Membership
      import fi.lape.core.Role
      import fi.lape.core.policy.Severity
      import fi.lape.rules.AssessedGroup

      rule "OWN-SECRETARY a municipal LAPE group has a secretary"
      when
          $g : AssessedGroup( group.kind == GroupKind.MUNICIPAL_LAPE_GROUP )
          not ( Membership( role == Role.SECRETARY ) from $g.activeMemberships )
      then
          insert($g.finding("OWN-SECRETARY", Severity.WARNING)
              .citation("our municipality's rules of procedure").build());
      end
      """;

  private OwnDrlRule() {}

  /** Assesses the sample data with the own rule and prints its findings. */
  public static void main(String[] args) {
    GroupAssessor assessor = GroupAssessor.builder()
        .policy(Policies.nationalBaseline())
        .addRules("own-secretary.drl", DRL)
        .build();
    AssessmentReport report = assessor.assess(SampleData.dataset(), SampleData.DEFAULT_AS_OF);
    for (GroupAssessment group : report.groups()) {
      for (Finding finding : group.findings()) {
        if (Rule.byId(finding.ruleId()).isEmpty()) {
          System.out.println(group.groupId() + ": " + finding.severity().displayName(
              Locale.ENGLISH) + " " + finding.ruleId() + " (" + finding.citation() + ")");
        }
      }
    }
  }
}
