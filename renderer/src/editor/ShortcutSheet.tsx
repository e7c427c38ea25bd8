import { useTranslation } from '../i18n';
import { ModalDialog } from '../ui/Dialog';
import { SHORTCUTS } from './keyboard';
import { useEditorSlots } from './slots';
import { useEditorUi } from './ui-store';

export function ShortcutSheet() {
  const open = useEditorUi((s) => s.showShortcuts);
  const groups = [...SHORTCUTS, ...useEditorSlots().shortcuts];
  const close = () => useEditorUi.getState().set({ showShortcuts: false });
  // Features' shortcut groups may give plain text: a text that is no key shows as it is.
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={open}
      className="shortcut-sheet"
      title={t('shortcuts.title')}
      closeLabel={t('shortcuts.closeLabel')}
      onClose={close}
      footer={
        <button type="button" className="btn btn-primary" onClick={close}>
          {t('shortcuts.close')}
        </button>
      }
    >
      <div className="modal-dialog-body shortcut-groups" tabIndex={0}>
        {groups.map((g) => (
          <section key={g.group}>
            <h3>{t(g.group)}</h3>
            <dl>
              {g.items.map((s) => (
                <div key={s.keys} className="shortcut-row">
                  <dt>
                    <kbd>{s.keysText ? t(s.keysText) : s.keys}</kbd>
                  </dt>
                  <dd>{t(s.description)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </ModalDialog>
  );
}
