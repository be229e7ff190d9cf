export { csvDay, neutralizeCell, writeCsv, writeRecordsCsv, type CsvColumn, type CsvValue } from "./csv-writer";
export { createdColumn, EXPORT_MAX_ROWS, exportList, listExporter, ownerColumn, tagsColumn, walkList, type CsvExport, type ListPage } from "./export-list";
