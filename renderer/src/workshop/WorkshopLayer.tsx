/** Placeholder replaced by the workshop overlays (capture bar, presentation, timer). */
export function WorkshopLayer() {
  return null;
}
