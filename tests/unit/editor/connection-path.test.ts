import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../../renderer/src/domain/vocabulary';
import {
  connectionPath,
  connectionSides,
  LABEL_MIN_WIDTH,
  stackedPastCards,
} from '../../../renderer/src/editor/canvas/edges/connection-path';
import { TOUCHPOINT_HANDLES } from '../../../renderer/src/editor/canvas/geometry';

const source = TOUCHPOINT_HANDLES.find((h) => h.type === 'source')!;
const target = TOUCHPOINT_HANDLES.find((h) => h.type === 'target')!;

/** The handle points React Flow gives a connection between cards whose top-left corners are here. */
function ends(from: { x: number; y: number }, to: { x: number; y: number }) {
  return [
    from.x + source.x + source.width!,
    from.y + TOUCHPOINT_HEIGHT / 2,
    to.x + target.x,
    to.y + TOUCHPOINT_HEIGHT / 2,
  ] as const;
}

/** Every number pair of an SVG path, as points. */
function pointsOf(path: string): [number, number][] {
  return [...path.matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const card = (at: { x: number; y: number }) => ({
  left: at.x,
  right: at.x + TOUCHPOINT_WIDTH,
  top: at.y,
  bottom: at.y + TOUCHPOINT_HEIGHT,
});

describe('a connection between cards stacked in one stage', () => {
  const upper = { x: 50, y: 120 };
  const lower = { x: 50, y: 260 };

  it('runs straight down from the upper card’s bottom to the lower card’s top', () => {
    expect(connectionSides(...ends(upper, lower))).toBe('down');
    const [path, labelX, labelY] = connectionPath(...ends(upper, lower), Position.Right, Position.Left);
    const points = pointsOf(path);
    const middle = upper.x + TOUCHPOINT_WIDTH / 2;
    // Every point of the line is on the cards' shared middle, nowhere left or right of the cards.
    for (const [x] of points) expect(x).toBeCloseTo(middle);
    expect(points[0]![1]).toBeCloseTo(card(upper).bottom);
    expect(points.at(-1)![1]).toBeGreaterThan(card(upper).bottom);
    expect(points.at(-1)![1]).toBeLessThanOrEqual(card(lower).top);
    // The label sits in the gap between the cards, on the line.
    expect(labelX).toBeCloseTo(middle);
    expect(labelY).toBeGreaterThan(card(upper).bottom);
    expect(labelY).toBeLessThan(card(lower).top);
  });

  it('runs straight up when the source is the lower card', () => {
    expect(connectionSides(...ends(lower, upper))).toBe('up');
    const points = pointsOf(connectionPath(...ends(lower, upper))[0]);
    for (const [x] of points) expect(x).toBeCloseTo(upper.x + TOUCHPOINT_WIDTH / 2);
    expect(points[0]![1]).toBeCloseTo(card(lower).top);
    expect(points.at(-1)![1]).toBeGreaterThanOrEqual(card(upper).bottom);
  });

  it('stays between the cards when one is set off sideways, never looping out to the left', () => {
    const offset = { x: 140, y: 300 };
    expect(connectionSides(...ends(upper, offset))).toBe('down');
    for (const [from, to] of [
      [upper, offset],
      [offset, upper],
    ] as const) {
      const points = pointsOf(connectionPath(...ends(from, to))[0]);
      const left = Math.min(from.x, to.x);
      const right = Math.max(from.x, to.x) + TOUCHPOINT_WIDTH;
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(left);
        expect(x).toBeLessThanOrEqual(right);
        expect(y).toBeGreaterThanOrEqual(Math.min(card(from).bottom, card(to).bottom) - 0.5);
        expect(y).toBeLessThanOrEqual(Math.max(card(from).top, card(to).top) + 0.5);
      }
    }
  });

  it('keeps side to side for cards in neighbouring stages, and for cards side by side', () => {
    expect(connectionSides(...ends({ x: 50, y: 120 }, { x: 370, y: 260 }))).toBe('side');
    expect(connectionSides(...ends({ x: 50, y: 120 }, { x: 370, y: 120 }))).toBe('side');
    // Overlapping cards (the upper one only 40 units higher) are not stacked either.
    expect(connectionSides(...ends({ x: 50, y: 120 }, { x: 60, y: 160 }))).toBe('side');
    const [path] = connectionPath(...ends({ x: 50, y: 120 }, { x: 370, y: 260 }));
    const points = pointsOf(path);
    expect(points[0]![0]).toBeCloseTo(50 + source.x + source.width!);
    expect(points.at(-1)![0]).toBeCloseTo(370 + target.x);
  });
});

describe("a connection label's room between the cards", () => {
  const roomOf = (from: { x: number; y: number }, to: { x: number; y: number }) => connectionPath(...ends(from, to))[3];

  it('is the gap between cards in neighbouring stages, a margin in from each', () => {
    // Cards 220 wide in columns 320 apart: 100 between them.
    const fit = roomOf({ x: 50, y: 120 }, { x: 370, y: 120 })!;
    const gap = 370 + target.x - (50 + source.x + source.width!);
    expect(fit.start).toBe(false);
    expect(fit.room).toBeLessThan(gap);
    expect(fit.room).toBeGreaterThan(gap - 16);
    // Down a row, the curve's middle is still between the two columns.
    expect(roomOf({ x: 50, y: 120 }, { x: 370, y: 260 })).toEqual(fit);
  });

  it('keeps a least width for cards that almost touch, and is free where the label is not between cards', () => {
    expect(roomOf({ x: 50, y: 120 }, { x: 275, y: 120 })!.room).toBe(LABEL_MIN_WIDTH);
    // Stacked cards, a loop back to an earlier stage, a card beside its source in one column.
    expect(roomOf({ x: 50, y: 120 }, { x: 50, y: 260 })).toBeUndefined();
    expect(roomOf({ x: 690, y: 120 }, { x: 50, y: 120 })).toBeUndefined();
    expect(roomOf({ x: 50, y: 120 }, { x: 50, y: 150 })).toBeUndefined();
  });
});

describe('a connection between stacked cards with another card between them', () => {
  const box = (at: { x: number; y: number }) => ({ ...at, width: TOUCHPOINT_WIDTH, height: TOUCHPOINT_HEIGHT });
  const top = box({ x: 50, y: 120 });
  const middle = box({ x: 50, y: 260 });
  const bottom = box({ x: 50, y: 400 });

  it('is known from the cards in its cell, down or up, and only when one is in the way', () => {
    const cell = [top, middle, bottom];
    expect(stackedPastCards(top, bottom, cell)).toBe(true);
    expect(stackedPastCards(bottom, top, cell)).toBe(true);
    expect(stackedPastCards(top, middle, cell)).toBe(false);
    expect(stackedPastCards(top, bottom, [top, bottom])).toBe(false);
    // A card beside the line, not under it; cards side by side are not stacked.
    expect(stackedPastCards(top, bottom, [top, box({ x: -55, y: 260 }), bottom])).toBe(true);
    expect(stackedPastCards(top, bottom, [top, box({ x: -65, y: 260 }), bottom])).toBe(false);
    expect(stackedPastCards(top, box({ x: 370, y: 120 }), cell)).toBe(false);
  });

  it("goes down the gutter right of the cards, into the target's right side, its label beside the gutter", () => {
    const [path, labelX, labelY, fit] = connectionPath(...ends(top, bottom), Position.Right, Position.Left, true);
    const points = pointsOf(path);
    const right = 50 + TOUCHPOINT_WIDTH;
    // Nothing of it is over the middle card, and it ends at the target's right edge, below its handle.
    for (const [x, y] of points) {
      const overMiddle = x > middle.x && x < right && y > middle.y && y < middle.y + TOUCHPOINT_HEIGHT;
      expect(overMiddle).toBe(false);
    }
    const [endX, endY] = points.at(-1)!;
    expect(endX).toBeGreaterThanOrEqual(right);
    expect(endX).toBeLessThan(right + 4);
    expect(endY).toBeGreaterThan(bottom.y + TOUCHPOINT_HEIGHT / 2);
    expect(endY).toBeLessThan(bottom.y + TOUCHPOINT_HEIGHT);
    expect(labelX).toBeGreaterThan(right);
    expect(labelY).toBeGreaterThan(middle.y);
    expect(labelY).toBeLessThan(middle.y + TOUCHPOINT_HEIGHT);
    expect(fit).toEqual({ room: LABEL_MIN_WIDTH, start: true });
    // Without a card between them, the straight line down.
    expect(connectionPath(...ends(top, bottom))[3]).toBeUndefined();
  });
});
