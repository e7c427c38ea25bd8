/** What the files feature plugs into the editor (composed by `app/`). */
import { History } from 'lucide-react';
import type { EditorPanelSlot } from '../editor/slots';
import { FilesEditorLayer } from './FilesEditorLayer';
import { VersionsPanel } from './VersionsPanel';

export const versionsPanel: EditorPanelSlot = {
  id: 'versions',
  title: 'Versions',
  Component: VersionsPanel,
  button: { label: 'Versions', icon: History, visibleFrom: 'full' },
};

export { FilesEditorLayer };
