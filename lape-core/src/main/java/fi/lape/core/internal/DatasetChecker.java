package fi.lape.core.internal;

import fi.lape.core.Dataset;
import fi.lape.core.DatasetProblem;
import fi.lape.core.Geography;
import fi.lape.core.Group;
import fi.lape.core.GroupLink;
import fi.lape.core.InvalidDatasetException;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Municipality;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Region;
import fi.lape.core.RegionMembership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a dataset's cross-references. Pointers use the dataset's JSON field names, so lape-json
 * can map a problem back to a line and column of the document it read.
 */
public final class DatasetChecker {
  private final Dataset dataset;
  private final Geography geography;
  private final List<DatasetProblem> problems = new ArrayList<>();
  // Ids seen, with the place of their first use; places are built only for a problem.
  private final Map<String, Place> persons;
  private final Map<String, Place> organisations;
  private final Map<String, Place> groups;
  private final Map<String, Place> memberships;

  /** A JSON Pointer, made only when a problem needs it: most datasets have none. */
  @FunctionalInterface
  private interface Place {
    String pointer();
  }

  private DatasetChecker(Dataset dataset) {
    this.dataset = dataset;
    this.geography = dataset.geography();
    this.persons = new HashMap<>(capacity(dataset.persons().size()));
    this.organisations = new HashMap<>(capacity(dataset.organisations().size()));
    this.groups = new HashMap<>(capacity(dataset.groups().size()));
    int seats = 0;
    for (Group group : dataset.groups()) {
      seats += group.memberships().size();
    }
    this.memberships = new HashMap<>(capacity(seats));
  }

  /** A HashMap capacity that holds {@code size} entries without growing. */
  private static int capacity(int size) {
    return size * 4 / 3 + 1;
  }

  /** Throws an {@link InvalidDatasetException} listing every problem in {@code dataset}. */
  public static void check(Dataset dataset) {
    DatasetChecker checker = new DatasetChecker(dataset);
    checker.run();
    if (!checker.problems.isEmpty()) {
      throw new InvalidDatasetException(checker.problems);
    }
  }

  private void run() {
    Map<String, Place> codes = new HashMap<>();
    for (int i = 0; i < dataset.regions().size(); i++) {
      int r = i;
      unique(codes, "region", "region code", dataset.regions().get(i).code(),
          () -> "/regions/" + r + "/code");
    }
    codes.clear();
    for (int i = 0; i < dataset.municipalities().size(); i++) {
      Municipality m = dataset.municipalities().get(i);
      String at = "/municipalities/" + i;
      unique(codes, "municipality", "municipality code", m.code(), () -> at + "/code");
      for (int j = 0; j < m.regionMemberships().size(); j++) {
        RegionMembership period = m.regionMemberships().get(j);
        region(period.regionCode(), at + "/regionMemberships/" + j + "/regionCode");
      }
    }
    for (int i = 0; i < dataset.persons().size(); i++) {
      Person p = dataset.persons().get(i);
      int n = i;
      unique(persons, "person", "person id", p.id(), () -> "/persons/" + n + "/id");
      if (p.homeMunicipality().isPresent()) {
        municipality(p.homeMunicipality().get(), "/persons/" + i + "/homeMunicipality");
      }
    }
    for (int i = 0; i < dataset.organisations().size(); i++) {
      Organisation o = dataset.organisations().get(i);
      String at = "/organisations/" + i;
      unique(organisations, "organisation", "organisation id", o.id(), () -> at + "/id");
      o.municipality().ifPresent(c -> municipality(c, at + "/municipality"));
      o.region().ifPresent(c -> region(c, at + "/region"));
      o.wellbeingServicesCounty().ifPresent(c -> county(c, at + "/wellbeingServicesCounty"));
    }
    for (int i = 0; i < dataset.groups().size(); i++) {
      Group g = dataset.groups().get(i);
      int n = i;
      unique(groups, "group", "group id", g.id(), () -> "/groups/" + n + "/id");
    }
    for (int i = 0; i < dataset.groups().size(); i++) {
      group(dataset.groups().get(i), i);
    }
  }

