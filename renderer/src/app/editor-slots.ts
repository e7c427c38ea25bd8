/**
 * The editor with every feature plugged in: the workshop, insights and files
 * features each lend panels, toolbar items, layers and shortcuts; the table
 * feature lends a second view of the journey.
 */
import type { EditorSlots } from '../editor/slots';
import { FilesEditorLayer, versionsPanel } from '../files-ui/editor-slots';
import { insightsPanels, insightsShareControls, insightsShortcuts } from '../insights-ui/editor-slots';
import { tableSlots } from '../table/editor-slots';
import { workshopSlots } from '../workshop/editor-slots';

export const EDITOR_SLOTS: EditorSlots = {
  panels: [workshopSlots.panel, ...insightsPanels, versionsPanel],
  // Both hooks run on every toolbar render, always in this order.
  useToolbarCommands: () => [...tableSlots.useToolbarCommands(), ...workshopSlots.useToolbarCommands()],
  groupStart: { workshop: workshopSlots.ToolbarTimer },
  shareControls: insightsShareControls,
  useToolbarLayoutKey: workshopSlots.useToolbarLayoutKey,
  layers: [workshopSlots.Layer, FilesEditorLayer, tableSlots.Layer],
  useCanvasDimming: workshopSlots.useCanvasDimming,
  shortcuts: [workshopSlots.shortcuts, tableSlots.shortcuts, insightsShortcuts],
  views: [tableSlots.view],
  backToLibrary: true,
};
