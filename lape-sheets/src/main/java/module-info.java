/**
 * lape-sheets: member lists from spreadsheets (CSV and XLSX) into lape datasets, and back.
 */
module fi.lape.sheets {
  requires transitive fi.lape.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires org.dhatim.fastexcel.reader;
  requires org.dhatim.fastexcel;

  exports fi.lape.sheets;
}
