package fi.lape.core.policy;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The policies lape ships (docs/DOMAIN.md).
 *
 * <ul>
 *   <li>{@link #nationalBaseline()}: the rule catalogue at its default severities, without the
 *       regional meeting-place rule LAPE-M12 and without the optional statutory gender balance
 *       LAPE-L01 (a policy that wants it lists it in {@link CoveragePolicy#enabledRules()}).
 *   <li>{@link #paijatHame2017()}: the baseline, with both an NGO and a parish required
 *       (LAPE-M04 and LAPE-R02 raised to errors), since seed 001 asks for sivi-sote work "together
 *       with NGOs, associations and parishes".
 *   <li>{@link #pohjoisSavo2017()}: the baseline plus LAPE-M12, a responsible person for the
 *       municipality's open meeting places (seed 004), in the municipalities of Pohjois-Savo only.
 * </ul>
 *
 * <pre>{@code
 * CoveragePolicy policy = Policies.byId("pohjois-savo-2017").orElseThrow();
 * }</pre>
 */
public final class Policies {
  /** Id of {@link #nationalBaseline()}. */
  public static final String NATIONAL_BASELINE = "national-baseline";
  /** Id of {@link #paijatHame2017()}. */
  public static final String PAIJAT_HAME_2017 = "paijat-hame-2017";
  /** Id of {@link #pohjoisSavo2017()}. */
  public static final String POHJOIS_SAVO_2017 = "pohjois-savo-2017";

  /** Pohjois-Savo's region code: its policy's own requirement applies only there. */
  private static final String POHJOIS_SAVO_REGION = "11";

  private static final CoveragePolicy BASELINE = baseline();
  private static final CoveragePolicy PAIJAT_HAME = CoveragePolicy.builder().from(BASELINE)
      .id(PAIJAT_HAME_2017)
      .name("Päijät-Häme 2017")
      .description("Päijät-Hämeen LAPE-ohjausryhmä 10.10.2017: sivi-sote"
          + " cooperation together with NGOs, associations and parishes, hearing children,"
          + " young people and parents. NGO and parish coverage are errors, not warnings.")
      .putSeverityOverride(Rule.M04.id(), Severity.ERROR)
      .putSeverityOverride(Rule.R02.id(), Severity.ERROR)
      .build();
  private static final CoveragePolicy POHJOIS_SAVO = CoveragePolicy.builder().from(BASELINE)
      .id(POHJOIS_SAVO_2017)
      .name("Pohjois-Savo 2017")
      .description("Kohtaamispaikkojen kehittäminen Pohjois-Savossa 11.12.2017: the baseline"
          + " plus a responsible person for open meeting places in every municipality.")
      .addRequirement(Requirement.builder()
          .from(requirement(Rule.M12, Rule.M12.id(), GroupKind.MUNICIPAL_LAPE_GROUP,
              Criteria.builder().addDuty(Duty.MEETING_PLACE_RESPONSIBLE).build()))
          .region(POHJOIS_SAVO_REGION)
          .build())
      .build();

  private Policies() {}

  /** The national baseline: the catalogue at default severities. */
  public static CoveragePolicy nationalBaseline() {
    return BASELINE;
  }

  /** Päijät-Häme 2017: the baseline with NGO and parish coverage required. */
  public static CoveragePolicy paijatHame2017() {
    return PAIJAT_HAME;
  }

  /** Pohjois-Savo 2017: the baseline plus the meeting-place responsible person. */
  public static CoveragePolicy pohjoisSavo2017() {
    return POHJOIS_SAVO;
  }

  /** Every built-in policy. */
  public static List<CoveragePolicy> all() {
    return List.of(BASELINE, PAIJAT_HAME, POHJOIS_SAVO);
  }

  /** The built-in policy with {@code id}. */
  public static Optional<CoveragePolicy> byId(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static CoveragePolicy baseline() {
    GroupKind municipal = GroupKind.MUNICIPAL_LAPE_GROUP;
    GroupKind regional = GroupKind.REGIONAL_STEERING_GROUP;
    CoveragePolicy.Builder b = CoveragePolicy.builder()
        .id(NATIONAL_BASELINE)
        .name("National baseline")
        .description("The lape rule catalogue at its default severities (docs/DOMAIN.md).")
        .addRequirement(requirement(Rule.M01, Rule.M01.id(), municipal,
            branches(Branch.EDUCATION_CULTURE)))
        .addRequirement(requirement(Rule.M02, Rule.M02.id(), municipal,
            branches(Branch.SOCIAL_HEALTH)))
        .addRequirement(requirement(Rule.M03, Rule.M03.id(), municipal,
            branches(Branch.CIVIL_SOCIETY, Branch.PARISH)))
        .addRequirement(requirement(Rule.M04, Rule.M04.id() + "-NGO", municipal,
            branches(Branch.CIVIL_SOCIETY)))
        .addRequirement(requirement(Rule.M04, Rule.M04.id() + "-PARISH", municipal,
            branches(Branch.PARISH)))
        .addRequirement(requirement(Rule.M05, Rule.M05.id(), municipal,
            voices(EnumSet.of(Voice.CHILDREN, Voice.YOUNG_PEOPLE, Voice.PARENTS))));
    for (Voice voice : List.of(Voice.CHILDREN, Voice.YOUNG_PEOPLE, Voice.PARENTS)) {
      b.addRequirement(Requirement.builder()
          .from(requirement(Rule.M05, Rule.M05.id() + "-" + voice.code(), municipal,
              voices(EnumSet.of(voice))))
          .severity(Severity.WARNING)
          .build());
    }
    return b
        .addRequirement(requirement(Rule.M06, Rule.M06.id() + "-CLINIC", municipal,
            Criteria.builder().addSector(Sector.CHILD_HEALTH_CLINIC).build()))
        .addRequirement(requirement(Rule.M06, Rule.M06.id() + "-SCHOOL", municipal,
            Criteria.builder().addSector(Sector.BASIC_EDUCATION).build()))
        .addRequirement(requirement(Rule.R01, Rule.R01.id() + "-EDUCATION_CULTURE", regional,
            branches(Branch.EDUCATION_CULTURE)))
        .addRequirement(requirement(Rule.R01, Rule.R01.id() + "-SOCIAL_HEALTH", regional,
            branches(Branch.SOCIAL_HEALTH)))
        .addRequirement(requirement(Rule.R01, Rule.R01.id() + "-CIVIL_SOCIETY_OR_PARISH",
            regional, branches(Branch.CIVIL_SOCIETY, Branch.PARISH)))
        .addRequirement(requirement(Rule.R02, Rule.R02.id() + "-NGO", regional,
            branches(Branch.CIVIL_SOCIETY)))
        .addRequirement(requirement(Rule.R02, Rule.R02.id() + "-PARISH", regional,
            branches(Branch.PARISH)))
        .build();
  }

  private static Requirement requirement(Rule rule, String id, GroupKind kind, Criteria anyOf) {
    return Requirement.builder()
        .id(id)
        .ruleId(rule.id())
        .addGroupKind(kind)
        .anyOf(anyOf)
        .severity(rule.defaultSeverity())
        .citation(rule.citation())
        .build();
  }

  private static Criteria branches(Branch... branches) {
    return Criteria.builder().addBranches(branches).build();
  }

  /** Members speaking for the voices, or a link to a voice group that speaks for one of them. */
  private static Criteria voices(EnumSet<Voice> voices) {
    Criteria.Builder criteria = Criteria.builder().addAllVoices(voices);
    for (GroupKind kind : GroupKind.values()) {
      if (kind.voices().stream().anyMatch(voices::contains)) {
        criteria.addLinkedGroupKind(kind);
      }
    }
    return criteria.build();
  }
}
