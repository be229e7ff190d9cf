export { csvDay, neutralizeCell, writeCsv, writeRecordsCsv, type CsvColumn, type CsvValue } from "./csv-writer";
export { EXPORT_MAX_ROWS, exportList, listExporter, walkList, type CsvExport, type ListPage } from "./export-list";
