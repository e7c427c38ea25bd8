/**
 * A paste that does not fit a text box's length limit (`maxlength`): the
 * browser keeps the start of the pasted text and drops the rest without a
 * word, and a long interview note pasted into a description would lose its
 * end unseen. Every paste into a limited box is checked as it happens, and
 * `notify` is told how many characters were left out, unless the box took the
 * paste itself (its handler prevented the browser's insertion).
 */

/** What a paste needs to know of the box it goes into. */
export interface LimitedBox {
  value: string;
  maxLength: number;
  selectionStart: number | null;
  selectionEnd: number | null;
}

/**
 * How many characters of `pasted` do not fit `box` (0 when all fit or the box has no limit): the
 * pasted text replaces the selection, and what is left of the limit takes the start of it. Counted in
 * UTF-16 units, as `maxlength` counts.
 */
export function pastedBeyondLimit(box: LimitedBox, pasted: string): number {
  if (!(box.maxLength > 0) || pasted === '') return 0;
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? start;
  const kept = box.value.length - Math.max(0, end - start);
  const room = Math.max(0, box.maxLength - kept);
  return Math.max(0, pasted.length - room);
}

function limitedBox(target: EventTarget | null): LimitedBox | null {
  if (typeof HTMLTextAreaElement !== 'undefined' && target instanceof HTMLTextAreaElement) return target;
  if (typeof HTMLInputElement !== 'undefined' && target instanceof HTMLInputElement) {
    // Only the kinds of box that take pasted text and honour maxlength.
    return ['text', 'search', 'url', 'tel', 'email', 'password'].includes(target.type) ? target : null;
  }
  return null;
}

/** Watches every paste in `root`; returns what stops watching. */
export function watchPasteLimits(
  root: Pick<Document, 'addEventListener' | 'removeEventListener'>,
  notify: (cut: { max: number; left: number }) => void,
): () => void {
  const onPaste = (event: Event) => {
    const box = limitedBox(event.target);
    if (box === null || !(box.maxLength > 0)) return;
    const pasted = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    const left = pastedBeyondLimit(box, pasted);
    if (left === 0) return;
    const max = box.maxLength;
    // Read as the paste starts (the box as it was, the clipboard readable), said once every handler has had
    // it: a box that takes the paste itself (the capture bar makes a pasted block into notes) cuts nothing.
    setTimeout(() => {
      if (!event.defaultPrevented) notify({ max, left });
    });
  };
  // Capture: a box's own handler may stop the event from bubbling.
  root.addEventListener('paste', onPaste, true);
  return () => root.removeEventListener('paste', onPaste, true);
}
