package fi.lape.rules.facts;

import fi.lape.core.GroupKind;
import fi.lape.core.Voice;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A group of the dataset on the assessment day: its kind, its scope (municipality, and the region
 * the municipality belongs to that day, or the region of a regional group), whether its own term
 * covers the day, and what the advisory-group and panel rules read.
 */
public final class GroupFact {
  private final String groupId;
  private final GroupKind kind;
  private final String municipality;
  private final String region;
  private final boolean active;
  private final int capacity;
  private final LocalDate termStart;
  private final List<LocalDate> intakeDates;
  private final Set<String> maintainerIds;
  private final Set<Voice> voices;
  private final boolean genderBalanceWaived;
  private final int position;

  /** Made by lape from a group; public for tests of your own rules. */
  public GroupFact(String groupId, GroupKind kind, String municipality, String region,
      boolean active, int capacity, LocalDate termStart, List<LocalDate> intakeDates,
      Set<String> maintainerIds, int position) {
    this(groupId, kind, municipality, region, active, capacity, termStart, intakeDates,
        maintainerIds, false, position);
  }

  /**
   * Made by lape from a group, with whether it documents a special reason for departing from the
   * gender balance (rule LAPE-L01); public for tests of your own rules.
   */
  public GroupFact(String groupId, GroupKind kind, String municipality, String region,
      boolean active, int capacity, LocalDate termStart, List<LocalDate> intakeDates,
      Set<String> maintainerIds, boolean genderBalanceWaived, int position) {
    this.groupId = groupId;
    this.kind = kind;
    this.municipality = municipality;
    this.region = region;
    this.active = active;
    this.capacity = capacity;
    this.termStart = termStart;
    this.intakeDates = intakeDates;
    this.maintainerIds = maintainerIds;
    this.voices = kind.voices().isEmpty() ? EnumSet.noneOf(Voice.class)
        : EnumSet.copyOf(kind.voices());
    this.genderBalanceWaived = genderBalanceWaived;
    this.position = position;
  }

  public String getGroupId() {
    return groupId;
  }

  public GroupKind getKind() {
    return kind;
  }

  /** The municipality code of a municipal group; null for a regional one. */
  public String getMunicipality() {
    return municipality;
  }

  /** The region of the group on the day (a municipal group's municipality's); null if unknown. */
  public String getRegion() {
    return region;
  }

  /** Whether the group's own term (when it has one) covers the day. */
  public boolean isActive() {
    return active;
  }

  /** Places for residents; 0 when unlimited. */
  public int getCapacity() {
    return capacity;
  }

  /** The start of the group's term; null when it has none. */
  public LocalDate getTermStart() {
    return termStart;
  }

  /** Whether the group has a term start or intake dates that memberships should start on. */
  public boolean isScheduleKnown() {
    return termStart != null || !intakeDates.isEmpty();
  }

  public List<LocalDate> getIntakeDates() {
    return intakeDates;
  }

  /** The organisations that maintain a customer panel. */
  public Set<String> getMaintainerIds() {
    return maintainerIds;
  }

  /** The voices a group of this kind speaks for. */
  public Set<Voice> getVoices() {
    return voices;
  }

  /** Whether the group documents a special reason for departing from the gender balance. */
  public boolean isGenderBalanceWaived() {
    return genderBalanceWaived;
  }

  /** Whether the kind plans services (steering groups, municipal LAPE groups). */
  public boolean isPlanning() {
    return kind.isPlanningKind();
  }

  /** The group's place in the dataset. */
  public int getPosition() {
    return position;
  }

  @Override
  public String toString() {
    return "GroupFact{" + groupId + " " + kind + "}";
  }
}
