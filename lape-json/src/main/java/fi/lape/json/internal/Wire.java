package fi.lape.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The three documents as they are written: classes whose fields are the members of FORMAT.md, in
 * its order, bound by Jackson ({@link WireBinding}) field by field, so that a member the format
 * does not define is met while its place is known. Codes, ids and dates stay strings here so that
 * the readings ({@link Reading}) can say exactly what is wrong with each; a value that was of the
 * wrong type or {@code null} is null here, its problem already recorded.
 */
final class Wire {
  private Wire() {}

  /** A whole number as written, for the reader to check its range. */
  record Whole(String text, boolean decimal) {}

  static final class DatasetDoc {
    public String format;
    public String version;
    public List<Region> regions;
    public List<Municipality> municipalities;
    public List<Organisation> organisations;
    public List<Person> persons;
    public List<Group> groups;
  }

  static final class Region {
    public String code;
    public String name;
    public String nameSv;
  }

  static final class Municipality {
    public String code;
    public String name;
    public String nameSv;
    public List<RegionMembership> regionMemberships;
  }

  static final class RegionMembership {
    public String regionCode;
    public String validFrom;
    public String validTo;
  }

  static final class Organisation {
    public String id;
    public String name;
    public String kind;
    public String municipality;
    public String region;
    public String wellbeingServicesCounty;
    public List<String> sectors;
  }

  static final class Person {
    public String id;
    public String name;
    public String email;
    public String phone;
    public String gender;
    public String homeMunicipality;
  }

  static final class Group {
    public String id;
    public String kind;
    public String name;
    public Scope scope;
    public Term term;
    public String channel;
    public Whole capacity;
    public String meetingPlaceType;
    public List<String> themes;
    public List<String> maintainerIds;
    public List<String> intakeDates;
    public List<Link> links;
    public List<MeetingDay> meetingDays;
    public GenderBalanceWaiver genderBalanceWaiver;
    public List<Membership> memberships;
  }

  static final class GenderBalanceWaiver {
    public String reason;
  }

  static final class Scope {
    public String region;
    public String municipality;
  }

  static final class Term {
    public String start;
    public String end;
  }

  static final class Link {
    public String groupId;
    public String relation;
  }

  static final class MeetingDay {
    public String date;
    public List<TimeSlot> slots;
    public List<String> themes;
    public List<String> facilitatorIds;
  }

  static final class TimeSlot {
    public String start;
    public String end;
  }

  static final class Membership {
    public String id;
    public String personId;
    public String organisationId;
    public String role;
    public List<String> duties;
    public List<String> sectors;
    public List<String> voices;
    public Term term;
    public String deputyOf;
  }

  // ---- the policy document ----

  static final class PolicyDoc {
    public String format;
    public String version;
    public String id;
    public String name;
    public String description;
    @JsonProperty("extends")
    public String base;
    public Thresholds thresholds;
    public Map<String, String> severityOverrides;
    public List<String> disabledRules;
    public List<String> enabledRules;
    public List<Requirement> requirements;
    public List<String> rules;
    public Map<String, Messages> messages;
  }

  static final class Thresholds {
    public Whole minBranches;
    public Whole minOrganisations;
  }

  static final class Requirement {
    public String id;
    public String ruleId;
    public List<String> groupKinds;
    public String municipality;
    public List<String> municipalities;
    public String region;
    public Criteria anyOf;
    public List<Criteria> allOf;
    public Whole minMembers;
    public Whole minOrganisations;
    public String severity;
    public String citation;
    public String description;
    public Messages messages;
  }

  static final class Criteria {
    public List<String> sectors;
    public List<String> branches;
    public List<String> voices;
    public List<String> duties;
    public List<String> roles;
    public List<String> organisationKinds;
    public List<String> linkedGroupKinds;
  }

  /** Message patterns by language. */
  static final class Messages {
    public String fi;
    public String sv;
    public String en;
  }

  // ---- the report document ----

  static final class ReportDoc {
    public String format;
    public String version;
    public String language;
    public String asOf;
    public String policyId;
    public Boolean compliant;
    public List<GroupAssessment> groups;
  }

  static final class GroupAssessment {
    public String groupId;
    public String groupKind;
    public String asOf;
    public String verdict;
    public Multidisciplinarity multidisciplinarity;
    public List<Finding> findings;
    public List<CoverageLine> coverage;
  }

  static final class Multidisciplinarity {
    public Boolean multidisciplinary;
    public String reason;
    public List<String> failedRules;
    public List<String> branches;
    public Whole organisations;
    public Whole minBranches;
    public Whole minOrganisations;
  }

  static final class Finding {
    public String ruleId;
    public String requirementId;
    public String severity;
    public String groupId;
    public List<String> membershipIds;
    public List<String> personIds;
    public String message;
    public String messageKey;
    public List<String> arguments;
    public String citation;
    public Messages messages;
  }

  static final class CoverageLine {
    public String requirementId;
    public String ruleId;
    public String severity;
    public Boolean satisfied;
    public Whole required;
    public Whole distinctPersons;
    public Whole deficit;
    public Whole distinctOrganisations;
    public Whole requiredOrganisations;
    public List<String> witnessIds;
    public List<String> linkedGroupIds;
    public Criteria wouldSatisfy;
  }
}
