/** Files: the `.journey` format and CSV import/export. Pure: no React, no storage, no DOM. */
export {
  readJourneyFile,
  isUnsafeName,
  type ReadAsset,
  type ReadFileInfo,
  type ReadOptions,
  type ReadProgress,
  type ReadResult,
  type ReadSuccess,
} from './journey/read';
export { writeJourneyFile, type JourneyAsset, type WriteJourneyInput } from './journey/write';
export { buildJourneyFileForSave, type SaveJourneyResult } from './journey/save';
export { journeyFileName, MAX_FILE_NAME_BYTES, UNTITLED_FILE_NAME } from './journey/file-name';
export {
  FILE_ERROR_CODES,
  FILE_ERROR_MESSAGES,
  FILE_MESSAGE_IDS,
  type FileError,
  type FileErrorCode,
  type FileMessage,
  type FileMessageId,
} from './journey/errors';
export {
  byteSize,
  DEFAULT_FILE_LIMITS,
  MAX_JOURNEY_FILE_BYTES,
  type ByteSize,
  type FileLimits,
} from './journey/limits';
export {
  CURRENT_FORMAT_VERSION,
  FILE_MIGRATIONS,
  JOURNEY_EXTENSION,
  JOURNEY_FORMAT,
  JOURNEY_MIME_TYPE,
  FILE_FORMAT_HISTORY,
  type FileMigration,
  type Manifest,
} from './journey/format';
export { ASSET_TYPES, sha256Hex, sniffImageType, type AssetType } from './journey/assets';
export { mayHoldJourney } from './journey/sniff';
export { canonicalDocument, stableStringify } from './journey/stable-json';
export { findJsonSyntaxProblem, type JsonSyntaxProblem } from './journey/json-syntax';
export {
  parseTouchpointCsv,
  decodeCsvBytes,
  utf16Encoding,
  CSV_PROBLEM_CODES,
  type ParsedCsv,
  type CsvProblem,
  type CsvProblemCode,
} from './csv/parse';
export {
  CSV_FIELDS,
  CSV_FIELD_LABELS,
  PAIN_POINT_FIELDS,
  suggestMapping,
  type CsvField,
  type CsvMapping,
} from './csv/mapping';
export {
  csvToDocumentParts,
  parseEmotionCell,
  parseFrictionCell,
  parsePainPointsCell,
  FALLBACK_STAGE_NAME,
  type CsvImportResult,
} from './csv/import';
export { touchpointsToCsv, CSV_EXPORT_COLUMNS, guardCell } from './csv/export';
export {
  MAX_PHOTO_EDGE,
  MAX_PHOTO_INPUT_BYTES,
  MAX_PHOTO_STORED_BYTES,
  PHOTO_TYPES,
  planPhoto,
  readPixelSize,
  scaledPhotoSize,
  sniffPhotoType,
  type PhotoPlan,
  type PhotoType,
  type PixelSize,
} from './photo';
export {
  checkJsonShape,
  DEFAULT_JSON_SHAPE_LIMITS,
  RECORD_LISTS,
  type JsonShapeLimits,
  type JsonShapeProblem,
  type RecordList,
} from './journey/json-limits';
