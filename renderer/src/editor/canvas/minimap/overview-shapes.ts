/**
 * What the minimap draws, as plain data: one SVG path per kind of node (all
 * stage columns, all cards, all sticky notes), so the map's overview is a
 * handful of elements however large the journey, plus the viewBox that fits
 * both the map and the part of it on screen. Pure; unit-tested.
 */

export type OverviewKind = 'stage' | 'touchpoint' | 'note';

export interface OverviewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverviewItem extends OverviewBox {
  kind: OverviewKind;
}

export interface OverviewShapes {
  /** SVG path data per kind; empty when there is none of that kind. */
  paths: Record<OverviewKind, string>;
  /** The box around every item, or null for an empty map. */
  bounds: OverviewBox | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function overviewShapes(items: Iterable<OverviewItem>): OverviewShapes {
  const parts: Record<OverviewKind, string[]> = { stage: [], touchpoint: [], note: [] };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const item of items) {
    if (!(item.width > 0 && item.height > 0)) continue;
    parts[item.kind].push(
      `M${round(item.x)} ${round(item.y)}h${round(item.width)}v${round(item.height)}h${round(-item.width)}z`,
    );
    minX = Math.min(minX, item.x);
    minY = Math.min(minY, item.y);
    maxX = Math.max(maxX, item.x + item.width);
    maxY = Math.max(maxY, item.y + item.height);
  }
  return {
    paths: { stage: parts.stage.join(''), touchpoint: parts.touchpoint.join(''), note: parts.note.join('') },
    bounds: Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null,
  };
}

/** The smallest box holding both. */
export function unionBox(a: OverviewBox | null, b: OverviewBox): OverviewBox {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * The viewBox showing `content` centred in a `width`×`height` minimap with a
 * margin of `margin` minimap pixels, keeping the minimap's aspect ratio; and
 * the flow units per minimap pixel.
 */
export function fitViewBox(content: OverviewBox, width: number, height: number, margin: number) {
  const inner = { width: Math.max(1, width - margin * 2), height: Math.max(1, height - margin * 2) };
  const scale = Math.max(content.width / inner.width, content.height / inner.height) || 1;
  const viewWidth = width * scale;
  const viewHeight = height * scale;
  return {
    x: content.x - (viewWidth - content.width) / 2,
    y: content.y - (viewHeight - content.height) / 2,
    width: viewWidth,
    height: viewHeight,
    scale,
  };
}
