/** Whether keys typed at this target belong to a text field (its own typing, not the app's shortcuts). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Input types with no typing of their own: the browser has nothing of theirs to undo. */
const CHOICE_INPUTS = new Set(['checkbox', 'radio', 'range', 'color', 'file', 'button', 'submit', 'reset', 'image']);

/**
 * Whether the target holds typed text, which the browser's own undo (Ctrl+Z) steps back. A checkbox or a
 * drop-down does not: there the browser's undo would step back the typing of some other field instead.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && !CHOICE_INPUTS.has(target.type);
}
