/** Placeholder replaced by the CSV import flow: opens the CSV import for the open journey. */
export function openCsvImport(): void {}
