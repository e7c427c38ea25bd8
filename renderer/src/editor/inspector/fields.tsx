import { ArrowDown, ArrowUp, Plus, X } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_CHANNELS, EMOTION_SCALE, emotionColour, STAGE_COLOURS } from '../../domain/vocabulary';
import { countText, useTranslation } from '../../i18n';
import { textHead } from '../../ui/text-head';
import { useCaretThroughChanges } from '../../ui/caret';
import { formatSigned } from '../../domain/insights';
import { channelFrom, channelName, channelsByName, emotionName } from '../../i18n/vocabulary';
import { EmotionFace } from '../canvas/EmotionFace';
import { useRowKeys } from './row-keys';
import type { HistoryEntry } from '../../session/history';

/** Inspector inputs. `data-history-field` routes Ctrl+Z to the journey's history, since every keystroke is an edit. */

export function Field(props: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: string;
  error?: string | null;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      {props.children(id)}
      {props.error ? (
        <div className="field-error" role="alert">
          {props.error}
        </div>
      ) : (
        props.hint && <div className="field-hint">{props.hint}</div>
      )}
    </div>
  );
}

/**
 * A touchpoint's channel, as the table reads and writes it: a default channel shows by its
 * name in the interface language, and its name (or English id) typed here is stored as its
 * id; a channel of the user's own is kept as typed. While typing, the box keeps the text as
 * typed ("Phone " on the way to "Phone booth") unless the stored channel changes under it
 * (an undo, another window's edit).
 */
export function ChannelInput(props: { id: string; channel: string; onChange: (channel: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft !== null && channelFrom(draft) === props.channel ? draft : channelName(props.channel);
  const choices = channelsByName(new Set([...DEFAULT_CHANNELS, props.channel]));
  return (
    <>
      <input
        id={props.id}
        className="input"
        list={`${props.id}-channels`}
        data-history-field
        maxLength={100}
        value={shown}
        onChange={(e) => {
          setDraft(e.target.value);
          props.onChange(channelFrom(e.target.value));
        }}
        onBlur={() => setDraft(null)}
      />
      <datalist id={`${props.id}-channels`}>
        {choices.map((c) => (
          <option key={c} value={channelName(c)} />
        ))}
      </datalist>
    </>
  );
}

export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
}) {
  return (
    <Field label={props.label}>
      {(id) =>
        props.multiline ? (
          <OpenOnDemand id={id} value={props.value}>
            {(opened) => <TextBox id={id} {...props} autoFocus={opened} />}
          </OpenOnDemand>
        ) : (
          <TextBox id={id} {...props} />
        )
      }
    </Field>
  );
}

/** The box of a `TextField`: its caret stays in place when the text changes under it (a live session's typing). */
function TextBox(props: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  autoFocus?: boolean;
}) {
  const caret = useCaretThroughChanges<HTMLInputElement & HTMLTextAreaElement>(props.value);
  const shared = {
    id: props.id,
    ref: caret.ref,
    'data-history-field': true,
    value: props.value,
    placeholder: props.placeholder,
    onSelect: caret.onSelect,
    onChange: (e: { target: { value: string } }) => {
      caret.onTyped();
      props.onChange(e.target.value);
    },
  };
  return props.multiline ? (
    <textarea
      {...shared}
      className="input textarea"
      autoFocus={props.autoFocus}
      maxLength={props.maxLength ?? 100_000}
      rows={3}
    />
  ) : (
    <input {...shared} className="input" maxLength={props.maxLength ?? 1000} />
  );
}

/** A number that may be empty (null); out-of-range input is shown as an error and not applied (and undone on leaving the box). */
/** A stored number as its box shows it: empty for none. */
const asText = (v: number | null) => (v === null ? '' : String(v));

