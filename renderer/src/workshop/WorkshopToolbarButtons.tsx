/** Placeholder replaced by the workshop toolbar buttons. */
export function WorkshopToolbarButtons() {
  return null;
}
