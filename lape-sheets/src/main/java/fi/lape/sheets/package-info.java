/**
 * Member lists from spreadsheets: {@link fi.lape.sheets.MemberSheets} reads CSV and XLSX files
 * with Finnish, Swedish or English headers into a {@link fi.lape.core.Dataset}, and writes
 * datasets back as spreadsheets; {@link fi.lape.sheets.SheetException} lists every problem with
 * its file, sheet, row and column.
 */
package fi.lape.sheets;