export function NumberField(props: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  hint?: string;
}) {
  const { t } = useTranslation();
  const { min = -Infinity, max = Infinity } = props;
  const box = useRef<HTMLInputElement>(null);
  const selectOnFocus = useRef(false);
  // The number the box held when it was entered: each digit typed is saved as it goes, so a number refused
  // when the box is left ("150" for a share) would otherwise leave its last good prefix saved (15), which was
  // never meant; the box goes back to this one instead.
  const atFocus = useRef<number | null>(props.value);
  // What this box itself saved since it was entered: only its own prefix is taken back, never a number another
  // window wrote meanwhile.
  const savedHere = useRef<{ value: number | null } | null>(null);
  const save = (v: number | null) => {
    savedHere.current = { value: v };
    props.onChange(v);
  };
  // The box keeps what is typed in it (and its focus) while each digit is saved; it is rewritten only when
  // the stored number is no longer what the box says (undo, another window, another card with this field).
  // Remounting the box for each new value, as it once did, dropped the focus after the first digit: "1200"
  // was saved as 1, and the keys after it went to the map's shortcuts.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const raw = el.value.trim();
    const shown = raw === '' ? null : Number(raw);
    if (shown === props.value && !el.validity.customError) return;
    el.setCustomValidity('');
    el.value = asText(props.value);
  }, [props.value]);
  return (
    <Field label={props.label} hint={props.hint}>
      {(id) => (
        <input
          ref={box}
          id={id}
          className="input"
          type="number"
          data-history-field
          inputMode="decimal"
          min={Number.isFinite(min) ? min : undefined}
          max={Number.isFinite(max) ? max : undefined}
          step={props.step ?? (props.integer ? 1 : 'any')}
          defaultValue={props.value ?? ''}
          onChange={(e) => {
            const raw = e.target.value.trim();
            if (raw === '') return save(null);
            const n = Number(raw);
            const ok = Number.isFinite(n) && n >= min && n <= max && (!props.integer || Number.isInteger(n));
            e.target.setCustomValidity(
              ok ? '' : t(props.integer ? 'inspector.wholeNumberRange' : 'inspector.numberRange', { min, max }),
            );
            e.target.reportValidity();
            if (ok) save(n);
          }}
          // Entering the box selects its number, so typing replaces it: "4" typed into a box showing 0 gave "04",
          // and "5" into a friction of 3 gave "35", refused as out of range.
          onFocus={(e) => {
            e.currentTarget.select();
            selectOnFocus.current = true;
            atFocus.current = props.value;
            savedHere.current = null;
          }}
          onMouseUp={(e) => {
            // The click that focused the box would otherwise put the caret where it landed, undoing the selection.
            if (selectOnFocus.current) e.preventDefault();
            selectOnFocus.current = false;
          }}
          onBlur={(e) => {
            selectOnFocus.current = false;
            // A number that was not taken is not left in the box looking saved: the box, and the field, go back
            // to the number held when the box was entered. A saved one typed as "04" shows as stored.
            if (e.target.validity.customError) {
              e.target.setCustomValidity('');
              const own = savedHere.current !== null && savedHere.current.value === props.value;
              const back = own ? atFocus.current : props.value;
              e.target.value = asText(back);
              if (back !== props.value) props.onChange(back);
              return;
            }
            if (e.target.value.trim() === '' || Number(e.target.value) !== props.value) return;
            e.target.value = asText(props.value);
          }}
        />
      )}
    </Field>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} className="input" value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Toggle(props: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  return (
    <label className="toggle" title={props.hint}>
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

export function EmotionPicker(props: { label: string; value: number | null; onChange: (v: number | null) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field emotion-picker">
      <legend className="field-label">{props.label}</legend>
      <div className="emotion-options" role="radiogroup" aria-label={props.label}>
        {[...EMOTION_SCALE].reverse().map((level) => {
          const active = props.value === level.score;
          return (
            <button
              key={level.score}
              type="button"
              role="radio"
              aria-checked={active}
              className={`emotion-option${active ? ' is-active' : ''}`}
              style={
                active ? { background: emotionColour(level.score), borderColor: emotionColour(level.score) } : undefined
              }
              title={t('inspector.emotionOptionTitle', {
                name: emotionName(level.score),
                score: formatSigned(level.score, 0),
              })}
              aria-label={t('inspector.emotionOption', { name: emotionName(level.score), score: level.score })}
              onClick={() => props.onChange(level.score)}
            >
              <EmotionFace score={level.score} size={16} />
              {/* Signed as every figure of the app is: a true minus sign (−3), not a hyphen. */}
              <span className="emotion-option-num">{formatSigned(level.score, 0)}</span>
            </button>
          );
        })}
        <button
          type="button"
          className="emotion-option emotion-clear"
          aria-label={t('inspector.clearEmotion')}
          title={t('inspector.noEmotion')}
          onClick={() => props.onChange(null)}
        >
          –
        </button>
      </div>
    </fieldset>
  );
}

export function ChipSet<T extends string>(props: {
  label: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (v: T[]) => void;
  /** The name shown for an option (the option itself when not given). */
  optionLabel?: (option: T) => string;
}) {
  return (
    <fieldset className="field">
      <legend className="field-label">{props.label}</legend>
      <div className="chips">
        {props.options.map((o) => {
          const on = props.value.includes(o);
          return (
            <button
              key={o}
              type="button"
              className={`chip${on ? ' is-on' : ''}`}
              aria-pressed={on}
              onClick={() => props.onChange(on ? props.value.filter((v) => v !== o) : [...props.value, o])}
            >
              {props.optionLabel ? props.optionLabel(o) : o}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

export function TagsField(props: { label: string; value: readonly string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={props.label} hint={t('inspector.tagsHint')}>
      {(id) => (
        <input
          id={id}
          className="input"
          defaultValue={props.value.join(', ')}
          key={props.value.join('\u0000')}
          onBlur={(e) => {
            const tags = [
              ...new Set(
                e.target.value
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              ),
            ];
            if (tags.join('\u0000') !== props.value.join('\u0000')) props.onChange(tags);
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      )}
    </Field>
  );
}

/**
 * Rows of a list drawn at first. A list may hold 500 items, each row a text box and its
 * controls: a card with 500 quotes, pain points and opportunities took 5 s to select.
 */
export const LIST_ROWS_SHOWN = 50;

/** An editable list: add, edit, reorder and remove rows; a long one shows its first rows until asked for all. */
export function ListEditor<T>(props: {
  label: string;
  items: readonly T[];
  /**
   * `structural` is true for add, move and remove (never merged with typing in undo). Returns the
   * step made (the history's last); the first typing in a row just added gives back its Add's
   * step as `finishes`, so that the row and its words are one step to undo.
   */
  onChange: (items: T[], structural: boolean, finishes?: HistoryEntry) => HistoryEntry | undefined | void;
  create: () => T;
  /** `update(next, false)` for choices (selects) that must not merge with typing in undo. */
  render: (item: T, update: (next: T, coalesce?: boolean) => void, index: number) => ReactNode;
  addLabel: string;
  /** What one row is (already translated), for the row buttons' names: "Move quote 2 up". */
  itemName: string;
}) {
  const { t } = useTranslation();
  const { items, onChange } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the list has re-rendered after a row button: the new row's first
  // field after Add (so typing fills it rather than reaching the editor's shortcuts), the
  // moved row's same button after a move, the row now at the removed one's place after a
  // remove; the Add button when no such row is left.
  const [pendingFocus, setPendingFocus] = useState<{ row: number; target: string } | null>(null);
  // Rows drawn: the first LIST_ROWS_SHOWN, then all once asked for (or once focus goes past them).
  const [shownRows, setShownRows] = useState(LIST_ROWS_SHOWN);
  const shown = Math.min(items.length, shownRows);
  const keys = useRowKeys(items);
  /** The row Add just made and its step, until something else is done to the list or the row is typed in. */
  const added = useRef<{ row: number; step: HistoryEntry | undefined } | null>(null);
  if (pendingFocus && pendingFocus.row >= shownRows) setShownRows(pendingFocus.row + 1);
  useEffect(() => {
    if (!pendingFocus) return;
    setPendingFocus(null);
    const row = listRef.current?.children[pendingFocus.row];
    const el = row?.querySelector<HTMLElement>(pendingFocus.target);
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else if (row) row.querySelector<HTMLElement>('[data-row-tool="remove"]')?.focus();
    else addRef.current?.focus();
  }, [pendingFocus]);
  const move = (from: number, to: number, tool: string) => {
    added.current = null;
    const next = [...items];
    const [x] = next.splice(from, 1);
    next.splice(to, 0, x!);
    onChange(next, true);
    setPendingFocus({ row: to, target: `[data-row-tool="${tool}"]` });
  };
  return (
    <fieldset className="field list-editor">
      <legend className="field-label">
        {props.label} <span className="muted">({items.length})</span>
      </legend>
      <ol className="list-rows" ref={listRef}>
        {items.slice(0, shown).map((item, i) => (
          <li key={keys[i]} className="list-row">
            <div className="list-row-body">
              {props.render(
                item,
                (next, coalesce = true) => {
                  const finishes = coalesce && added.current?.row === i ? added.current.step : undefined;
                  added.current = null;
                  onChange(
                    items.map((x, j) => (j === i ? next : x)),
                    !coalesce,
                    finishes,
                  );
                },
                i,
              )}
            </div>
            <div className="list-row-tools">
              <button
                type="button"
                className="btn btn-ghost icon-btn"
                aria-label={t('inspector.moveItemUp', { item: props.itemName, n: i + 1 })}
                title={t('inspector.moveUp')}
                data-row-tool="up"
                disabled={i === 0}
                onClick={() => move(i, i - 1, 'up')}
              >
                <ArrowUp size={14} />
              </button>
              <button
                type="button"
                className="btn btn-ghost icon-btn"
                aria-label={t('inspector.moveItemDown', { item: props.itemName, n: i + 1 })}
                title={t('inspector.moveDown')}
                data-row-tool="down"
                disabled={i === items.length - 1}
                onClick={() => move(i, i + 1, 'down')}
              >
                <ArrowDown size={14} />
              </button>
              <button
                type="button"
                className="btn btn-ghost icon-btn"
                aria-label={t('inspector.removeItem', { item: props.itemName, n: i + 1 })}
                title={t('inspector.remove')}
                data-row-tool="remove"
                onClick={() => {
                  added.current = null;
                  onChange(
                    items.filter((_, j) => j !== i),
                    true,
                  );
                  const left = items.length - 1;
                  setPendingFocus(
                    left ? { row: Math.min(i, left - 1), target: '[data-row-tool="remove"]' } : { row: -1, target: '' },
                  );
                }}
              >
                <X size={14} />
              </button>
            </div>
          </li>
        ))}
      </ol>
      {shown < items.length && (
        <button
          type="button"
          className="btn btn-ghost add-row"
          onClick={() => {
            setShownRows(items.length);
            // The button goes: focus moves on to the first row it drew.
            setPendingFocus({ row: shown, target: 'input, textarea, select, button' });
          }}
        >
          {t('inspector.showAllRows', { count: items.length - shown, total: countText(items.length) })}
        </button>
      )}
      <button
        type="button"
        ref={addRef}
        className="btn btn-ghost add-row"
        onClick={() => {
          added.current = { row: items.length, step: onChange([...items, props.create()], true) ?? undefined };
          setPendingFocus({ row: items.length, target: 'input, textarea, select' });
        }}
      >
        <Plus size={14} aria-hidden /> {props.addLabel}
      </button>
    </fieldset>
  );
}

export function RowInput(props: { value: string; onChange: (v: string) => void; label: string; placeholder?: string }) {
  return (
    <input
      className="input"
      data-history-field
      aria-label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/**
 * A list row's longer text (a pain point, an opportunity): a box that grows with its text
 * (CSS `field-sizing: content`), so a two-sentence pain point reads whole rather than cut
 * at the box's edge. One line high while short, like `RowInput`.
 *
 * `oneLine` is for a value that is one line of text (a connection's label) but may be long:
 * the box wraps it to grow, and, as in a one-line input, Enter adds no line break and a
 * pasted line break becomes a space. `id` ties it to a `Field`'s visible label.
 */
export function RowText(props: {
  value: string;
  onChange: (v: string) => void;
  label: string;
  placeholder?: string;
  id?: string;
  oneLine?: boolean;
  maxLength?: number;
}) {
  const { oneLine } = props;
  return (
    <OpenOnDemand id={props.id} label={props.id ? undefined : props.label} value={props.value}>
      {(opened) => (
        <textarea
          id={props.id}
          className="input row-text"
          data-history-field
          aria-label={props.id ? undefined : props.label}
          autoFocus={opened}
          placeholder={props.placeholder}
          rows={1}
          maxLength={props.maxLength ?? 100_000}
          value={props.value}
          onChange={(e) => props.onChange(oneLine ? e.target.value.replace(/\r\n|[\r\n]/g, ' ') : e.target.value)}
          onKeyDown={
            oneLine
              ? (e) => {
                  if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
                }
              : undefined
          }
        />
      )}
    </OpenOnDemand>
  );
}

/**
 * A text longer than this opens in its box on demand. A long-text field may hold 100,000
 * characters, and a text box lays out all of its text as it appears: a card whose fields were
 * full took 6 s to select (Chromium's line layout of long Tamil paragraphs). Interview
 * transcripts of a few pages stay below it and open as any other text.
 */
export const OPEN_ON_DEMAND_CHARS = 20_000;

/**
 * `children` (the text box) for a text of up to `OPEN_ON_DEMAND_CHARS`; for a longer one, its
 * beginning and a button that puts the box in its place, focused (`opened` is true then). Once
 * shown, the box stays while the inspector shows this element (it is keyed by the selection), so
 * a text that grows long as it is typed or pasted keeps its box. The button takes the box's `id`,
 * so the field's label still names it, and `label` when the box has no visible label.
 */
function OpenOnDemand(props: { id?: string; label?: string; value: string; children: (opened: boolean) => ReactNode }) {
  const { t } = useTranslation();
  const long = props.value.length > OPEN_ON_DEMAND_CHARS;
  const [shown, setShown] = useState<'box' | 'head' | 'opened'>(long ? 'head' : 'box');
  const noteId = useId();
  // A list row's text changed under it: short now, it is a box from here on.
  if (shown === 'head' && !long) setShown('box');
  if (shown !== 'head' || !long) return props.children(shown === 'opened');
  return (
    <div className="long-text">
      <div className="long-text-head">{textHead(props.value, LONG_TEXT_HEAD_CHARS)}</div>
      <div className="long-text-foot">
        <span id={noteId} className="field-hint">
          {t('inspector.longText', { length: countText(props.value.length) })}
        </span>
        <button
          id={props.id}
          type="button"
          className="btn"
          aria-label={props.label}
          aria-describedby={noteId}
          onClick={() => setShown('opened')}
        >
          {t('inspector.editLongText')}
        </button>
      </div>
    </div>
  );
}

/** Characters of a long text shown before it is opened: a few lines of the box. */
const LONG_TEXT_HEAD_CHARS = 280;

/** A row of colour swatches (stage and persona colours). */
export function SwatchPicker(props: { label: string; value: string; onChange: (colour: string) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend className="field-label">{props.label}</legend>
      <div className="swatches">
        {STAGE_COLOURS.map((colour) => (
          <button
            key={colour}
            type="button"
            className={`swatch${props.value === colour ? ' is-on' : ''}`}
            style={{ background: colour }}
            aria-label={t('inspector.colourSwatch', { colour })}
            aria-pressed={props.value === colour}
            onClick={() => props.onChange(colour)}
          />
        ))}
      </div>
    </fieldset>
  );
}
