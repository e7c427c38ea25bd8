/** Placeholder replaced by the files UI (FileDropZone). */
export function FileDropZone() {
  return null;
}
