import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './keyboard';
import { useEditorUi } from './ui-store';

export function ShortcutSheet() {
  const open = useEditorUi((s) => s.showShortcuts);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);
  const close = () => useEditorUi.getState().set({ showShortcuts: false });
  return (
    <dialog
      ref={ref}
      className="confirm-dialog shortcut-sheet"
      aria-labelledby="shortcut-title"
      onCancel={close}
      onClose={close}
    >
      <h2 id="shortcut-title">Keyboard shortcuts</h2>
      <div className="shortcut-groups">
        {SHORTCUTS.map((g) => (
          <section key={g.group}>
            <h3>{g.group}</h3>
            <dl>
              {g.items.map((s) => (
                <div key={s.keys} className="shortcut-row">
                  <dt>
                    <kbd>{s.keys}</kbd>
                  </dt>
                  <dd>{s.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="confirm-actions">
        <button type="button" className="btn btn-primary" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
