package fi.lape.sheets.internal;

import fi.lape.core.Channel;
import fi.lape.core.Coded;
import fi.lape.core.Dataset;
import fi.lape.core.DatasetProblem;
import fi.lape.core.Duty;
import fi.lape.core.Gender;
import fi.lape.core.Geography;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.InvalidDatasetException;
import fi.lape.core.LapeValidationException;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingDay;
import fi.lape.core.MeetingPlaceType;
import fi.lape.core.Membership;
import fi.lape.core.Municipality;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Region;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.TimeSlot;
import fi.lape.core.Voice;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the sheets of one member list into a {@link Dataset}, or into every problem they have.
 *
 * <p>What is inferred: persons from the ids in the members sheet (and meeting facilitators) when
 * no persons sheet lists them; an organisation named in the members sheet but on no organisations
 * sheet, when its name says its kind by one of the {@code orgKeyword} words ("Orimattilan
 * kaupunki", "MLL Orimattilan yhdistys"), with the sectors its members represent; a membership's id
 * as the group's id and the row number. Never inferred: groups.
 */
public final class SheetReader {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern FINNISH = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern SLOT =
      Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*[-\u2013\u2014]\\s*(\\d{1,2})(?:[:.](\\d{2}))?");
  private static final LocalDate EXCEL_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EXCEL_1904 = LocalDate.of(1904, 1, 1);

  private final String file;
  private final SheetTexts texts;
  private final Problems problems;
  private final Map<SheetKind, Table> tables;
  private final Map<SheetKind, Map<Column, Integer>> columns = new EnumMap<>(SheetKind.class);
  private final Geography geography = Geography.builtIn();
  private final Map<String, String> municipalityNames = new HashMap<>();
  private final Map<String, String> regionNames = new HashMap<>();

  private final Map<String, Organisation.Builder> organisations = new LinkedHashMap<>();
  private final Map<String, Located> organisationRows = new HashMap<>();
  private final Map<String, String> organisationNames = new HashMap<>();
  private final Map<String, Set<Sector>> inferredSectors = new LinkedHashMap<>();
  private final Map<String, PersonDraft> persons = new LinkedHashMap<>();
  private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
  private final Map<String, String> groupNames = new HashMap<>();
  private final Map<String, Located> membershipIds = new HashMap<>();

  /** A row of a table, to point at later. */
  private record Located(Table table, Table.Row row) {}

  /** Whom a deputy member deputises for, as written. */
  private record Deputy(String principal, Located at) {}

  private static final class PersonDraft {
    final String id;
    final Located first;
    final Map<Column, String> values = new EnumMap<>(Column.class);
    final Map<Column, Located> sources = new EnumMap<>(Column.class);

    PersonDraft(String id, Located first) {
      this.id = id;
      this.first = first;
    }
  }

  private static final class GroupDraft {
    final Located at;
    final Group.Builder builder;
    final String id;
    final List<Membership> memberships = new ArrayList<>();
    final Map<String, Located> membershipRows = new LinkedHashMap<>();
    /** By the deputy's membership id: the principal as written, a membership or person id. */
    final Map<String, Deputy> deputies = new LinkedHashMap<>();
    final List<String[]> links = new ArrayList<>();
    final List<String> maintainers = new ArrayList<>();
    final List<MeetingDay> meetingDays = new ArrayList<>();

    GroupDraft(Located at, String id, Group.Builder builder) {
      this.at = at;
      this.id = id;
      this.builder = builder;
    }
  }

  public SheetReader(String file, Map<SheetKind, Table> tables, SheetTexts texts) {
    this.file = file;
    this.tables = tables;
    this.texts = texts;
    this.problems = new Problems(texts);
    for (Municipality m : geography.municipalities()) {
      putName(municipalityNames, m.name(), m.code());
      m.nameSv().ifPresent(n -> putName(municipalityNames, n, m.code()));
    }
    for (Region r : geography.regions()) {
      putName(regionNames, r.name(), r.code());
      r.nameSv().ifPresent(n -> putName(regionNames, n, r.code()));
    }
  }

  private static void putName(Map<String, String> names, String name, String code) {
    String before = names.putIfAbsent(Words.key(name), code);
    if (before != null && !before.equals(code)) {
      names.put(Words.key(name), "");
    }
  }

  /** The dataset of the sheets, or a {@code SheetException} listing every problem. */
  public Dataset read() {
    for (Map.Entry<SheetKind, Table> e : tables.entrySet()) {
      columns.put(e.getKey(), bind(e.getKey(), e.getValue()));
    }
    if (!problems.isEmpty()) {
      problems.throwIfAny(file);
    }
    readOrganisations();
    readPersons();
    readGroups();
    readMembers();
    readMeetings();
    resolve();
    problems.throwIfAny(file);
    Dataset dataset = build();
    problems.throwIfAny(file);
    return dataset;
  }

  /**
   * The candidate list of the single {@link SheetKind#CANDIDATES} table, its organisations
   * resolved by id or name against {@code dataset}'s; or a {@code SheetException} listing every
   * problem by row and column.
   */
  public List<fi.lape.sheets.CandidateRow> candidates(Dataset dataset) {
    Table table = tables.get(SheetKind.CANDIDATES);
    columns.put(SheetKind.CANDIDATES, bind(SheetKind.CANDIDATES, table));
    problems.throwIfAny(file);
    Map<String, String> byName = new HashMap<>();
    for (Organisation o : dataset.organisations()) {
      putName(byName, o.name(), o.id());
    }
    List<fi.lape.sheets.CandidateRow> candidates = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (Table.Row row : table.rows()) {
      String rawPerson = text(table, row, Column.CANDIDATES_PERSON);
      Optional<String> person = rawPerson == null ? Optional.empty()
          : personId(table, row, Column.CANDIDATES_PERSON, rawPerson);
      Optional<String> organisation = Optional.empty();
      String rawOrganisation = text(table, row, Column.CANDIDATES_ORGANISATION);
      if (rawOrganisation != null) {
        String id = dataset.organisation(rawOrganisation).isPresent() ? rawOrganisation
            : byName.get(Words.key(rawOrganisation));
        if (id == null || id.isEmpty()) {
          problem(table, row, Column.CANDIDATES_ORGANISATION, "unknownCandidateOrganisation",
              Words.abbreviate(rawOrganisation));
        } else {
          organisation = Optional.of(id);
        }
      }
      Optional<Role> role = code(table, row, Column.CANDIDATES_ROLE, Role.class);
      Set<Sector> sectors = codes(table, row, Column.CANDIDATES_SECTORS, Sector.class);
      Set<Voice> voices = codes(table, row, Column.CANDIDATES_VOICES, Voice.class);
      Set<Duty> duties = codes(table, row, Column.CANDIDATES_DUTIES, Duty.class);
      String rawId = text(table, row, Column.CANDIDATES_ID);
      Optional<String> id = rawId != null ? id(table, row, Column.CANDIDATES_ID, rawId)
          : Optional.of(person.orElse("candidate-" + row.number()));
      if (rawId == null && person.isEmpty() && organisation.isEmpty() && sectors.isEmpty()
          && voices.isEmpty() && duties.isEmpty() && rawPerson == null
          && rawOrganisation == null) {
        problems.cell(table, row, -1, "emptyCandidate");
        continue;
      }
      if (id.isPresent()) {
        Integer before = ids.putIfAbsent(id.get(), row.number());
        if (before != null) {
          problem(table, row, rawId != null ? Column.CANDIDATES_ID : Column.CANDIDATES_PERSON,
              "duplicateCandidate", before);
          continue;
        }
      }
      if (id.isPresent()) {
        candidates.add(new fi.lape.sheets.CandidateRow(id.get(), person, organisation,
            role.orElse(Role.MEMBER), sectors, voices, duties, row.number()));
      }
    }
    problems.throwIfAny(file);
    return candidates;
  }

  // ---- headers

  private Map<Column, Integer> bind(SheetKind kind, Table table) {
    Map<Column, Integer> bound = new EnumMap<>(Column.class);
    if (table.headers().isEmpty()) {
      problems.sheet(table, "noHeader");
      return bound;
    }
    Map<String, Column> exact = new HashMap<>();
    for (Column c : Column.of(kind)) {
      for (Locale l : SheetTexts.LANGUAGES) {
        SheetTexts t = SheetTexts.of(l);
        exact.putIfAbsent(Words.key(t.header(c)), c);
      }
    }
    Map<String, Column> aliases = new HashMap<>();
    for (Column c : Column.of(kind)) {
      for (Locale l : SheetTexts.LANGUAGES) {
        for (String alias : SheetTexts.of(l).list(c.aliasKey())) {
          aliases.putIfAbsent(Words.key(alias), c);
        }
      }
    }
    for (int i = 0; i < table.headers().size(); i++) {
      String key = Words.key(table.headers().get(i));
      if (key.isEmpty()) {
        continue;
      }
      Column c = exact.get(key);
      if (c == null) {
        c = aliases.get(key);
      }
      if (c == null) {
        // "sektorit (pilkuin eroteltuina)": a known header followed by a note.
        for (Map.Entry<String, Column> e : exact.entrySet()) {
          if (key.startsWith(e.getKey() + " ")) {
            c = e.getValue();
            break;
          }
        }
      }
      if (c == null) {
        continue; // other columns (notes, phone lists...) are the coordinator's own
      }
      Integer before = bound.putIfAbsent(c, i);
      if (before != null) {
        problems.cell(table, new Table.Row(table.headerRow(), List.of()), i, "duplicateColumn",
            Words.columnLetters(before), texts.header(c));
      }
    }
    for (Column c : Column.of(kind)) {
      if (c.required() && !bound.containsKey(c)) {
        problems.sheet(table, "missingColumn", texts.header(c));
      }
    }
    return bound;
  }

  // ---- cells

  private Optional<Integer> index(Table table, Column column) {
    return Optional.ofNullable(columns.get(column.sheet()).get(column));
  }

  /** The cell's text, or null when blank or absent; a formula error is a problem. */
  private String text(Table table, Table.Row row, Column column) {
    Optional<Integer> i = index(table, column);
    if (i.isEmpty()) {
      return null;
    }
    Object cell = row.cell(i.get());
    if (cell == Table.ERROR) {
      problems.cell(table, row, i.get(), "formulaError");
      return null;
    }
    if (Table.blank(cell)) {
      return null;
    }
    return Cells.plain(cell);
  }

  private String required(Table table, Table.Row row, Column column) {
    String value = text(table, row, column);
    if (value == null && !isError(table, row, column)) {
      problem(table, row, column, "required");
    }
    return value;
  }

  /** Whether the cell is absent or blank, without reporting anything. */
  private boolean blankCell(Table table, Table.Row row, Column column) {
    return index(table, column).map(i -> Table.blank(row.cell(i))).orElse(true);
  }

  private boolean isError(Table table, Table.Row row, Column column) {
    return index(table, column).map(i -> row.cell(i) == Table.ERROR).orElse(false);
  }

  private void problem(Table table, Table.Row row, Column column, String key,
      Object... arguments) {
    problems.cell(table, row, index(table, column).orElse(-1), key, arguments);
  }

  private Optional<LocalDate> date(Table table, Table.Row row, Column column) {
    Optional<Integer> i = index(table, column);
    if (i.isEmpty()) {
      return Optional.empty();
    }
    Object cell = row.cell(i.get());
    if (cell instanceof BigDecimal serial) {
      Optional<LocalDate> d = serial(serial, table.date1904());
      if (d.isEmpty()) {
        problem(table, row, column, "date");
      }
      return d;
    }
    String value = text(table, row, column);
    if (value == null) {
      return Optional.empty();
    }
    Optional<LocalDate> d = parseDate(value);
    if (d.isEmpty()) {
      problem(table, row, column, "date");
    }
    return d;
  }

  /** A spreadsheet's day number as a date, if it is one between 1950 and 2100. */
  private static Optional<LocalDate> serial(BigDecimal serial, boolean date1904) {
    if (serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(80_000)) > 0) {
      return Optional.empty();
    }
    LocalDate d = (date1904 ? EXCEL_1904 : EXCEL_1900).plusDays(serial.longValue());
    return d.getYear() >= 1950 && d.getYear() <= 2100 ? Optional.of(d) : Optional.empty();
  }

  /** 2017-08-01, 1.8.2017 or 01.08.2017. */
  static Optional<LocalDate> parseDate(String text) {
    String s = text.strip();
    try {
      Matcher iso = ISO.matcher(s);
      if (iso.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
      }
      Matcher fi = FINNISH.matcher(s);
      if (fi.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(fi.group(3)),
            Integer.parseInt(fi.group(2)), Integer.parseInt(fi.group(1))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private <E extends Enum<E> & Coded> Optional<E> code(Table table, Table.Row row, Column column,
      Class<E> type) {
    return code(table, row, column, type, false);
  }

  /**
   * The code in the cell; one lape cannot read is a problem that quotes it, unless the cell is
   * {@code personal} data (a gender), whose problem names only the cell.
   */
  private <E extends Enum<E> & Coded> Optional<E> code(Table table, Table.Row row, Column column,
      Class<E> type, boolean personal) {
    String value = text(table, row, column);
    if (value == null) {
      return Optional.empty();
    }
    Codes<E> codes = Codes.of(type);
    Optional<E> found = codes.parse(value);
    if (found.isEmpty() && personal) {
      problem(table, row, column, "personal." + codes.typeName(), codes.expected(texts.locale()));
    } else if (found.isEmpty()) {
      problem(table, row, column, "unknown." + codes.typeName(), Words.abbreviate(value),
          codes.expected(texts.locale()));
    }
    return found;
  }

  private <E extends Enum<E> & Coded> Set<E> codes(Table table, Table.Row row, Column column,
      Class<E> type) {
    String value = text(table, row, column);
    if (value == null) {
      return Set.of();
    }
    Codes<E> codes = Codes.of(type);
    List<String> unknown = new ArrayList<>();
    Set<E> found = codes.parseList(value, unknown);
    for (String u : unknown) {
      problem(table, row, column, "unknown." + codes.typeName(), Words.abbreviate(u),
          codes.expected(texts.locale()));
    }
    return found;
  }

  /** A cell that lists several values: separated by semicolons, or else by commas. */
  private List<String> list(Table table, Table.Row row, Column column) {
    String value = text(table, row, column);
    List<String> values = new ArrayList<>();
    if (value == null) {
      return values;
    }
    for (String part : value.split(value.contains(";") ? ";" : ",")) {
      if (!part.isBlank()) {
        values.add(part.strip());
      }
    }
    return values;
  }

  private Optional<String> municipality(Table table, Table.Row row, Column column,
      boolean personal) {
    String value = text(table, row, column);
    if (value == null) {
      return Optional.empty();
    }
    String code = value.matches("\\d{1,3}") ? "000".substring(value.length()) + value
        : municipalityNames.getOrDefault(Words.key(value), "");
    if (code.isEmpty() || geography.municipality(code).isEmpty()) {
      if (personal) {
        problem(table, row, column, "homeMunicipality");
      } else {
        problem(table, row, column, "municipality", Words.abbreviate(value));
      }
      return Optional.empty();
    }
    return Optional.of(code);
  }

  private Optional<String> region(Table table, Table.Row row, Column column) {
    String value = text(table, row, column);
    if (value == null) {
      return Optional.empty();
    }
    String code = value.matches("\\d{1,2}") ? "00".substring(value.length()) + value
        : regionNames.getOrDefault(Words.key(value), "");
    if (code.isEmpty() || geography.region(code).isEmpty()) {
      problem(table, row, column, "region", Words.abbreviate(value));
      return Optional.empty();
    }
    return Optional.of(code);
  }

  /** An id that lape accepts, or a problem quoting it (never for person ids). */
  private Optional<String> id(Table table, Table.Row row, Column column, String value) {
    if (validId(value)) {
      return Optional.of(value);
    }
    problem(table, row, column, "id", Words.abbreviate(value));
    return Optional.empty();
  }

  private Optional<String> personId(Table table, Table.Row row, Column column, String value) {
    if (validId(value)) {
      return Optional.of(value);
    }
    problem(table, row, column, "personId", value.length());
    return Optional.empty();
  }

  /** lape-core's own rule for ids, asked of lape-core rather than repeated here. */
  private static boolean validId(String value) {
    try {
      Person.builder().id(value).build();
      return true;
    } catch (LapeValidationException e) {
      return false;
    }
  }

  private Optional<Term> term(Table table, Table.Row row, Column start, Column end,
      boolean startRequired) {
    boolean startBlank = blankCell(table, row, start);
    Optional<LocalDate> from = date(table, row, start);
    Optional<LocalDate> to = date(table, row, end);
    if (from.isEmpty()) {
      if (startBlank && startRequired) {
        problem(table, row, start, "required");
      } else if (startBlank && to.isPresent()) {
        problem(table, row, start, "endWithoutStart");
      }
      return Optional.empty();
    }
    if (to.isPresent() && to.get().isBefore(from.get())) {
      problem(table, row, end, "endBeforeStart", format(to.get()), format(from.get()));
      return Optional.empty();
    }
    return Optional.of(to.map(t -> Term.of(from.get(), t)).orElseGet(() -> Term.from(from.get())));
  }

  private String format(LocalDate d) {
    return SheetWriter.format(d, texts);
  }

  // ---- sheets

  private void readOrganisations() {
    Table table = tables.get(SheetKind.ORGANISATIONS);
    if (table == null) {
      return;
    }
    for (Table.Row row : table.rows()) {
      String name = required(table, row, Column.ORGANISATIONS_NAME);
      String rawId = text(table, row, Column.ORGANISATIONS_ID);
      Optional<OrganisationKind> kind = code(table, row, Column.ORGANISATIONS_KIND,
          OrganisationKind.class);
      if (blankCell(table, row, Column.ORGANISATIONS_KIND)) {
        problem(table, row, Column.ORGANISATIONS_KIND, "required");
      }
      Optional<String> municipality = municipality(table, row,
          Column.ORGANISATIONS_MUNICIPALITY, false);
      Optional<String> region = region(table, row, Column.ORGANISATIONS_REGION);
      Set<Sector> sectors = codes(table, row, Column.ORGANISATIONS_SECTORS, Sector.class);
      Optional<String> id = rawId != null ? id(table, row, Column.ORGANISATIONS_ID, rawId)
          : name != null ? id(table, row, Column.ORGANISATIONS_NAME, Words.slug(name))
          : Optional.empty();
      if (id.isEmpty() || name == null || kind.isEmpty()) {
        continue;
      }
      Located here = new Located(table, row);
      Located before = organisationRows.putIfAbsent(id.get(), here);
      if (before != null) {
        problem(table, row, rawId != null ? Column.ORGANISATIONS_ID : Column.ORGANISATIONS_NAME,
            "duplicateId", id.get(), before.row().number());
        continue;
      }
      organisations.put(id.get(), Organisation.builder().id(id.get()).name(name).kind(kind.get())
          .municipality(municipality).region(region).addAllSectors(sectors));
      putName(organisationNames, name, id.get());
    }
  }

  private void readPersons() {
    Table table = tables.get(SheetKind.PERSONS);
    if (table == null) {
      return;
    }
    for (Table.Row row : table.rows()) {
      String raw = required(table, row, Column.PERSONS_PERSON);
      if (raw == null) {
        continue;
      }
      Optional<String> id = personId(table, row, Column.PERSONS_PERSON, raw);
      if (id.isEmpty()) {
        continue;
      }
      PersonDraft existing = persons.get(id.get());
      if (existing != null) {
        problem(table, row, Column.PERSONS_PERSON, "duplicatePerson",
            existing.first.row().number());
        continue;
      }
      PersonDraft p = new PersonDraft(id.get(), new Located(table, row));
      persons.put(id.get(), p);
      details(p, table, row, Column.PERSONS_NAME, Column.PERSONS_EMAIL, Column.PERSONS_PHONE,
          Column.PERSONS_HOME_MUNICIPALITY, Column.PERSONS_GENDER);
    }
  }

  /**
   * A person's name, contact details, home municipality and gender from one row, checked against
   * earlier rows.
   */
  private void details(PersonDraft p, Table table, Table.Row row, Column name, Column email,
      Column phone, Column home, Column gender) {
    Located here = new Located(table, row);
    detail(p, here, name, Column.PERSONS_NAME, text(table, row, name));
    detail(p, here, email, Column.PERSONS_EMAIL, text(table, row, email));
    detail(p, here, phone, Column.PERSONS_PHONE, text(table, row, phone));
    detail(p, here, home, Column.PERSONS_HOME_MUNICIPALITY,
        municipality(table, row, home, true).orElse(null));
    detail(p, here, gender, Column.PERSONS_GENDER,
        code(table, row, gender, Gender.class, true).map(Enum::name).orElse(null));
  }

  private void detail(PersonDraft p, Located here, Column column, Column key, String value) {
    if (value == null) {
      return;
    }
    String before = p.values.putIfAbsent(key, value);
    if (before == null) {
      p.sources.put(key, here);
    } else if (!before.equals(value)) {
      problem(here.table(), here.row(), column, "conflictingPerson",
          texts.header(column), p.sources.get(key).row().number());
    }
  }

  private void readGroups() {
    Table table = tables.get(SheetKind.GROUPS);
    if (table == null) {
      return;
    }
    for (Table.Row row : table.rows()) {
      String name = required(table, row, Column.GROUPS_NAME);
      String rawId = text(table, row, Column.GROUPS_ID);
      Optional<GroupKind> kind = code(table, row, Column.GROUPS_KIND, GroupKind.class);
      if (blankCell(table, row, Column.GROUPS_KIND)) {
        problem(table, row, Column.GROUPS_KIND, "required");
      }
      Optional<String> municipality = municipality(table, row, Column.GROUPS_MUNICIPALITY,
          false);
      Optional<String> region = region(table, row, Column.GROUPS_REGION);
      Optional<Scope> scope = scope(table, row, kind, municipality, region);
      Optional<Term> term = term(table, row, Column.GROUPS_START, Column.GROUPS_END, false);
      Optional<Integer> capacity = capacity(table, row);
      Optional<Channel> channel = code(table, row, Column.GROUPS_CHANNEL, Channel.class);
      Optional<MeetingPlaceType> placeType = code(table, row, Column.GROUPS_MEETING_PLACE_TYPE,
          MeetingPlaceType.class);
      if (placeType.isPresent() && kind.isPresent() && kind.get() != GroupKind.MEETING_PLACE) {
        problem(table, row, Column.GROUPS_MEETING_PLACE_TYPE, "notMeetingPlace");
      }
      List<LocalDate> intakes = dates(table, row, Column.GROUPS_INTAKE_DATES);
      List<String> themes = list(table, row, Column.GROUPS_THEMES);
      Optional<String> id = rawId != null ? id(table, row, Column.GROUPS_ID, rawId)
          : name != null ? id(table, row, Column.GROUPS_NAME, Words.slug(name))
          : Optional.empty();
      List<String[]> links = links(table, row);
      List<String> maintainers = list(table, row, Column.GROUPS_MAINTAINERS);
      if (id.isEmpty() || name == null || kind.isEmpty() || scope.isEmpty()) {
        continue;
      }
      GroupDraft before = groups.get(id.get());
      if (before != null) {
        problem(table, row, rawId != null ? Column.GROUPS_ID : Column.GROUPS_NAME, "duplicateId",
            id.get(), before.at.row().number());
        continue;
      }
      Group.Builder b = Group.builder().id(id.get()).name(name).kind(kind.get())
          .scope(scope.get()).term(term).capacity(capacity).channel(channel)
          .meetingPlaceType(placeType).addAllIntakeDates(intakes).addAllThemes(themes);
      GroupDraft draft = new GroupDraft(new Located(table, row), id.get(), b);
      draft.links.addAll(links);
      draft.maintainers.addAll(maintainers);
      groups.put(id.get(), draft);
      putName(groupNames, name, id.get());
    }
  }

  private Optional<Scope> scope(Table table, Table.Row row, Optional<GroupKind> kind,
      Optional<String> municipality, Optional<String> region) {
    boolean hasMunicipality = !blankCell(table, row, Column.GROUPS_MUNICIPALITY);
    boolean hasRegion = !blankCell(table, row, Column.GROUPS_REGION);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    String kindName = kind.get().displayName(texts.locale());
    if (kind.get() == GroupKind.MUNICIPAL_LAPE_GROUP && !hasMunicipality) {
      problem(table, row, Column.GROUPS_MUNICIPALITY, "needsMunicipality", kindName);
      return Optional.empty();
    }
    if (kind.get() == GroupKind.REGIONAL_STEERING_GROUP && !hasRegion) {
      problem(table, row, Column.GROUPS_REGION, "needsRegion", kindName);
      return Optional.empty();
    }
    if (hasMunicipality && hasRegion) {
      problem(table, row, kind.get() == GroupKind.REGIONAL_STEERING_GROUP
          ? Column.GROUPS_MUNICIPALITY : Column.GROUPS_REGION, "bothScopes");
      return Optional.empty();
    }
    if (!hasMunicipality && !hasRegion) {
      problems.cell(table, row, -1, "needsScope");
      return Optional.empty();
    }
    return municipality.map(Scope::municipality).or(() -> region.map(Scope::region));
  }

  private Optional<Integer> capacity(Table table, Table.Row row) {
    String value = text(table, row, Column.GROUPS_CAPACITY);
    if (value == null) {
      return Optional.empty();
    }
    try {
      int n = new BigDecimal(value).intValueExact();
      if (n > 0) {
        return Optional.of(n);
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // reported below
    }
    problem(table, row, Column.GROUPS_CAPACITY, "number");
    return Optional.empty();
  }

  private List<LocalDate> dates(Table table, Table.Row row, Column column) {
    Optional<Integer> i = index(table, column);
    List<LocalDate> dates = new ArrayList<>();
    if (i.isPresent() && row.cell(i.get()) instanceof BigDecimal) {
      date(table, row, column).ifPresent(dates::add);
      return dates;
    }
    boolean bad = false;
    for (String part : list(table, row, column)) {
      Optional<LocalDate> d = parseDate(part);
      if (d.isPresent()) {
        dates.add(d.get());
      } else {
        bad = true;
      }
    }
    if (bad) {
      problem(table, row, column, "date");
    }
    return dates;
  }

  private List<String[]> links(Table table, Table.Row row) {
    List<String[]> links = new ArrayList<>();
    String value = text(table, row, Column.GROUPS_LINKS);
    if (value == null) {
      return links;
    }
    Codes<LinkRelation> relations = Codes.of(LinkRelation.class);
    for (String part : value.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int colon = part.lastIndexOf(':');
      if (colon <= 0 || part.substring(0, colon).isBlank()) {
        problem(table, row, Column.GROUPS_LINKS, "link");
        continue;
      }
      String relation = part.substring(colon + 1).strip();
      Optional<LinkRelation> r = relations.parse(relation);
      if (r.isEmpty()) {
        problem(table, row, Column.GROUPS_LINKS, "unknown.LinkRelation",
            Words.abbreviate(relation), relations.expected(texts.locale()));
        continue;
      }
      links.add(new String[] {part.substring(0, colon).strip(), r.get().name()});
    }
    return links;
  }

  private Optional<GroupDraft> group(Table table, Table.Row row, Column column, String value) {
    GroupDraft g = groups.get(value);
    if (g == null) {
      String byName = groupNames.get(Words.key(value));
      g = byName == null || byName.isEmpty() ? null : groups.get(byName);
    }
    if (g == null) {
      if (tables.containsKey(SheetKind.GROUPS)) {
        problem(table, row, column, "unknownGroup", Words.abbreviate(value),
            sheetLabel(SheetKind.GROUPS));
      } else {
        problem(table, row, column, "noGroupsSheet", Words.abbreviate(value),
            texts.sheetName(SheetKind.GROUPS));
      }
    }
    return Optional.ofNullable(g);
  }

  private String sheetLabel(SheetKind kind) {
    Table t = tables.get(kind);
    if (t == null) {
      return texts.sheetName(kind);
    }
    return t.sheet().orElse(t.file());
  }

  private void readMembers() {
    Table table = tables.get(SheetKind.MEMBERS);
    for (Table.Row row : table.rows()) {
      String groupText = required(table, row, Column.MEMBERS_GROUP);
      Optional<GroupDraft> group = groupText == null ? Optional.empty()
          : group(table, row, Column.MEMBERS_GROUP, groupText);
      String rawPerson = required(table, row, Column.MEMBERS_PERSON);
      Optional<String> person = rawPerson == null ? Optional.empty()
          : personId(table, row, Column.MEMBERS_PERSON, rawPerson);
      String rawMembership = text(table, row, Column.MEMBERS_MEMBERSHIP);
      Optional<String> membershipId = rawMembership != null
          ? id(table, row, Column.MEMBERS_MEMBERSHIP, rawMembership)
          : group.map(g -> g.id + "-" + row.number());
      Optional<Role> role = code(table, row, Column.MEMBERS_ROLE, Role.class);
      Set<Sector> sectors = codes(table, row, Column.MEMBERS_SECTORS, Sector.class);
      Set<Voice> voices = codes(table, row, Column.MEMBERS_VOICES, Voice.class);
      Set<Duty> duties = codes(table, row, Column.MEMBERS_DUTIES, Duty.class);
      Optional<Term> term = term(table, row, Column.MEMBERS_START, Column.MEMBERS_END, true);
      Optional<String> organisation = organisation(table, row, sectors);
      String deputyOf = text(table, row, Column.MEMBERS_DEPUTY_OF);
      if (deputyOf != null && role.orElse(Role.MEMBER) != Role.DEPUTY_MEMBER) {
        problem(table, row, Column.MEMBERS_DEPUTY_OF, "notDeputy");
        deputyOf = null;
      }
      person.ifPresent(id -> {
        PersonDraft p = persons.computeIfAbsent(id, k -> new PersonDraft(k,
            new Located(table, row)));
        details(p, table, row, Column.MEMBERS_NAME, Column.MEMBERS_EMAIL, Column.MEMBERS_PHONE,
            Column.MEMBERS_HOME_MUNICIPALITY, Column.MEMBERS_GENDER);
      });
      if (membershipId.isPresent()) {
        Located before = membershipIds.putIfAbsent(membershipId.get(), new Located(table, row));
        if (before != null) {
          problem(table, row, rawMembership != null ? Column.MEMBERS_MEMBERSHIP
              : Column.MEMBERS_GROUP, "duplicateId", membershipId.get(),
              before.row().number());
          continue;
        }
      }
      if (group.isEmpty() || person.isEmpty() || membershipId.isEmpty() || term.isEmpty()) {
        continue;
      }
      try {
        Membership m = Membership.builder().id(membershipId.get()).personId(person.get())
            .organisationId(organisation).role(role.orElse(Role.MEMBER)).addAllSectors(sectors)
            .addAllVoices(voices).addAllDuties(duties).term(term.get()).build();
        group.get().memberships.add(m);
        group.get().membershipRows.put(m.id(), new Located(table, row));
        if (deputyOf != null) {
          group.get().deputies.put(m.id(), new Deputy(deputyOf, new Located(table, row)));
        }
      } catch (LapeValidationException e) {
        problems.cell(table, row, -1, "invalid", e.getMessage());
      }
    }
  }

  /** The organisation a member represents: by id or name on the organisations sheet, or inferred. */
  private Optional<String> organisation(Table table, Table.Row row, Set<Sector> sectors) {
    String value = text(table, row, Column.MEMBERS_ORGANISATION);
    if (value == null) {
      return Optional.empty();
    }
    if (organisations.containsKey(value)) {
      return Optional.of(value);
    }
    String byName = organisationNames.get(Words.key(value));
    if (byName != null && !byName.isEmpty()) {
      return Optional.of(byName);
    }
    String slug = Words.slug(value);
    if (inferredSectors.containsKey(slug)) {
      inferredSectors.get(slug).addAll(sectors);
      return Optional.of(slug);
    }
    Set<OrganisationKind> kinds = kindsNamedIn(value);
    String sheet = sheetLabel(SheetKind.ORGANISATIONS);
    if (kinds.size() != 1) {
      if (kinds.isEmpty()) {
        problem(table, row, Column.MEMBERS_ORGANISATION, "unknownOrganisation",
            Words.abbreviate(value), sheet);
      } else {
        List<String> names = new ArrayList<>();
        kinds.forEach(k -> names.add(k.displayName(texts.locale())));
        problem(table, row, Column.MEMBERS_ORGANISATION, "ambiguousOrganisation",
            Words.abbreviate(value), sheet, String.join(", ", names));
      }
      return Optional.empty();
    }
    if (!validId(slug) || organisations.containsKey(slug)) {
      problem(table, row, Column.MEMBERS_ORGANISATION, "unknownOrganisation",
          Words.abbreviate(value), sheet);
      return Optional.empty();
    }
    organisations.put(slug, Organisation.builder().id(slug).name(value.strip())
        .kind(kinds.iterator().next()));
    organisationRows.put(slug, new Located(table, row));
    inferredSectors.put(slug, EnumSet.noneOf(Sector.class));
    inferredSectors.get(slug).addAll(sectors);
    return Optional.of(slug);
  }

  /**
   * The kinds whose {@code orgKeyword} words occur in {@code name}: a phrase as whole words, a
   * single word also as the end of a Finnish compound ("vanhempainyhdistys"), where the longest
   * keyword ending a word wins ("seurakunta" is a parish, not a "kunta").
   */
  private static Set<OrganisationKind> kindsNamedIn(String name) {
    String text = Words.key(name);
    Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
    Map<String, OrganisationKind> single = new HashMap<>();
    for (OrganisationKind kind : OrganisationKind.values()) {
      for (Locale l : SheetTexts.LANGUAGES) {
        for (String keyword : SheetTexts.of(l).list("orgKeyword." + kind.name())) {
          String k = Words.key(keyword);
          if (k.contains(" ")) {
            if ((" " + text + " ").contains(" " + k + " ")) {
              kinds.add(kind);
            }
          } else {
            single.put(k, kind);
          }
        }
      }
    }
    for (String word : text.split(" ")) {
      String best = null;
      for (String k : single.keySet()) {
        boolean fits = word.equals(k) || (k.length() >= 5 && word.endsWith(k));
        if (fits && (best == null || k.length() > best.length())) {
          best = k;
        }
      }
      if (best != null) {
        kinds.add(single.get(best));
      }
    }
    return kinds;
  }

  private void readMeetings() {
    Table table = tables.get(SheetKind.MEETINGS);
    if (table == null) {
      return;
    }
    for (Table.Row row : table.rows()) {
      String groupText = required(table, row, Column.MEETINGS_GROUP);
      Optional<GroupDraft> group = groupText == null ? Optional.empty()
          : group(table, row, Column.MEETINGS_GROUP, groupText);
      Optional<LocalDate> date = date(table, row, Column.MEETINGS_DATE);
      if (blankCell(table, row, Column.MEETINGS_DATE)) {
        problem(table, row, Column.MEETINGS_DATE, "required");
      }
      List<TimeSlot> slots = slots(table, row);
      List<String> themes = list(table, row, Column.MEETINGS_THEMES);
      Set<String> facilitators = new LinkedHashSet<>();
      for (String f : list(table, row, Column.MEETINGS_FACILITATORS)) {
        personId(table, row, Column.MEETINGS_FACILITATORS, f).ifPresent(id -> {
          facilitators.add(id);
          persons.computeIfAbsent(id, k -> new PersonDraft(k, new Located(table, row)));
        });
      }
      if (group.isEmpty() || date.isEmpty()) {
        continue;
      }
      try {
        group.get().meetingDays.add(MeetingDay.builder().date(date.get()).addAllSlots(slots)
            .addAllThemes(themes).addAllFacilitatorIds(facilitators).build());
      } catch (LapeValidationException e) {
        problems.cell(table, row, -1, "invalid", e.getMessage());
      }
    }
  }

  private List<TimeSlot> slots(Table table, Table.Row row) {
    List<TimeSlot> slots = new ArrayList<>();
    String value = text(table, row, Column.MEETINGS_TIMES);
    if (value == null) {
      return slots;
    }
    for (String part : value.split("[;,]")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = SLOT.matcher(part.strip());
      Optional<TimeSlot> slot = Optional.empty();
      if (m.matches()) {
        try {
          LocalTime start = LocalTime.of(Integer.parseInt(m.group(1)),
              m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
          LocalTime end = LocalTime.of(Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
          if (end.isAfter(start)) {
            slot = Optional.of(TimeSlot.of(start, end));
          }
        } catch (DateTimeException e) {
          // reported below
        }
      }
      if (slot.isEmpty()) {
        problem(table, row, Column.MEETINGS_TIMES, "times");
        return List.of();
      }
      for (TimeSlot other : slots) {
        if (other.start().isBefore(slot.get().end()) && slot.get().start().isBefore(other.end())) {
          problem(table, row, Column.MEETINGS_TIMES, "overlappingTimes", other, slot.get());
          return List.of();
        }
      }
      slots.add(slot.get());
    }
    return slots;
  }

  // ---- references

  private void resolve() {
    for (GroupDraft g : groups.values()) {
      Table table = g.at.table();
      Table.Row row = g.at.row();
      for (Map.Entry<String, Deputy> d : g.deputies.entrySet()) {
        Optional<String> principal = principal(g, d.getValue().principal());
        if (principal.isEmpty() || principal.get().equals(d.getKey())) {
          Located at = d.getValue().at();
          problem(at.table(), at.row(), Column.MEMBERS_DEPUTY_OF,
              principal.isEmpty() ? "unknownMembership" : "selfDeputy", g.id);
          continue;
        }
        for (int i = 0; i < g.memberships.size(); i++) {
          Membership m = g.memberships.get(i);
          if (m.id().equals(d.getKey())) {
            g.memberships.set(i, Membership.builder().from(m).deputyOf(principal.get()).build());
          }
        }
      }
      for (String[] link : g.links) {
        String target = groups.containsKey(link[0]) ? link[0]
            : groupNames.getOrDefault(Words.key(link[0]), "");
        if (target.isEmpty() || !groups.containsKey(target)) {
          problem(table, row, Column.GROUPS_LINKS, "unknownGroup", Words.abbreviate(link[0]),
              sheetLabel(SheetKind.GROUPS));
        } else if (target.equals(g.id)) {
          problem(table, row, Column.GROUPS_LINKS, "selfLink");
        } else {
          g.builder.addLinks(GroupLink.of(target, LinkRelation.valueOf(link[1])));
        }
      }
      for (String maintainer : g.maintainers) {
        String id = organisations.containsKey(maintainer) ? maintainer
            : organisationNames.getOrDefault(Words.key(maintainer), "");
        if (id.isEmpty()) {
          problem(table, row, Column.GROUPS_MAINTAINERS, "unknownOrganisation",
              Words.abbreviate(maintainer), sheetLabel(SheetKind.ORGANISATIONS));
        } else {
          g.builder.addMaintainerIds(id);
        }
      }
    }
  }

  /**
   * The membership a deputy stands in for: given by its id, or by the person id of someone with
   * exactly one seat in the group, as a coordinator knows them.
   */
  private static Optional<String> principal(GroupDraft g, String written) {
    if (g.membershipRows.containsKey(written)) {
      return Optional.of(written);
    }
    List<String> seats = new ArrayList<>();
    for (Membership m : g.memberships) {
      if (m.personId().equals(written)) {
        seats.add(m.id());
      }
    }
    return seats.size() == 1 ? Optional.of(seats.get(0)) : Optional.empty();
  }

  // ---- values

  private Dataset build() {
    List<Organisation> orgs = new ArrayList<>();
    for (Map.Entry<String, Organisation.Builder> e : organisations.entrySet()) {
      Organisation.Builder b = e.getValue();
      Set<Sector> inferred = inferredSectors.get(e.getKey());
      if (inferred != null) {
        b.addAllSectors(inferred);
      }
      Located at = organisationRows.get(e.getKey());
      try {
        orgs.add(b.build());
      } catch (LapeValidationException ex) {
        problems.cell(at.table(), at.row(), -1, "invalid", ex.getMessage());
      }
    }
    List<Person> people = new ArrayList<>();
    for (PersonDraft p : persons.values()) {
      try {
        people.add(Person.builder().id(p.id)
            .name(Optional.ofNullable(p.values.get(Column.PERSONS_NAME)))
            .email(Optional.ofNullable(p.values.get(Column.PERSONS_EMAIL)))
            .phone(Optional.ofNullable(p.values.get(Column.PERSONS_PHONE)))
            .homeMunicipality(Optional.ofNullable(p.values.get(Column.PERSONS_HOME_MUNICIPALITY)))
            .gender(Optional.ofNullable(p.values.get(Column.PERSONS_GENDER)).map(Gender::valueOf))
            .build());
      } catch (LapeValidationException ex) {
        problems.cell(p.first.table(), p.first.row(), -1, "invalid", ex.getMessage());
      }
    }
    List<Group> built = new ArrayList<>();
    for (GroupDraft g : groups.values()) {
      try {
        built.add(g.builder.addAllMemberships(g.memberships).addAllMeetingDays(g.meetingDays)
            .build());
      } catch (LapeValidationException ex) {
        problems.cell(g.at.table(), g.at.row(), -1, "invalid", ex.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return Dataset.builder().addAllOrganisations(orgs).addAllPersons(people)
          .addAllGroups(built).build();
    } catch (InvalidDatasetException e) {
      for (DatasetProblem p : e.problems()) {
        problems.file(file, "invalid", p.pointer() + ": " + p.message());
      }
      return null;
    } catch (LapeValidationException e) {
      problems.file(file, "invalid", e.getMessage());
      return null;
    }
  }
}
