/**
 * The viewer's map in tiles: the drawing's connections, cards and labels
 * grouped by the square of the map their middle falls in, so the runtime
 * draws only the tiles near the view. Each tile keeps the box its pieces
 * paint in (a long connection's tile reaches past its square), so a tile is
 * drawn whenever anything of it could be seen. Layers keep the drawing order:
 * every line under every card, every label over both.
 */
import type { MapSvgParts, MapSvgPiece } from '../../reports/svg/map-svg';
import type { ViewerBox, ViewerLayer, ViewerTile } from './data';

/** Side of a tile's square, drawing px: two or three cards each way. */
export const TILE_SIZE = 512;

export interface BuiltTile extends ViewerTile {
  /** The pieces' SVG markup, in drawing order. */
  markup: string;
}

function union(boxes: readonly ViewerBox[]): ViewerBox {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: round(x), y: round(y), w: round(right - x), h: round(bottom - y) };
}

export function mapTiles(parts: MapSvgParts): BuiltTile[] {
  const out: BuiltTile[] = [];
  const layers: [ViewerLayer, MapSvgPiece[]][] = [
    ['routes', parts.routes],
    ['cards', parts.cards],
    ['plates', parts.plates],
  ];
  for (const [layer, pieces] of layers) {
    const cells = new Map<string, MapSvgPiece[]>();
    for (const piece of pieces) {
      const { box } = piece;
      const key = `${Math.floor((box.x + box.width / 2) / TILE_SIZE)}:${Math.floor((box.y + box.height / 2) / TILE_SIZE)}`;
      const cell = cells.get(key) ?? [];
      cell.push(piece);
      cells.set(key, cell);
    }
    for (const cell of cells.values()) {
      out.push({
        layer,
        box: union(cell.map((p) => ({ x: p.box.x, y: p.box.y, w: p.box.width, h: p.box.height }))),
        markup: cell.map((p) => p.markup).join(''),
      });
    }
  }
  return out;
}

/**
 * The part of the map the opening view can show, drawing px: the runtime opens at the top left, at 60 % or more
 * (runtime/main.ts `fit`), and a window up to 2560 × 1440 px leaves about this much of the map in view. Tiles meeting
 * it are written before the script, so the first frame has them; the others after it, read while the map is shown.
 */
export const OPENING_VIEW: ViewerBox = { x: 0, y: 0, w: 2560 / 0.6, h: 1440 / 0.6 };

/** Whether a tile can be in the opening view. */
export function inOpeningView(box: ViewerBox): boolean {
  return (
    box.x < OPENING_VIEW.x + OPENING_VIEW.w &&
    box.x + box.w > OPENING_VIEW.x &&
    box.y < OPENING_VIEW.y + OPENING_VIEW.h &&
    box.y + box.h > OPENING_VIEW.y
  );
}
