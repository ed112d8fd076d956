package fi.lape.sheets.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns lape reads and writes, per sheet, in the order a written sheet has them. Headers and
 * their accepted variants come from the {@code sheets} bundles ({@code column.SHEET.NAME} and
 * {@code alias.SHEET.NAME}).
 */
public enum Column {
  MEMBERS_GROUP(SheetKind.MEMBERS, true),
  MEMBERS_MEMBERSHIP(SheetKind.MEMBERS, false),
  MEMBERS_PERSON(SheetKind.MEMBERS, true),
  MEMBERS_ORGANISATION(SheetKind.MEMBERS, false),
  MEMBERS_ROLE(SheetKind.MEMBERS, false),
  MEMBERS_SECTORS(SheetKind.MEMBERS, false),
  MEMBERS_VOICES(SheetKind.MEMBERS, false),
  MEMBERS_DUTIES(SheetKind.MEMBERS, false),
  MEMBERS_START(SheetKind.MEMBERS, true),
  MEMBERS_END(SheetKind.MEMBERS, false),
  MEMBERS_DEPUTY_OF(SheetKind.MEMBERS, false),
  /** Read only: a coordinator's list often carries names; they go to the person. */
  MEMBERS_NAME(SheetKind.MEMBERS, false, false),
  MEMBERS_EMAIL(SheetKind.MEMBERS, false, false),
  MEMBERS_PHONE(SheetKind.MEMBERS, false, false),
  MEMBERS_HOME_MUNICIPALITY(SheetKind.MEMBERS, false, false),
  /** Read only, like the name: personal data that goes to the person (rule LAPE-L01 counts it). */
  MEMBERS_GENDER(SheetKind.MEMBERS, false, false),

  GROUPS_ID(SheetKind.GROUPS, false),
  GROUPS_NAME(SheetKind.GROUPS, true),
  GROUPS_KIND(SheetKind.GROUPS, true),
  GROUPS_MUNICIPALITY(SheetKind.GROUPS, false),
  GROUPS_REGION(SheetKind.GROUPS, false),
  GROUPS_START(SheetKind.GROUPS, false),
  GROUPS_END(SheetKind.GROUPS, false),
  GROUPS_CAPACITY(SheetKind.GROUPS, false),
  GROUPS_CHANNEL(SheetKind.GROUPS, false),
  GROUPS_MEETING_PLACE_TYPE(SheetKind.GROUPS, false),
  GROUPS_MAINTAINERS(SheetKind.GROUPS, false),
  GROUPS_LINKS(SheetKind.GROUPS, false),
  GROUPS_INTAKE_DATES(SheetKind.GROUPS, false),
  GROUPS_THEMES(SheetKind.GROUPS, false),

  ORGANISATIONS_ID(SheetKind.ORGANISATIONS, false),
  ORGANISATIONS_NAME(SheetKind.ORGANISATIONS, true),
  ORGANISATIONS_KIND(SheetKind.ORGANISATIONS, true),
  ORGANISATIONS_MUNICIPALITY(SheetKind.ORGANISATIONS, false),
  ORGANISATIONS_REGION(SheetKind.ORGANISATIONS, false),
  ORGANISATIONS_SECTORS(SheetKind.ORGANISATIONS, false),

  PERSONS_PERSON(SheetKind.PERSONS, true),
  PERSONS_NAME(SheetKind.PERSONS, false),
  PERSONS_EMAIL(SheetKind.PERSONS, false),
  PERSONS_PHONE(SheetKind.PERSONS, false),
  PERSONS_HOME_MUNICIPALITY(SheetKind.PERSONS, false),
  PERSONS_GENDER(SheetKind.PERSONS, false),

  MEETINGS_GROUP(SheetKind.MEETINGS, true),
  MEETINGS_DATE(SheetKind.MEETINGS, true),
  MEETINGS_TIMES(SheetKind.MEETINGS, false),
  MEETINGS_THEMES(SheetKind.MEETINGS, false),
  MEETINGS_FACILITATORS(SheetKind.MEETINGS, false),

  CANDIDATES_ID(SheetKind.CANDIDATES, false),
  CANDIDATES_PERSON(SheetKind.CANDIDATES, false),
  CANDIDATES_ORGANISATION(SheetKind.CANDIDATES, false),
  CANDIDATES_ROLE(SheetKind.CANDIDATES, false),
  CANDIDATES_SECTORS(SheetKind.CANDIDATES, false),
  CANDIDATES_VOICES(SheetKind.CANDIDATES, false),
  CANDIDATES_DUTIES(SheetKind.CANDIDATES, false);

  private final SheetKind sheet;
  private final boolean required;
  private final boolean written;

  Column(SheetKind sheet, boolean required) {
    this(sheet, required, true);
  }

  Column(SheetKind sheet, boolean required, boolean written) {
    this.sheet = sheet;
    this.required = required;
    this.written = written;
  }

  public SheetKind sheet() {
    return sheet;
  }

  /** Whether a sheet without this column cannot be read. */
  public boolean required() {
    return required;
  }

  /** The key of the column's header in the bundles: {@code column.MEMBERS.GROUP}. */
  public String key() {
    return "column." + sheet.name() + "." + name().substring(sheet.name().length() + 1);
  }

  /** The key of the column's accepted variants: {@code alias.MEMBERS.GROUP}. */
  public String aliasKey() {
    return "alias." + key().substring("column.".length());
  }

  /** The columns of {@code sheet}, in order. */
  public static List<Column> of(SheetKind sheet) {
    List<Column> columns = new ArrayList<>();
    for (Column c : values()) {
      if (c.sheet == sheet) {
        columns.add(c);
      }
    }
    return columns;
  }

  /** The columns a written sheet of {@code sheet} has, in order. */
  public static List<Column> written(SheetKind sheet) {
    List<Column> columns = new ArrayList<>();
    for (Column c : of(sheet)) {
      if (c.written) {
        columns.add(c);
      }
    }
    return columns;
  }
}
