/**
 * Copies a link. The async clipboard exists only in a secure context (not on
 * plain http on a LAN address), so without it the text is selected for the
 * user to copy; the answer says which happened.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<'copied' | 'selected'> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (no permission, not focused): fall back to selecting it.
  }
  if (field) {
    field.focus();
    field.select();
  }
  return 'selected';
}
