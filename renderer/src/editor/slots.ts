/**
 * What features plug into the editor. The editor imports no feature: `app/`
 * composes the workshop, insights and files features into one `EditorSlots`
 * and hands it to the editor screen, which offers each slot where it belongs.
 */
import { createContext, useContext, type ComponentType } from 'react';
import type { Shortcut } from './keyboard';
import type { ToolbarCommand, ToolbarGroup } from './toolbar/toolbar-items';
import type { Tier } from './toolbar/tiers';

export interface EditorPanelSlot {
  /** The side panel's id (the editor's own are inspector, personas, search and insights). */
  id: string;
  title: string;
  Component: ComponentType;
  /** The toolbar button that opens and closes it; without one, the feature opens it itself. */
  button?: { label: string; icon: ComponentType<{ size?: number }>; visibleFrom: Tier | 'menu' };
}

/** A view of the journey shown instead of the canvas (the table view), switched by `mainView` in the UI store. */
export interface EditorViewSlot {
  id: string;
  Component: ComponentType;
}

export interface ShortcutGroup {
  group: string;
  items: readonly Shortcut[];
}

export interface EditorSlots {
  /** Side panels, in the order of their toolbar buttons (after Personas and Insights, before Inspector). */
  panels: readonly EditorPanelSlot[];
  /** Toolbar commands the features add; called as a hook on every toolbar render. */
  useToolbarCommands: () => ToolbarCommand[];
  /** A control at the start of a toolbar group (the workshop's timer badge). */
  groupStart: Partial<Record<ToolbarGroup, ComponentType>>;
  /** Controls in the Share group, before the Export menu (future state). */
  shareControls: readonly ComponentType[];
  /** A value whose change means the toolbar must measure its width again. */
  useToolbarLayoutKey: () => string;
  /** Mounted over the editor while it is open: workshop tools, the CSV import, export dialogs. */
  layers: readonly ComponentType[];
  /** Canvas items kept lit while the rest is dimmed, or null while nothing is dimmed. */
  useCanvasDimming: () => ReadonlySet<string> | null;
  /** More groups for the shortcut sheet. */
  shortcuts: readonly ShortcutGroup[];
  /** Other views of the journey, each shown in the canvas's place while chosen. */
  views: readonly EditorViewSlot[];
  /**
   * Whether the toolbar offers Back to journeys. A live session's editor participant has no library of their
   * own on the facilitator's server: the button took them out of the session into an empty one.
   */
  backToLibrary: boolean;
}

const noCommands = (): ToolbarCommand[] => [];
const noKey = () => '';
const noDimming = () => null;

/** An editor with no features plugged in (tests, and the defaults of every slot). */
export const EMPTY_SLOTS: EditorSlots = {
  panels: [],
  useToolbarCommands: noCommands,
  groupStart: {},
  shareControls: [],
  useToolbarLayoutKey: noKey,
  layers: [],
  useCanvasDimming: noDimming,
  shortcuts: [],
  views: [],
  backToLibrary: true,
};

const EditorSlotsContext = createContext<EditorSlots>(EMPTY_SLOTS);
export const EditorSlotsProvider = EditorSlotsContext.Provider;

export function useEditorSlots(): EditorSlots {
  return useContext(EditorSlotsContext);
}
