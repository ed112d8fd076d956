package fi.lape.sheets.internal;

/**
 * The sheets of a member-list workbook (or, for CSV, the files beside the members file), and the
 * candidate list of {@code lape suggest}, which is a file of its own and never a member list's
 * sheet. Their names, in Finnish, Swedish and English, come from the {@code sheets} bundles.
 */
public enum SheetKind {
  MEMBERS,
  GROUPS,
  ORGANISATIONS,
  PERSONS,
  MEETINGS,
  CANDIDATES;

  /** Whether the sheet belongs to a member list (a workbook's sheet or a file beside it). */
  public boolean isMemberListSheet() {
    return this != CANDIDATES;
  }
}
