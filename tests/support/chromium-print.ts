/** The print window of `npm start`'s browser fallback, which the tests, the report checks and the benchmark print with. */
export { chromiumDocumentPrinter, type ChromiumPrintOptions } from '../../electron/web/chromium-print';
