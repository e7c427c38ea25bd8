/** Placeholder replaced by the files UI (RecentFiles). */
export function RecentFiles() {
  return null;
}
