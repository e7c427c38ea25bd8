import { Check } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  icon?: ReactNode;
  shortcut?: string;
  danger?: boolean;
  disabled?: boolean;
  /**
   * Makes the item a toggle (menuitemcheckbox with aria-checked); a checked
   * item shows a check mark in place of its icon.
   */
  checked?: boolean;
  /** With `checked`: one of a set of exclusive choices (menuitemradio), kept in a section of its own. */
  radio?: boolean;
  onSelect: () => void;
}

/** Items shown together: a separator before every section but the first, and an optional visible label. */
export interface MenuSection {
  label?: string;
  items: readonly MenuItem[];
}

type MenuContent =
  { items: readonly MenuItem[]; sections?: never } | { sections: readonly MenuSection[]; items?: never };

/** Every item that arrow keys, Home, End and typeahead can reach: separators and disabled items are not buttons that match. */
const ITEM_SELECTOR = '[role^="menuitem"]:not(:disabled)';
/** Keys typed within this many milliseconds of each other make one typeahead search. */
const TYPEAHEAD_PAUSE_MS = 600;

function itemRole(item: MenuItem) {
  if (item.checked === undefined) return 'menuitem';
  return item.radio ? 'menuitemradio' : 'menuitemcheckbox';
}

function itemText(el: HTMLElement) {
  return (el.querySelector('.menu-item-label')?.textContent ?? '').trim().toLocaleLowerCase();
}

/**
 * The item a typeahead search lands on: the next one after `current` whose
 * label starts with `query`, wrapping round. A query of one character typed
 * again and again ("ss") steps through the items starting with it.
 */
function typeaheadTarget(labels: readonly string[], current: number, query: string): number {
  const chars = [...query];
  const repeated = chars.length > 1 && chars.every((c) => c === chars[0]);
  const needle = repeated ? (chars[0] ?? '') : query;
  // A longer query may still match the current item; one character always moves on.
  const start = repeated || chars.length === 1 ? current + 1 : Math.max(current, 0);
  for (let step = 0; step < labels.length; step++) {
    const index = (start + step + labels.length) % labels.length;
    if (labels[index]?.startsWith(needle)) return index;
  }
  return -1;
}

function itemKey(section: MenuSection, item: MenuItem) {
  return `${section.label ?? ''}\u0000${item.label}`;
}

/**
 * What an open menu shows: the items it opened with, in the same places, so
 * that a click lands on the item that was under the pointer even when the
 * owner's list changes meanwhile (a toolbar moving commands in or out of its
 * More menu as a timer appears). An item still offered takes its current
 * state and action; one no longer offered keeps those it opened with.
 */
function keptSections(opened: readonly MenuSection[], current: readonly MenuSection[]): MenuSection[] {
  const now = new Map<string, MenuItem>();
  for (const section of current) for (const item of section.items) now.set(itemKey(section, item), item);
  return opened.map((section) => ({
    ...section,
    items: section.items.map((item) => now.get(itemKey(section, item)) ?? item),
  }));
}

/**
 * A dropdown menu following the WAI-ARIA menu button pattern: the button has
 * aria-haspopup and aria-expanded; Enter, Space or Down open the menu on its
 * first item, Up on its last. In the menu, Up/Down move (wrapping, skipping
 * separators and disabled items), Home/End go to the ends, typing moves to the
 * next item starting with what was typed, Escape closes and Tab closes and lets
 * focus move on from the button. Picking an item closes the menu and puts focus
 * back on the button, unless the item's action moves it somewhere else.
 * An open menu keeps the items it opened with, in their places, until it
 * closes (see `keptSections`).
 */