  private void group(Group g, int index) {
    Place at = () -> "/groups/" + index;
    if (g.scope().region().isPresent()) {
      region(g.scope().region().get(), at.pointer() + "/scope/region");
    }
    if (g.scope().municipality().isPresent()) {
      municipality(g.scope().municipality().get(), at.pointer() + "/scope/municipality");
    }
    for (int j = 0; j < g.memberships().size(); j++) {
      Membership m = g.memberships().get(j);
      int n = j;
      Place seat = () -> at.pointer() + "/memberships/" + n;
      unique(memberships, "membership", "membership id", m.id(), () -> seat.pointer() + "/id");
      resolve(persons, "person", m.personId(), () -> seat.pointer() + "/personId",
          () -> "membership " + m.id() + " of group " + g.id());
      if (m.organisationId().isPresent()) {
        resolve(organisations, "organisation", m.organisationId().get(),
            () -> seat.pointer() + "/organisationId",
            () -> "membership " + m.id() + " of group " + g.id());
      }
    }
    for (int j = 0; j < g.links().size(); j++) {
      GroupLink link = g.links().get(j);
      int n = j;
      resolve(groups, "group", link.groupId(), () -> at.pointer() + "/links/" + n + "/groupId",
          () -> "link of group " + g.id());
    }
    int k = 0;
    for (String maintainer : g.maintainerIds()) {
      int n = k++;
      resolve(organisations, "organisation", maintainer,
          () -> at.pointer() + "/maintainerIds/" + n, () -> "maintainer of group " + g.id());
    }
    for (int j = 0; j < g.meetingDays().size(); j++) {
      MeetingDay day = g.meetingDays().get(j);
      int f = 0;
      int d = j;
      for (String facilitator : day.facilitatorIds()) {
        int n = f++;
        resolve(persons, "person", facilitator,
            () -> at.pointer() + "/meetingDays/" + d + "/facilitatorIds/" + n,
            () -> "facilitator of group " + g.id() + " on " + day.date());
      }
    }
  }

  private void unique(Map<String, Place> seen, String kind, String what, String id,
      Place place) {
    Place first = seen.putIfAbsent(id, place);
    if (first != null) {
      String pointer = place.pointer();
      problems.add(DatasetProblem.of(pointer, "duplicate-id",
          String.format("%s %s is used twice (first at %s)", what, id, first.pointer()), kind, id,
          first.pointer()));
    }
  }

  private void resolve(Map<String, Place> known, String what, String id, Place place,
      Place owner) {
    if (!known.containsKey(id)) {
      problems.add(DatasetProblem.of(place.pointer(), "dangling-reference",
          String.format("%s refers to %s %s, which is not in the dataset", owner.pointer(), what,
              Checks.abbreviate(id)), what, id));
    }
  }

  private void region(String code, String pointer) {
    Optional<Region> region = geography.region(code);
    if (region.isEmpty()) {
      problems.add(DatasetProblem.of(pointer, "unknown-region", String.format(
          "unknown region code %s: add it to the dataset's regions", code), code));
    }
  }

  private void county(String code, String pointer) {
    if (geography.county(code).isEmpty()) {
      problems.add(DatasetProblem.of(pointer, String.format(
          "unknown wellbeing services county code %s: the counties are 01 to 21", code)));
    }
  }

  /**
   * A merged municipality's old code is accepted: the dataset may describe days before the merger.
   * Whoever assesses it on a later day is told through {@link Dataset#mergedMunicipalityCodes}.
   */
  private void municipality(String code, String pointer) {
    if (geography.municipality(code).isEmpty()) {
      problems.add(DatasetProblem.of(pointer, "unknown-municipality", String.format(
          "unknown municipality code %s: add it to the dataset's municipalities", code), code));
    }
  }
}
