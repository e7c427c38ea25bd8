import { ModalDialog } from '../ui/Dialog';
import { SHORTCUTS } from './keyboard';
import { useEditorSlots } from './slots';
import { useEditorUi } from './ui-store';

export function ShortcutSheet() {
  const open = useEditorUi((s) => s.showShortcuts);
  const groups = [...SHORTCUTS, ...useEditorSlots().shortcuts];
  const close = () => useEditorUi.getState().set({ showShortcuts: false });
  return (
    <ModalDialog
      open={open}
      className="shortcut-sheet"
      title="Keyboard shortcuts"
      closeLabel="Close keyboard shortcuts"
      onClose={close}
      footer={
        <button type="button" className="btn btn-primary" onClick={close}>
          Close
        </button>
      }
    >
      <div className="modal-dialog-body shortcut-groups">
        {groups.map((g) => (
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
    </ModalDialog>
  );
}
