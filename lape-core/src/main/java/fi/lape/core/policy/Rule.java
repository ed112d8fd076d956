package fi.lape.core.policy;

import fi.lape.core.GroupKind;
import fi.lape.core.internal.Texts;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule catalogue (docs/DOMAIN.md): stable ids, default severities, the
 * group kinds each rule looks at, and the source document each comes from. Findings carry the id;
 * descriptions come in Finnish, Swedish and English.
 *
 * <p>Rules marked {@linkplain #isRequirementDriven() requirement-driven} are evaluated from a
 * policy's {@link Requirement}s, so a policy decides what they ask; the others are fixed logic whose
 * severity a policy may override or which it may switch off.
 *
 * <pre>{@code
 * for (Rule rule : Rule.values()) {
 *   System.out.println(rule.id() + " " + rule.defaultSeverity() + " " + rule.citation());
 * }
 * }</pre>
 */
public enum Rule {
  /** Education and culture covered. */
  M01("LAPE-M01", Severity.ERROR, true, Seeds.S001_SIVI_SOTE, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Social and health covered. */
  M02("LAPE-M02", Severity.ERROR, true, Seeds.S001_SIVI_SOTE, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Civil society or a parish covered. */
  M03("LAPE-M03", Severity.ERROR, true, Seeds.S001_SIVI_SOTE, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** An NGO covered; a parish covered (a warning each). */
  M04("LAPE-M04", Severity.WARNING, true, Seeds.S001_ALL_ACTORS, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Residents' voice heard by a member or a linked voice group; a warning per missing voice. */
  M05("LAPE-M05", Severity.ERROR, true, Seeds.S001_VOICE, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** The universal services, child health clinic and school, represented (a warning each). */
  M06("LAPE-M06", Severity.WARNING, true, Seeds.S001_UNIVERSAL, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Both sides of each of the three interfaces present (a warning each). */
  M07("LAPE-M07", Severity.WARNING, false, Seeds.S001_INTERFACES,
      GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Multidisciplinary: M01, M02, M03 and M05 hold and enough distinct branches and organisations. */
  M08("LAPE-M08", Severity.ERROR, false, Seeds.S001_MULTIDISCIPLINARY,
      GroupKind.MUNICIPAL_LAPE_GROUP),
  /** A municipality's own extra requirements covered. */
  M09("LAPE-M09", Severity.WARNING, true, Seeds.S001_SPECIAL_FEATURES,
      GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Roles: more than one active chair is an error, none a warning. */
  M10("LAPE-M10", Severity.ERROR, false, Seeds.S001_GROUP, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Every organisation maintaining a customer panel in the municipality sits in its LAPE group. */
  M11("LAPE-M11", Severity.WARNING, false, Seeds.S000_PANEL, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Someone holds the meeting-place responsibility for the municipality (regional policy). */
  M12("LAPE-M12", Severity.WARNING, true, Seeds.S004_RESPONSIBLE,
      GroupKind.MUNICIPAL_LAPE_GROUP),
  /** Another group of the municipality shares half the members, or a similar remit without a link. */
  M13("LAPE-M13", Severity.INFO, false, Seeds.S001_COORDINATE, GroupKind.MUNICIPAL_LAPE_GROUP),
  /** The regional steering group covers education and culture, social and health, civil society. */
  R01("LAPE-R01", Severity.ERROR, true, Seeds.S001_SIVI_SOTE, GroupKind.REGIONAL_STEERING_GROUP),
  /** Both NGOs and parishes present in the regional steering group. */
  R02("LAPE-R02", Severity.WARNING, true, Seeds.S001_ALL_ACTORS,
      GroupKind.REGIONAL_STEERING_GROUP),
  /** Each municipal LAPE group of the region has a steering-group member in it. */
  R03("LAPE-R03", Severity.WARNING, false, Seeds.S001_DIALOGUE,
      GroupKind.REGIONAL_STEERING_GROUP),
  /** A member links the steering group to the sote preparation. */
  R04("LAPE-R04", Severity.INFO, false, Seeds.S001_SOTE, GroupKind.REGIONAL_STEERING_GROUP),
  /** Advisory group members speak for parents (or young people); staff only as facilitators. */
  A01("LAPE-A01", Severity.ERROR, false, Seeds.S000_ADVISORY,
      GroupKind.PARENTS_ADVISORY_GROUP, GroupKind.YOUTH_ADVISORY_GROUP),
  /** Capacity exceeded is an error; a start off the term start and intake dates a warning. */
  A02("LAPE-A02", Severity.ERROR, false, Seeds.S000_INTAKE,
      GroupKind.PARENTS_ADVISORY_GROUP, GroupKind.YOUTH_ADVISORY_GROUP),
  /** How many municipalities the members come from. */
  A03("LAPE-A03", Severity.INFO, false, Seeds.S000_MUNICIPALITIES,
      GroupKind.PARENTS_ADVISORY_GROUP, GroupKind.YOUTH_ADVISORY_GROUP),
  /** A meeting day of an advisory group has no facilitator. */
  A04("LAPE-A04", Severity.WARNING, false, Seeds.S000_MEETING_DAYS,
      GroupKind.PARENTS_ADVISORY_GROUP, GroupKind.YOUTH_ADVISORY_GROUP),
  /** A customer panel is maintained by at least two organisations from different branches. */
  C01("LAPE-C01", Severity.WARNING, false, Seeds.S000_PANEL, GroupKind.CUSTOMER_PANEL),
  /** The same person holds the same role twice in overlapping terms. */
  D01("LAPE-D01", Severity.ERROR, false, Seeds.DATA),
  /** A member represents a sector that its organisation does not provide. */
  D02("LAPE-D02", Severity.WARNING, false, Seeds.DATA),
  /**
   * Statutory gender balance (optional): at least 40 % women and 40 % men among the members, and
   * separately among the deputies, unless the group documents a special reason. Off unless a policy
   * {@linkplain CoveragePolicy#enabledRules() switches it on}.
   */
  L01("LAPE-L01", Severity.ERROR, false, true, Seeds.EQUALITY_ACT,
      GroupKind.REGIONAL_STEERING_GROUP, GroupKind.MUNICIPAL_LAPE_GROUP,
      GroupKind.PROJECT_STEERING_GROUP);

  private final String id;
  private final Severity defaultSeverity;
  private final boolean requirementDriven;
  private final boolean optional;
  private final String citation;
  private final Set<GroupKind> groupKinds;

  Rule(String id, Severity defaultSeverity, boolean requirementDriven, String citation,
      GroupKind... groupKinds) {
    this(id, defaultSeverity, requirementDriven, false, citation, groupKinds);
  }

  Rule(String id, Severity defaultSeverity, boolean requirementDriven, boolean optional,
      String citation, GroupKind... groupKinds) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.requirementDriven = requirementDriven;
    this.optional = optional;
    this.citation = citation;
    this.groupKinds = groupKinds.length == 0
        ? Set.copyOf(EnumSet.allOf(GroupKind.class))
        : Set.copyOf(Arrays.asList(groupKinds));
  }

  /** The stable id, e.g. {@code LAPE-M01}. */
  public String id() {
    return id;
  }

  /** The severity of the rule's main finding unless a policy overrides it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * The catalogue severity of one variant of the rule's findings: LAPE-M10's "none" (no chair) and
   * LAPE-A02's "intake" (a start off the intake dates) are warnings while the rule's main finding is
   * an error; LAPE-L01's advice (genders not recorded, a documented special reason) is
   * {@linkplain #isAdvice(String) advice}; every other variant has the rule's {@link
   * #defaultSeverity()}.
   */
  public Severity defaultSeverity(String variant) {
    if (variant == null) {
      return defaultSeverity;
    }
    if (isAdvice(variant)) {
      return Severity.INFO;
    }
    return switch (id + "." + variant) {
      case "LAPE-M10.none", "LAPE-A02.intake" -> Severity.WARNING;
      default -> defaultSeverity;
    };
  }

  /**
   * Whether the rule's {@code variant} is advice that stays {@link Severity#INFO} whatever severity
   * a policy gives the rule: LAPE-L01's findings that genders are not recorded ({@code
   * membersUnknown}, {@code deputiesUnknown}) or that a special reason is documented ({@code
   * membersWaived}, {@code deputiesWaived}).
   */
  public boolean isAdvice(String variant) {
    return this == L01 && variant != null
        && (variant.endsWith("Unknown") || variant.endsWith("Waived"));
  }

  /**
   * Whether the rule is optional: off unless a policy lists it in {@link
   * CoveragePolicy#enabledRules()} (LAPE-L01, the statutory gender balance, which reads personal
   * data that most datasets do not keep).
   */
  public boolean isOptional() {
    return optional;
  }

  /** Whether the rule is evaluated from a policy's requirements. */
  public boolean isRequirementDriven() {
    return requirementDriven;
  }

  /** The source document and the words the rule rests on, in the source's language (Finnish). */
  public String citation() {
    return citation;
  }

  /** The kinds of group the rule looks at. */
  public Set<GroupKind> groupKinds() {
    return groupKinds;
  }

  /** What the rule checks, in {@code locale} (fi, sv or en). */
  public String description(Locale locale) {
    return Texts.text(locale, "rule." + id + ".description");
  }

  /** The catalogue rule with {@code id}, e.g. {@code LAPE-M01}. */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Citations: the source document by its title and date, and the words the rule rests on, quoted
   * in the source's language. The data-integrity rules rest on lape's own domain guide.
   */
  private static final class Seeds {
    /** LAPE Päijät-Häme's page on its parents' advisory group, autumn 2017. */
    static final String ADVISORY_PAGE = "Neuvonantajavanhemmat (LAPE Päijät-Häme), syksy 2017";
    /** The Päijät-Häme LAPE steering group's description of the steering and municipal groups. */
    static final String STEERING_GROUP = "Päijät-Hämeen LAPE-ohjausryhmä 10.10.2017";
    /** The Pohjois-Savo presentation on developing open meeting places. */
    static final String MEETING_PLACES = "Kohtaamispaikkojen kehittäminen Pohjois-Savossa 11.12.2017";

    static final String S000_ADVISORY = ADVISORY_PAGE
        + ": \"saada vanhempien mielipiteitä ja kokemuksia\"";
    static final String S000_INTAKE = ADVISORY_PAGE + ": \"koottu 1.8.2017-31.12.2017 väliseksi"
        + " ajaksi ... ryhmää täydennetään 1.1.2018 alkaen ja 1.7.2018 alkaen\"";
    static final String S000_MUNICIPALITIES = ADVISORY_PAGE
        + ": \"17 vanhempaa viidestä Päijät-Hämeen kunnasta\"";
    static final String S000_MEETING_DAYS = ADVISORY_PAGE + ": \"kahtena päivänä kuukaudessa,"
        + " jolloin LAPE-projektiryhmän jäsen on paikalla esim. klo 8-10, 14-16 ja 20-22\"";
    static final String S000_PANEL = ADVISORY_PAGE + ": \"neuvolan, seurakunnan,"
        + " varhaiskasvatuksen ja MLL yhteistyössä pitämä asiakasraati ... Raadin ylläpitäjät"
        + " kuuluvat myös kunnan omaan LAPE-ryhmään\"";
    static final String S001_SIVI_SOTE = STEERING_GROUP + ": \"monialainen ..."
        + " sivi-sote-yhteistyössä yhdessä järjestöjen, yhdistysten ja seurakuntien kanssa\"";
    static final String S001_ALL_ACTORS = STEERING_GROUP
        + ": \"Huomioi laajasti kaikki toimijat; järjestöt ja seurakunnan\"";
    static final String S001_VOICE = STEERING_GROUP
        + ": \"lasten, nuorten ja vanhempien ääni huomioiden\"; " + ADVISORY_PAGE;
    static final String S001_UNIVERSAL = STEERING_GROUP + ": \"neuvolat ja koulu universaaleina"
        + " paikkoina, joissa tavataan kaikki lapset ja perheet\"";
    static final String S001_INTERFACES = STEERING_GROUP + ": \"Yhdyspintoja muodostuu kunnan ja"
        + " sote-toimijoiden, järjestöjen ja seurakuntien sekä kunnan sisäisten toimialojen"
        + " välille\"";
    static final String S001_MULTIDISCIPLINARY = STEERING_GROUP + ": \"Kunkin ryhmän tulee olla"
        + " monialainen ja kattaa monipuolisesti ne näkökulmat\"";
    static final String S001_SPECIAL_FEATURES = STEERING_GROUP + ": \"huomioidaan kunnan"
        + " erityispiirteet ja omaleimaisuus\"";
    static final String S001_GROUP = STEERING_GROUP + ": \"Kunnan LAPE-ryhmän kokoonpanossa"
        + " pitää\"";
    static final String S004_RESPONSIBLE = MEETING_PLACES
        + ": \"Kohtaamispaikka -vastuuhenkilön määrittäminen kunnassa\"";
    static final String S001_COORDINATE = STEERING_GROUP + ": \"Yhteensovittaa kunnan muut"
        + " ryhmät, joilla on samansuuntaisia tehtäviä\"";
    static final String S001_DIALOGUE = STEERING_GROUP + ": \"Tukee ohjausryhmän ja"
        + " kunnan/kaupungin LAPE- ryhmän välistä vuoropuhelua\"";
    static final String S001_SOTE = STEERING_GROUP
        + ": \"Ohjausryhmä tulee toimimaan vuoropuhelussa tulevan SOTE- valmistelun kanssa\"";
    /** The Act on Equality between Women and Men, section 4 a, subsection 1, in Finnish. */
    static final String EQUALITY_ACT = "Laki naisten ja miesten välisestä tasa-arvosta"
        + " (609/1986) 4 a §: \"kunnallisissa ja kuntien yhteistoimintaan perustuvissa"
        + " toimielimissä, kunnanvaltuustoja lukuun ottamatta, on oltava sekä naisia että miehiä"
        + " kumpiakin vähintään 40 prosenttia, jollei erityisistä syistä muuta johdu\"";
    /** lape's domain guide in the repository, docs/DOMAIN.md, which explains both rules. */
    static final String DATA = "lape, docs/DOMAIN.md (LAPE-D01, LAPE-D02)";

    private Seeds() {}
  }
}
