package fi.lape.benchmarks;

import fi.lape.core.Channel;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingPlaceType;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The JSON baseline: lape's dataset document bound by plain Jackson into simple records, field for
 * field, with enums and dates but none of lape's checks (ids, references, terms, codes) and no
 * positions for error messages.
 */
public record PlainDataset(String format, String version, List<RegionRecord> regions,
    List<MunicipalityRecord> municipalities, List<OrganisationRecord> organisations,
    List<PersonRecord> persons, List<GroupRecord> groups) {

  /** A region. */
  public record RegionRecord(String code, String name, String nameSv) {}

  /** A municipality. */
  public record MunicipalityRecord(String code, String name, String nameSv,
      List<RegionMembershipRecord> regionMemberships) {}

  /** A municipality's region for a period. */
  public record RegionMembershipRecord(String regionCode, LocalDate validFrom, LocalDate validTo) {}

  /** An organisation. */
  public record OrganisationRecord(String id, String name, OrganisationKind kind,
      String municipality, String region, List<Sector> sectors) {}

  /** A person. */
  public record PersonRecord(String id, String name, String email, String phone,
      String homeMunicipality) {}

  /** A term. */
  public record TermRecord(LocalDate start, LocalDate end) {}

  /** A scope. */
  public record ScopeRecord(String region, String municipality) {}

  /** A link. */
  public record LinkRecord(String groupId, LinkRelation relation) {}

  /** A time slot. */
  public record TimeSlotRecord(LocalTime start, LocalTime end) {}

  /** A meeting day. */
  public record MeetingDayRecord(LocalDate date, List<TimeSlotRecord> slots, List<String> themes,
      List<String> facilitatorIds) {}

  /** A membership. */
  public record MembershipRecord(String id, String personId, String organisationId, Role role,
      List<Duty> duties, List<Sector> sectors, List<Voice> voices, TermRecord term,
      String deputyOf) {}

  /** A group. */
  public record GroupRecord(String id, GroupKind kind, String name, ScopeRecord scope,
      TermRecord term, Channel channel, Integer capacity, MeetingPlaceType meetingPlaceType,
      List<String> themes, List<String> maintainerIds, List<LocalDate> intakeDates,
      List<LinkRecord> links, List<MeetingDayRecord> meetingDays,
      List<MembershipRecord> memberships) {}
}
