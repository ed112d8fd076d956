package fi.lape.sheets.internal;

import fi.lape.core.Coded;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupLink;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.TimeSlot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dataset as the sheets of a member list, in one language: codes as their names, dates as dates,
 * several values separated by semicolons. What {@link SheetReader} reads back is the same dataset.
 * The persons sheet is written only when the members sheet cannot say everything about persons
 * (details, order, persons without a seat); the meetings sheet only when a group has meeting days.
 */
public final class SheetWriter {
  private SheetWriter() {}

  /** The sheets of {@code dataset}, each a header row and its rows. */
  public static Map<SheetKind, List<List<Object>>> sheets(Dataset dataset, SheetTexts texts,
      String label) {
    if (!dataset.regions().isEmpty() || !dataset.municipalities().isEmpty()) {
      Problems problems = new Problems(texts);
      problems.file(label, "datasetOwnGeography");
      problems.throwIfAny(label);
    }
    Map<SheetKind, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put(SheetKind.MEMBERS, members(dataset, texts));
    sheets.put(SheetKind.GROUPS, groups(dataset, texts));
    sheets.put(SheetKind.ORGANISATIONS, organisations(dataset, texts));
    if (!dataset.persons().equals(inferredPersons(dataset))) {
      sheets.put(SheetKind.PERSONS, persons(dataset, texts));
    }
    if (dataset.groups().stream().anyMatch(g -> !g.meetingDays().isEmpty())) {
      sheets.put(SheetKind.MEETINGS, meetings(dataset, texts));
    }
    return sheets;
  }

  /** The persons a reader infers from the members and meetings sheets alone. */
  static List<Person> inferredPersons(Dataset dataset) {
    Set<String> ids = new LinkedHashSet<>();
    for (Group g : dataset.groups()) {
      for (Membership m : g.memberships()) {
        ids.add(m.personId());
      }
    }
    for (Group g : dataset.groups()) {
      for (MeetingDay d : g.meetingDays()) {
        ids.addAll(d.facilitatorIds());
      }
    }
    return ids.stream().map(id -> Person.builder().id(id).build()).collect(Collectors.toList());
  }

  private static List<Object> header(SheetKind kind, SheetTexts texts) {
    List<Object> header = new ArrayList<>();
    for (Column c : Column.written(kind)) {
      header.add(texts.header(c));
    }
    return header;
  }

  private static List<List<Object>> members(Dataset dataset, SheetTexts texts) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(header(SheetKind.MEMBERS, texts));
    for (Group g : dataset.groups()) {
      for (Membership m : g.memberships()) {
        rows.add(Arrays.asList(g.id(), m.id(), m.personId(), m.organisationId().orElse(null),
            name(m.role(), texts), names(m.sectors(), texts), names(m.voices(), texts),
            names(m.duties(), texts), m.term().start(), m.term().end().orElse(null),
            m.deputyOf().orElse(null)));
      }
    }
    return rows;
  }

  private static List<List<Object>> groups(Dataset dataset, SheetTexts texts) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(header(SheetKind.GROUPS, texts));
    for (Group g : dataset.groups()) {
      rows.add(Arrays.asList(g.id(), g.name(), name(g.kind(), texts),
          g.scope().municipality().orElse(null), g.scope().region().orElse(null),
          g.term().map(t -> (Object) t.start()).orElse(null),
          g.term().flatMap(t -> t.end()).orElse(null), g.capacity().orElse(null),
          g.channel().map(c -> name(c, texts)).orElse(null),
          g.meetingPlaceType().map(t -> name(t, texts)).orElse(null),
          joined(g.maintainerIds()), links(g.links(), texts), dates(g.intakeDates(), texts),
          themes(g.themes())));
    }
    return rows;
  }

  private static List<List<Object>> organisations(Dataset dataset, SheetTexts texts) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(header(SheetKind.ORGANISATIONS, texts));
    for (Organisation o : dataset.organisations()) {
      rows.add(Arrays.asList(o.id(), o.name(), name(o.kind(), texts),
          o.municipality().orElse(null), o.region().orElse(null), names(o.sectors(), texts)));
    }
    return rows;
  }

  private static List<List<Object>> persons(Dataset dataset, SheetTexts texts) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(header(SheetKind.PERSONS, texts));
    for (Person p : dataset.persons()) {
      rows.add(Arrays.asList(p.id(), p.name().orElse(null), p.email().orElse(null),
          p.phone().orElse(null), p.homeMunicipality().orElse(null),
          p.gender().map(g -> name(g, texts)).orElse(null)));
    }
    return rows;
  }

  private static List<List<Object>> meetings(Dataset dataset, SheetTexts texts) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(header(SheetKind.MEETINGS, texts));
    for (Group g : dataset.groups()) {
      for (MeetingDay d : g.meetingDays()) {
        rows.add(Arrays.asList(g.id(), d.date(),
            d.slots().stream().map(TimeSlot::toString).collect(Collectors.joining("; ")),
            themes(d.themes()), joined(d.facilitatorIds())));
      }
    }
    return rows;
  }

  private static String name(Coded code, SheetTexts texts) {
    return code.displayName(texts.locale());
  }

  private static <E extends Enum<E> & Coded> String names(Collection<E> codes, SheetTexts texts) {
    return codes.stream().sorted(Comparator.comparing(Enum::ordinal))
        .map(c -> c.displayName(texts.locale())).collect(Collectors.joining("; "));
  }

  private static String joined(Collection<String> values) {
    return String.join("; ", values);
  }

  /** Themes are free text: a lone theme with a comma gets a semicolon, so it is not split. */
  private static String themes(List<String> themes) {
    String joined = String.join("; ", themes);
    return themes.size() == 1 && joined.contains(",") ? joined + ";" : joined;
  }

  private static String links(List<GroupLink> links, SheetTexts texts) {
    return links.stream().map(l -> l.groupId() + ": " + name(l.relation(), texts))
        .collect(Collectors.joining("; "));
  }

  private static String dates(List<LocalDate> dates, SheetTexts texts) {
    return dates.stream().map(d -> format(d, texts)).collect(Collectors.joining("; "));
  }

  /** A date as people in that language write it: 1.8.2017 in Finnish and Swedish, ISO in English. */
  static String format(LocalDate d, SheetTexts texts) {
    return texts.locale().getLanguage().equals("en") ? d.toString()
        : d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
  }

  /** The rows as CSV text: dates formatted for the language, blanks empty. */
  public static List<List<String>> strings(List<List<Object>> rows, SheetTexts texts) {
    List<List<String>> out = new ArrayList<>();
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>();
      for (Object v : row) {
        cells.add(v == null ? "" : v instanceof LocalDate d ? format(d, texts) : v.toString());
      }
      out.add(cells);
    }
    return out;
  }

}
