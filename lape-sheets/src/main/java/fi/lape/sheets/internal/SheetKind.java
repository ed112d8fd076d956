package fi.lape.sheets.internal;

/**
 * The sheets of a member-list workbook (or, for CSV, the files beside the members file). Their
 * names, in Finnish, Swedish and English, come from the {@code sheets} bundles.
 */
public enum SheetKind {
  MEMBERS,
  GROUPS,
  ORGANISATIONS,
  PERSONS,
  MEETINGS
}
