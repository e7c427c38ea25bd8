/**
 * What the template gallery shows of a template without building it on every
 * render: its counts and a thumbnail of its map, drawn from the template's own
 * stages, touchpoints, connections and emotion curve (in map units; the SVG
 * scales it). Built once per template and kept.
 */
import { emotionCurve } from '../domain/insights';
import { laneBands } from '../domain/lanes';
import { stageColumns, STAGE_HEADER_HEIGHT } from '../domain/layout';
import type { JourneyDocument } from '../domain/model';
import type { JourneyTemplate } from '../domain/templates';
import { emotionColour, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH, type ConnectionKind } from '../domain/vocabulary';

/** Height of the band under the map where the emotion curve runs, in map units. */
export const CURVE_BAND = 260;
const GAP = 40;
/** The map part is squeezed vertically to at most this share of its width, so a tall blueprint still reads. */
const MAX_MAP_ASPECT = 0.42;

export interface ThumbnailStage {
  x: number;
  width: number;
  colour: string;
}

/** A lane of a blueprint: a row across the map, with its colour at the left edge. */
export interface ThumbnailLane {
  y: number;
  height: number;
  colour: string;
}

export interface ThumbnailCard {
  x: number;
  y: number;
  /** The card's emotion colour (grey when it has none). */
  colour: string;
}

export interface ThumbnailLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: ConnectionKind;
}

export interface Thumbnail {
  width: number;
  height: number;
  headerHeight: number;
  cardWidth: number;
  cardHeight: number;
  stages: ThumbnailStage[];
  /** Empty for a journey without lanes. */
  lanes: ThumbnailLane[];
  cards: ThumbnailCard[];
  links: ThumbnailLink[];
  /** Top of the emotion band, and its neutral line. */
  bandTop: number;
  zeroY: number;
  /** The journey's emotion along the main path, evenly spaced across the width. */
  curve: { x: number; y: number }[];
}

export interface TemplatePreview {
  stageCount: number;
  touchpointCount: number;
  personaCount: number;
  thumbnail: Thumbnail;
}

export function thumbnailOf(doc: JourneyDocument): Thumbnail {
  const columns = stageColumns(doc.stages);
  const width = Math.max(
    1,
    columns.reduce((sum, c) => sum + c.width, 0),
  );
  const bands = laneBands(doc.lanes.filter((l) => !l.hidden));
  const lanesBottom = bands.reduce((max, b) => Math.max(max, b.y + b.height), STAGE_HEADER_HEIGHT);
  const mapBottom = doc.touchpoints.reduce((max, t) => Math.max(max, t.position.y + TOUCHPOINT_HEIGHT), lanesBottom);
  /** Vertical scale of the map part (1 unless the map is taller than MAX_MAP_ASPECT of its width). */
  const k = Math.min(1, (width * MAX_MAP_ASPECT) / mapBottom);
  const lanes = bands.map((b) => ({ y: b.y * k, height: b.height * k, colour: b.lane.colour }));
  const bandTop = mapBottom * k + GAP;
  const zeroY = bandTop + CURVE_BAND / 2;
  const centre = new Map(
    doc.touchpoints.map((t) => [
      t.id,
      { x: t.position.x + TOUCHPOINT_WIDTH / 2, y: (t.position.y + TOUCHPOINT_HEIGHT / 2) * k },
    ]),
  );
  const links: ThumbnailLink[] = [];
  for (const c of doc.connections) {
    const from = centre.get(c.source);
    const to = centre.get(c.target);
    if (from && to) links.push({ x1: from.x, y1: from.y, x2: to.x, y2: to.y, kind: c.kind });
  }
  // As in the report: one evenly spaced slot per touchpoint of the main path, the line through the rated ones.
  const slots = emotionCurve(doc);
  const step = width / Math.max(1, slots.length);
  const curve = slots.flatMap((p, i) =>
    p.emotion === null ? [] : [{ x: (i + 0.5) * step, y: zeroY - (p.emotion / 3) * (CURVE_BAND / 2 - 16) }],
  );
  return {
    width,
    height: bandTop + CURVE_BAND,
    headerHeight: STAGE_HEADER_HEIGHT * k,
    cardWidth: TOUCHPOINT_WIDTH,
    cardHeight: TOUCHPOINT_HEIGHT * k,
    stages: columns.map((c) => ({ x: c.x, width: c.width, colour: c.stage.colour })),
    lanes,
    cards: doc.touchpoints.map((t) => ({ x: t.position.x, y: t.position.y * k, colour: emotionColour(t.emotion) })),
    links,
    bandTop,
    zeroY,
    curve,
  };
}

export function previewOf(doc: JourneyDocument): TemplatePreview {
  return {
    stageCount: doc.stages.length,
    touchpointCount: doc.touchpoints.length,
    personaCount: doc.personas.length,
    thumbnail: thumbnailOf(doc),
  };
}

const previews = new Map<string, TemplatePreview>();

/** The template's preview, built from one build of it the first time it is asked for. */
export function templatePreview(template: JourneyTemplate): TemplatePreview {
  let preview = previews.get(template.id);
  if (!preview) {
    preview = previewOf(template.build(0));
    previews.set(template.id, preview);
  }
  return preview;
}
