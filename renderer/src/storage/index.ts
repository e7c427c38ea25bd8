export {
  WaymarkDB,
  DEFAULT_DB_NAME,
  storageCall,
  type Snapshot,
  type MetaRow,
  type StorageProblemListener,
} from './db';
export { StorageError, STORAGE_ERROR_MESSAGES, isStorageError, toStorageError, type StorageErrorCode } from './errors';
export {
  STORAGE_VERSIONS,
  STORAGE_HISTORY,
  LATEST_STORAGE_VERSION,
  type StorageStep,
  type StorageVersion,
} from './schema';
export * from './journeys';
export * from './changes';
export * from './snapshots';
export * from './blobs';
export * from './meta';
export * from './live';
export * from './import';
export * from './device';
export * from './generation';
export * from './viewports';
export * from './links';
export * from './persona-library';