export function DropdownMenu(
  props: MenuContent & {
    label: string;
    trigger: ReactNode;
    className?: string;
    align?: 'start' | 'end';
    title?: string;
    /**
     * The trigger shows text of its own (a language's name): the button is then named by that text, as
     * what is seen is what is spoken, and `label` describes it instead of replacing it.
     */
    namedByTrigger?: boolean;
  },
) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  // The sections the menu opened with; it keeps their order until it closes.
  const [opened, setOpened] = useState<readonly MenuSection[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const typeahead = useRef({ query: '', at: 0 });
  const menuId = useId();
  const sections: readonly MenuSection[] = props.sections ?? [{ items: props.items ?? [] }];
  const shown = (open ? keptSections(opened, sections) : sections).filter((s) => s.items.length > 0);

  const openMenu = (where: 'first' | 'last') => {
    setOpened(sections);
    setOpen(where);
  };

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    const items = Array.from(rootRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []);
    (open === 'last' ? items.at(-1) : items[0])?.focus();
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    typeahead.current.query = '';
    if (refocus) triggerRef.current?.focus();
  };

  const select = (item: MenuItem) => {
    // Focus goes back to the button before the action runs, so an action that
    // opens a dialog or a field takes it from there and returns it there.
    close(true);
    item.onSelect();
    requestAnimationFrame(() => {
      const active = document.activeElement;
      const lost = !active || active === document.body;
      if (lost && triggerRef.current?.isConnected) triggerRef.current.focus();
    });
  };

  const onTriggerKeyDown = (e: KeyboardEvent) => {
    if (open || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    e.stopPropagation();
    openMenu(e.key === 'ArrowUp' ? 'last' : 'first');
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    const items = Array.from(rootRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    const plainKey = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Escape') {
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      // From the button, the browser's own Tab then moves on (or back) as if the menu had never opened.
      if (index >= 0) triggerRef.current?.focus();
      close(false);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusAt(index + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusAt(index < 0 ? -1 : index - 1);
    } else if (e.key === 'Home' && plainKey) {
      e.preventDefault();
      focusAt(0);
    } else if (e.key === 'End' && plainKey) {
      e.preventDefault();
      focusAt(-1);
    } else if (plainKey && [...e.key].length === 1 && e.key.trim() !== '' && index >= 0) {
      e.preventDefault();
      const now = performance.now();
      const t = typeahead.current;
      t.query = (now - t.at > TYPEAHEAD_PAUSE_MS ? '' : t.query) + e.key.toLocaleLowerCase();
      t.at = now;
      const target = typeaheadTarget(items.map(itemText), index, t.query);
      if (target >= 0) focusAt(target);
    }
  };

  return (
    <div className={`menu-root ${props.className ?? ''}`} ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={triggerRef}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={open ? menuId : undefined}
        aria-label={props.namedByTrigger ? undefined : props.label}
        aria-describedby={props.namedByTrigger ? `${menuId}-description` : undefined}
        title={props.title ?? props.label}
        onKeyDown={onTriggerKeyDown}
        onClick={(e) => {
          e.stopPropagation();
          if (open) close(false);
          else openMenu('first');
        }}
      >
        {props.trigger}
      </button>
      {props.namedByTrigger && (
        <span id={`${menuId}-description`} hidden>
          {props.label}
        </span>
      )}
      {open && (
        <div className={`menu-popover menu-${props.align ?? 'end'}`} role="menu" id={menuId} aria-label={props.label}>
          {shown.map((section, s) => (
            <MenuSectionView
              key={`${s}:${section.label ?? ''}`}
              section={section}
              separated={s > 0}
              onSelect={select}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function MenuSectionView(props: { section: MenuSection; separated: boolean; onSelect: (item: MenuItem) => void }) {
  const labelId = useId();
  const { section } = props;
  const items = section.items.map((item) => (
    <button
      key={item.label}
      type="button"
      role={itemRole(item)}
      aria-checked={item.checked}
      tabIndex={-1}
      className={`menu-item ${item.danger ? 'menu-item-danger' : ''}`}
      disabled={item.disabled}
      onClick={(e) => {
        e.stopPropagation();
        props.onSelect(item);
      }}
    >
      {item.checked ? (
        <Check className="menu-item-check" size={16} aria-hidden />
      ) : (
        (item.icon ?? (item.checked === false ? <span className="menu-item-check" aria-hidden /> : null))
      )}
      <span className="menu-item-label">{item.label}</span>
      {item.shortcut && <kbd>{item.shortcut}</kbd>}
    </button>
  ));
  return (
    <>
      {props.separated && <div role="separator" className="menu-separator" />}
      {section.label ? (
        <div role="group" aria-labelledby={labelId}>
          <div id={labelId} className="menu-group-label" aria-hidden>
            {section.label}
          </div>
          {items}
        </div>
      ) : (
        items
      )}
    </>
  );
}
