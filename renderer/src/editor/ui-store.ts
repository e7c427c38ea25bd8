/** Editor view state that is not part of the document (never saved, never undone). */
import { create } from 'zustand';
import type { EvidenceLevel } from '../domain/vocabulary';

/** The open side panel: one of the editor's own, or a feature's (see EditorSlots), or none. */
export type SidePanel = 'inspector' | 'personas' | 'search' | 'insights' | (string & {}) | null;

export type HeatMode = 'off' | 'emotion' | 'friction' | 'pain' | 'csat' | 'ces' | 'nps' | 'dropOff';

export interface SearchFilters {
  text: string;
  channels: string[];
  emotionMin: number;
  emotionMax: number;
  minSeverity: 0 | 1 | 2 | 3;
  personaId: string | null;
  /** Touchpoints whose evidence is below this level (or not said) are dimmed; null: any. */
  minEvidence: EvidenceLevel | null;
}

export const EMPTY_FILTERS: SearchFilters = {
  text: '',
  channels: [],
  emotionMin: -3,
  emotionMax: 3,
  minSeverity: 0,
  personaId: null,
  minEvidence: null,
};

interface EditorUi {
  editingId: string | null;
  focusedStageId: string | null;
  panel: SidePanel;
  filters: SearchFilters;
  matchIndex: number;
  snapToGrid: boolean;
  /** The minimap in the canvas corner (it can be hidden when it covers part of the map). */
  showMinimap: boolean;
  /** Colour touchpoints by a measure (the heat overlay). */
  heatMode: HeatMode;
  showShortcuts: boolean;
  hiddenCurves: ReadonlySet<string>;
  /** The view shown in the canvas's place (a feature's, see EditorSlots.views), or null: the canvas. */
  mainView: string | null;
  /** The card "Connect to…" (ConnectDialog) was asked for, while its dialog is open. */
  connectFrom: string | null;
  contextMenu: {
    x: number;
    y: number;
    kind: 'canvas' | 'node' | 'edge';
    id: string | null;
    flow: { x: number; y: number };
  } | null;
  set: (patch: Partial<Omit<EditorUi, 'set' | 'reset'>>) => void;
  reset: () => void;
}

/**
 * Narrower than this (a phone: an editor joining a live session from theirs), the map opens with no side panel:
 * the inspector's 360 px left the map a strip at the window's edge. It opens from the toolbar as anywhere else.
 */
export const PHONE_WIDTH = 520;

/** The side panel an editor opens with: the inspector, or none on a phone. */
function openingPanel(): SidePanel {
  return typeof window !== 'undefined' && window.innerWidth < PHONE_WIDTH ? null : 'inspector';
}

const initial = {
  editingId: null,
  focusedStageId: null,
  panel: openingPanel(),
  filters: EMPTY_FILTERS,
  matchIndex: -1,
  snapToGrid: false,
  showMinimap: true,
  heatMode: 'off' as HeatMode,
  showShortcuts: false,
  hiddenCurves: new Set<string>() as ReadonlySet<string>,
  mainView: null as string | null,
  connectFrom: null as string | null,
  contextMenu: null,
};

export const useEditorUi = create<EditorUi>((set) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => set({ ...initial, panel: openingPanel(), hiddenCurves: new Set() }),
}));

export function filtersActive(f: SearchFilters): boolean {
  return (
    f.text.trim() !== '' ||
    f.channels.length > 0 ||
    f.emotionMin > -3 ||
    f.emotionMax < 3 ||
    f.minSeverity > 0 ||
    f.personaId !== null ||
    f.minEvidence !== null
  );
}
