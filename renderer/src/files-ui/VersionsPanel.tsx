/** Placeholder replaced by the files UI (VersionsPanel). */
export function VersionsPanel() {
  return null;
}
