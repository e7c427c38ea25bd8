/** Placeholder replaced by the "Create future state" toolbar control. */
export function FutureStateButton() {
  return null;
}
