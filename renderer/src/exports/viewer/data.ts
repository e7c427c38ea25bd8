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
}

/**
 * Every text field of each touchpoint, joined, for search, in the order of `ViewerData.touchpoints`. A second JSON
 * block, after the script: the first frame needs none of it (a tenth of a 2,000-touchpoint file's bytes before the
 * map), and search reads it on its first use.
 */
export type ViewerSearchTexts = string[];

/** The drawing's layers, bottom to top: connections, cards, connection labels. */
export type ViewerLayer = 'routes' | 'cards' | 'plates';

/** A part of the map drawn only when near the view: its layer and the box it paints in. */
export interface ViewerTile {
  layer: ViewerLayer;
  box: ViewerBox;
}

export interface ViewerData {
  /** Size of the map drawing. */
  width: number;
  height: number;
  stages: ViewerStage[];
  touchpoints: ViewerTouchpoint[];
  /** Tile `i` is drawn from the `<template data-tile="i">` in the tiles element (or, when far from the opening view, in the late tiles element after the script). */
  tiles: ViewerTile[];
  /** The runtime's own sentences in the viewer's language (reports/labels.ts `viewer`), so the script is the same in every language. */
  words: ViewerWords;
}

/** The search status: `{count}` and `{max}` are filled in by the runtime; `matches` is [one, other]. */
export interface ViewerWords {
  noMatch: string;
  matches: [string, string];
  firstListed: string;
}

/** Element ids the builder writes and the runtime finds. */
export const VIEWER_IDS = {
  data: 'viewer-data',
  /** The search texts' JSON block (`ViewerSearchTexts`), after the script. */
  searchData: 'viewer-search',
  viewport: 'map-viewport',
  canvas: 'map-canvas',
  /** Holds one `<template>` per map tile. */
  tiles: 'map-tiles',
  /** Holds the templates of the tiles far from the opening view; it comes after the script in the file. */
  lateTiles: 'map-tiles-late',
  /** Prefix of the map's layer groups (`map-layer-routes`…), where the runtime draws the tiles. */
  layer: 'map-layer-',
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
  /** The `<template>` that holds every record until print (or the details panel) needs it. */
  records: 'viewer-records',
  /** Prefix of each touchpoint's full record (`tp-<id>`), the details panel's source. */
  record: 'tp-',
} as const;
