import { useCallback, useLayoutEffect, useRef } from 'react';
import { positionAfter, textEdit } from '../domain/text-edit';

type TextBox = HTMLInputElement | HTMLTextAreaElement;

/**
 * Keeps the caret (and selection) of a text box that shows `value` where it was in the text when
 * the value changes under it while it is being typed in: someone in a live session typing in the
 * same field, or another window. React would put the caret at the end, and the next key would land
 * there, in the middle of the other person's words. The box's own keys are not moved: `onTyped`
 * is called from its change handler before the value goes to the store.
 */
export function useCaretThroughChanges<E extends TextBox>(value: string) {
  const ref = useRef<E>(null);
  /** The box's text and selection as last seen: after its own keys and after each value shown. */
  const seen = useRef<{ text: string; start: number; end: number } | null>(null);
  const remember = useCallback(() => {
    const box = ref.current;
    if (box) seen.current = { text: box.value, start: box.selectionStart ?? 0, end: box.selectionEnd ?? 0 };
  }, []);
  useLayoutEffect(() => {
    const box = ref.current;
    const before = seen.current;
    if (box && before && before.text !== value && box.value === value && box.ownerDocument.activeElement === box) {
      const edit = textEdit(before.text, value);
      if (edit) box.setSelectionRange(positionAfter(before.start, edit), positionAfter(before.end, edit));
    }
    remember();
  }, [value, remember]);
  return { ref, onSelect: remember, onTyped: remember };
}

/**
 * Shows `text` in a box that is not bound to a value (a text typed in place on the map), keeping
 * its caret and selection where they were in the text, as `useCaretThroughChanges` does.
 */
export function showText(box: TextBox | null, text: string): void {
  if (!box || box.value === text) return;
  const edit = textEdit(box.value, text);
  const start = box.selectionStart ?? 0;
  const end = box.selectionEnd ?? 0;
  box.value = text;
  if (edit && box.ownerDocument.activeElement === box)
    box.setSelectionRange(positionAfter(start, edit), positionAfter(end, edit));
}
