/**
 * Drawings on slides as native shapes: the emotion face (a disc in the
 * emotion colour with eyes and a mouth that bends with the score, always
 * printed beside its number, so colour is never the only signal) and the
 * size of a logo read from its bytes.
 */
import type PptxGenJS from 'pptxgenjs';
import { emotionColour } from '../../domain/vocabulary';
import { hex } from './text';

const INK = '1F2328';

/** A face `d` inches wide with its top left corner at (x, y). */
export function addFace(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  score: number | null,
  x: number,
  y: number,
  d: number,
) {
  const shapes = pptx.ShapeType;
  if (score === null) {
    slide.addShape(shapes.ellipse, {
      x,
      y,
      w: d,
      h: d,
      fill: { color: 'FFFFFF' },
      line: { color: '9AA0A6', width: 1, dashType: 'dash' },
    });
    return;
  }
  const s = Math.max(-3, Math.min(3, Math.round(score)));
  slide.addShape(shapes.ellipse, {
    x,
    y,
    w: d,
    h: d,
    fill: { color: hex(emotionColour(s)) },
    line: { color: INK, width: 0.5, transparency: 60 },
  });
  const eye = d * 0.13;
  for (const ex of [0.3, 0.7]) {
    slide.addShape(shapes.ellipse, {
      x: x + d * ex - eye / 2,
      y: y + d * 0.36 - eye / 2,
      w: eye,
      h: eye,
      fill: { color: INK },
      line: { color: INK, width: 0 },
    });
  }
  const mouthW = d * 0.5;
  const mx = x + (d - mouthW) / 2;
  const line = { color: INK, width: Math.max(0.75, d * 5) };
  if (s === 0) {
    slide.addShape(shapes.line, { x: mx, y: y + d * 0.68, w: mouthW, h: 0, line });
    return;
  }
  // The lower part of an ellipse smiles, the upper part frowns; a taller ellipse bends more.
  const bend = d * (0.12 + 0.08 * Math.abs(s));
  slide.addShape(shapes.arc, {
    x: mx,
    y: s > 0 ? y + d * 0.74 - bend : y + d * 0.6,
    w: mouthW,
    h: bend,
    angleRange: s > 0 ? [20, 160] : [200, 340],
    line,
  });
}

/** Pixel size of a PNG or JPEG from its bytes; null when it cannot be read. */
export function imagePixelSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50) {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1]!;
      const length = view.getUint16(at + 2);
      // Start-of-frame markers hold the size (C4 DHT, C8 JPG and CC DAC are not frames).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      }
      at += 2 + length;
    }
  }
  return null;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The largest size with the image's proportions that fits in w × h inches. */
export function fitInto(pixels: { width: number; height: number }, w: number, h: number): { w: number; h: number } {
  if (pixels.width <= 0 || pixels.height <= 0) return { w, h };
  const scale = Math.min(w / pixels.width, h / pixels.height);
  return { w: pixels.width * scale, h: pixels.height * scale };
}
