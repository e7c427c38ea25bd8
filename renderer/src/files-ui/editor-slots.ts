/** What the files feature plugs into the editor (composed by `app/`). */
import { History } from 'lucide-react';
import type { EditorPanelSlot } from '../editor/slots';
import { FilesEditorLayer } from './FilesEditorLayer';
import { VersionsPanel } from './VersionsPanel';
import { i18n } from '../i18n';

/** The panel's name is read when the editor draws it, so it follows the interface language (getters). */
export const versionsPanel: EditorPanelSlot = {
  id: 'versions',
  get title() {
    return i18n.t('files.versionsTitle');
  },
  Component: VersionsPanel,
  button: {
    get label() {
      return i18n.t('files.versionsTitle');
    },
    icon: History,
    visibleFrom: 'full',
  },
};

export { FilesEditorLayer };
