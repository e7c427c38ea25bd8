/**
 * The field a table cell is edited in: a line for text and numbers, a box
 * of lines for descriptions and lists (one item per line), a choice for the
 * stage and lane. Enter (Ctrl+Enter in a box of lines) or Tab commits and
 * moves on; Escape gives the cell back unchanged; leaving the field commits.
 */
import { useEffect, useRef, type ChangeEvent, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import type { ColumnKind } from './cells';
import { textHead } from '../ui/text-head';

export type Move = 'down' | 'up' | 'right' | 'left' | 'none';

export function CellEditor(props: {
  kind: ColumnKind;
  initial: string;
  /** Typed over: the caret goes after the typed key instead of selecting the text. */
  replace: boolean;
  label: string;
  errorId: string;
  invalid?: boolean;
  /** What the box of lines says under it, instead of the list's or the long text's hint. */
  hint?: string;
  /** The items whose details the lines are (aligned columns), numbered under the box, and what they are. */
  items?: { label: string; texts: readonly string[] };
  /** A choice among these (value stored, label shown), instead of typed text. */
  options?: readonly { value: string; label: string }[];
  /** False when the text could not be taken (the field stays open). */
  onCommit: (text: string, move: Move) => boolean;
  /** The text as it is typed (a line or box of lines, not a choice): saved as a draft, so a crash keeps it. */
  onDraft?: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(null);
  const field = () => ref.current as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  // Set once the edit is committed or cancelled by a key, so the blur that follows does nothing.
  const done = useRef(false);
  const multiline = props.kind === 'long' || props.kind === 'list';

  useEffect(() => {
    const el = field();
    if (!el) return;
    el.focus({ preventScroll: true });
    // A box of lines is wider and taller than its cell: at the grid's edge it scrolls into view whole.
    el.closest('.table-cell-box')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    if (el instanceof HTMLSelectElement) return;
    const end = el.value.length;
    if (props.replace) el.setSelectionRange(end, end);
    else if (multiline) el.setSelectionRange(end, end);
    else el.select();
  }, [props.replace, multiline]);

  const finish = (move: Move) => {
    done.current = true;
    // A value that could not be taken keeps the field open: it commits again on the next key or blur.
    if (!props.onCommit(ref.current?.value ?? '', move)) done.current = false;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    e.stopPropagation();
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === 'Escape') {
      e.preventDefault();
      done.current = true;
      props.onCancel();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(e.shiftKey ? 'left' : 'right');
    } else if (e.key === 'Enter' && (!multiline || mod)) {
      e.preventDefault();
      finish(e.shiftKey ? 'up' : 'down');
    }
  };

  const common = {
    'aria-label': props.label,
    'aria-describedby': props.errorId,
    'aria-invalid': props.invalid || undefined,
    className: 'table-cell-input',
    onKeyDown,
    onChange: (e: ChangeEvent<HTMLElement>) => {
      if (!done.current && !(e.currentTarget instanceof HTMLSelectElement))
        props.onDraft?.((e.currentTarget as HTMLInputElement).value);
    },
    onBlur: () => {
      if (!done.current) done.current = props.onCommit(ref.current?.value ?? '', 'none');
    },
    onPaste: (e: ClipboardEvent) => e.stopPropagation(),
  };

  if (props.options) {
    return (
      <select ref={ref} defaultValue={props.initial} {...common}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  if (multiline) {
    return (
      <div className="table-cell-box">
        <textarea ref={ref} defaultValue={props.initial} rows={5} {...common} />
        {props.items && props.items.texts.length > 0 && (
          <ol className="table-cell-items" aria-label={props.items.label}>
            {props.items.texts.map((text, i) => {
              const head = textHead(text);
              return (
                <li key={i} title={head}>
                  <span aria-hidden>{i + 1}</span>
                  {head}
                </li>
              );
            })}
          </ol>
        )}
        <span className="table-cell-hint">
          {props.hint ?? t(props.kind === 'list' ? 'table.listHint' : 'table.longHint')}
        </span>
      </div>
    );
  }
  return <input ref={ref} type="text" defaultValue={props.initial} {...common} />;
}
