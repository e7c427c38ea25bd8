/** Placeholder replaced by the workshop panel. */
export function WorkshopPanel() {
  return null;
}
