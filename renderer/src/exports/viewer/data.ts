/**
 * What the viewer's runtime script reads from the page: the journey data
 * embedded as JSON, and the ids of the elements the builder writes. Shared by
 * the builder (build.ts) and the runtime (runtime/main.ts) so both agree.
 * Only geometry, ids and search text: every field a person reads is written
 * into the page by the builder, escaped.
 */

/** A box in map coordinates (px of the drawing). */
export interface ViewerBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ViewerStage {
  id: string;
  name: string;
  box: ViewerBox;
  /** Ids of its touchpoints, top to bottom. */
  touchpoints: string[];
}

export interface ViewerTouchpoint {
  id: string;
  stageId: string;
  title: string;
  /** Every text field of the touchpoint, joined, for search. */
  text: string;
}

export interface ViewerData {
  /** Size of the map drawing. */
  width: number;
  height: number;
  stages: ViewerStage[];
  touchpoints: ViewerTouchpoint[];
}

/** Element ids the builder writes and the runtime finds. */
export const VIEWER_IDS = {
  data: 'viewer-data',
  viewport: 'map-viewport',
  canvas: 'map-canvas',
  search: 'search',
  searchStatus: 'search-status',
  searchResults: 'search-results',
  details: 'details',
  detailsBody: 'details-body',
  detailsClose: 'details-close',
  zoomIn: 'zoom-in',
  zoomOut: 'zoom-out',
  fit: 'zoom-fit',
  zoomLevel: 'zoom-level',
  prevStage: 'stage-prev',
  nextStage: 'stage-next',
  print: 'print',
  /** Prefix of each touchpoint's full record (`tp-<id>`), the details panel's source. */
  record: 'tp-',
} as const;
