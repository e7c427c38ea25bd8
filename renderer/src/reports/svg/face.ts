/**
 * The emotion face drawn as vector shapes (no emoji font needed): a disc in
 * the emotion colour with eyes and a mouth that curves with the score. It is
 * always printed next to the number, so colour is never the only signal.
 */
import { emotionColour } from '../../domain/vocabulary';
import { dashedPathData, type Point } from './dash';
import { svgDocument, svgImage } from './image';

/** Corners of the polygon the no-emotion ring is drawn along: round at any printed size. */
const RING_STEPS = 48;

function r(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** An SVG group (no outer <svg>) centred on (cx, cy), radius `size / 2`. */
export function faceShapes(score: number | null, cx: number, cy: number, size: number): string {
  const s = size / 24;
  const p = (x: number, y: number) => `${r(cx + x * s)} ${r(cy + y * s)}`;
  if (score === null) {
    // A dashed ring, drawn as its dashes: printed, a dashed stroke would become some 140 curve pieces (see dash.ts).
    const radius = 11 * s;
    const ring: Point[] = [];
    for (let i = 0; i <= RING_STEPS; i++) {
      const a = (i / RING_STEPS) * 2 * Math.PI;
      ring.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
    }
    return (
      `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(radius)}" fill="#ffffff"/>` +
      `<path d="${dashedPathData(ring, [3 * s, 2 * s], r)}" fill="none" stroke="#9aa0a6" stroke-width="${r(1.5 * s)}"/>`
    );
  }
  const clamped = Math.max(-3, Math.min(3, Math.round(score)));
  const ink = '#1f2328';
  const bend = clamped * 1.5;
  const parts = [
    `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(11 * s)}" fill="${emotionColour(clamped)}" stroke="${ink}" stroke-opacity="0.35" stroke-width="${r(s)}"/>`,
    `<circle cx="${r(cx - 4 * s)}" cy="${r(cy - 3 * s)}" r="${r(1.5 * s)}" fill="${ink}"/>`,
    `<circle cx="${r(cx + 4 * s)}" cy="${r(cy - 3 * s)}" r="${r(1.5 * s)}" fill="${ink}"/>`,
    clamped === 0
      ? `<path d="M${p(-5, 4.5)} L${p(5, 4.5)}" stroke="${ink}" stroke-width="${r(1.6 * s)}" stroke-linecap="round" fill="none"/>`
      : `<path d="M${p(-5.5, 4 - bend / 3)} Q${p(0, 4 + bend)} ${p(5.5, 4 - bend / 3)}" stroke="${ink}" stroke-width="${r(1.6 * s)}" stroke-linecap="round" fill="none"/>`,
  ];
  if (clamped <= -3) {
    parts.push(
      `<path d="M${p(-7, -7.5)} L${p(-2.5, -5.5)} M${p(7, -7.5)} L${p(2.5, -5.5)}" stroke="${ink}" stroke-width="${r(1.4 * s)}" stroke-linecap="round"/>`,
    );
  }
  return parts.join('');
}

/** A small standalone inline SVG of the face, for HTML pages (the viewer). */
export function faceSvg(score: number | null, size = 16): string {
  return `<svg class="face" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">${faceShapes(score, size / 2, size / 2, size)}</svg>`;
}

/** The face as a decorative image, for the printed report's tables (see `image.ts`). */
export function faceImage(score: number | null, size = 16): string {
  return svgImage(svgDocument(size, size, faceShapes(score, size / 2, size / 2, size)), 'face', size, size);
}
