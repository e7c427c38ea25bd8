import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CONNECTION_KINDS, type ConnectionKind } from '../domain/vocabulary';
import { useTranslation } from '../i18n';
import { connectionKindName } from '../i18n/vocabulary';
import { addConnection } from '../session/edits';
import { useEditorStore } from '../session/react';
import { ModalDialog } from '../ui/Dialog';
import { journeyOrder } from './search/order';
import { useEditorUi } from './ui-store';

/** How many cards the list shows at once (it scrolls beyond). */
const LIST_ROWS = 8;

/**
 * "Connect to…" (a card's context menu, so Shift+F10 from the keyboard): joins the card to another one already on
 * the map, which otherwise takes a drag from handle to handle. The other cards are listed in journey order, found by
 * a word of their title or stage; the connection's kind is chosen beside them. One undo step; the new connection is
 * selected, and focus goes back to the card.
 */
export function ConnectDialog() {
  const from = useEditorUi((s) => s.connectFrom);
  // Mounted afresh for each card, so the search and the choice start empty.
  return from ? <ConnectForm key={from} from={from} /> : null;
}

function ConnectForm({ from }: { from: string }) {
  const store = useEditorStore();
  const { t } = useTranslation();
  const ids = { find: useId(), list: useId(), kind: useId(), message: useId() };
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [kind, setKind] = useState<ConnectionKind>('main');
  const [message, setMessage] = useState<string | null>(null);
  // Into the search box once the dialog is shown (showModal, in the dialog's layout effect, focuses its first button).
  const findBox = useRef<HTMLInputElement>(null);
  useEffect(() => findBox.current?.focus(), []);

  const doc = store.getState().doc;
  const source = doc.touchpoints[from];
  const name = (title: string) => title.trim().replace(/\s+/g, ' ') || t('editor.card.untitled');
  // The cards as the dialog opened: it is modal, nothing on the map moves meanwhile but another window's edits.
  const [others] = useState(() =>
    journeyOrder(doc.stages, doc.touchpoints)
      .filter((tp) => tp.id !== from)
      .map((tp) => ({
        id: tp.id,
        title: name(tp.title),
        label: t('editor.connect.option', { stage: doc.stages[tp.stageId]?.name.trim() ?? '', title: name(tp.title) }),
      })),
  );
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length
    ? others.filter((o) => words.every((w) => o.label.toLocaleLowerCase().includes(w)))
    : others;
  const target = shown.find((o) => o.id === picked) ?? shown[0] ?? null;

  const close = () => {
    useEditorUi.getState().set({ connectFrom: null });
    // Back to the card the menu was opened on (the menu, where focus was before, is gone).
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(from)}"]`)?.focus(),
    );
  };
  const connect = (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    const state = store.getState();
    const { changes, connection } = addConnection(state.doc, from, target.id, kind);
    if (!connection) {
      // Gone meanwhile (another window), or the very same connection is already there.
      setMessage(
        state.doc.touchpoints[target.id] && state.doc.touchpoints[from]
          ? t('editor.connect.exists', { from: name(state.doc.touchpoints[from].title), to: target.title })
          : t('editor.connect.none'),
      );
      return;
    }
    state.run('Connect touchpoints', changes, { select: [connection.id] });
    close();
  };

  if (!source) return null;
  return (
    <ModalDialog
      open
      className="connect-dialog"
      title={t('editor.connect.title', { title: name(source.title) })}
      onClose={close}
      describedBy={message ? ids.message : undefined}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('dialogs.cancel')}
          </button>
          <button type="submit" form={ids.find + 'form'} className="btn btn-primary" disabled={!target}>
            {t('editor.connect.submit')}
          </button>
        </>
      }
    >
      <form id={ids.find + 'form'} className="modal-dialog-body connect-form" onSubmit={connect}>
        {others.length === 0 ? (
          <p className="muted">{t('editor.connect.noOthers')}</p>
        ) : (
          <>
            <label htmlFor={ids.find} className="field-label">
              {t('editor.connect.find')}
            </label>
            <input
              id={ids.find}
              className="input"
              ref={findBox}
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setMessage(null);
              }}
              onKeyDown={(e) => {
                // From the search box the arrows walk the list, as in a combobox; Enter connects (the form).
                if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                e.preventDefault();
                const at = target ? shown.indexOf(target) : -1;
                const next = shown[Math.max(0, Math.min(shown.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
                if (next) setPicked(next.id);
              }}
            />
            <label htmlFor={ids.list} className="field-label">
              {t('editor.connect.list')}
            </label>
            {shown.length === 0 ? (
              <p className="muted" role="status">
                {t('editor.connect.none')}
              </p>
            ) : (
              <select
                id={ids.list}
                className="input connect-list"
                size={Math.min(LIST_ROWS, Math.max(2, shown.length))}
                value={target?.id ?? ''}
                onChange={(e) => {
                  setPicked(e.target.value);
                  setMessage(null);
                }}
              >
                {shown.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
            <label htmlFor={ids.kind} className="field-label">
              {t('editor.connect.kind')}
            </label>
            <select
              id={ids.kind}
              className="input"
              value={kind}
              onChange={(e) => setKind(e.target.value as ConnectionKind)}
            >
              {CONNECTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {connectionKindName(k)}
                </option>
              ))}
            </select>
            {message && (
              <p id={ids.message} className="field-error" role="alert">
                {message}
              </p>
            )}
          </>
        )}
      </form>
    </ModalDialog>
  );
}
