/** Placeholder replaced by the files UI (CsvImportHost). */
export function CsvImportHost() {
  return null;
}
