/**
 * Colour contrast as WCAG 2.1 measures it (relative luminance, ratio 1–21), so
 * text drawn on a computed colour (an emotion chip, a heat chip) can pick the
 * ink that stays readable: black or white, whichever contrasts more. One of
 * the two always reaches at least 4.58:1, above the 4.5:1 WCAG AA asks of small text.
 */

/** `#rgb` or `#rrggbb` as [r, g, b] in 0–255; null when it is neither. */
export function parseHexColour(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d) : m[1]!.match(/../g)!;
  return digits.map((d) => parseInt(d, 16)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour (0 black – 1 white). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours, 1 (none) to 21 (black on white). */
export function contrastRatio(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const BLACK: [number, number, number] = [0, 0, 0];
const WHITE: [number, number, number] = [255, 255, 255];

/** The ink (black or white) that reads best on this background colour (`#rrggbb`); white for an unreadable colour. */
export function readableInk(background: string): '#000000' | '#ffffff' {
  const bg = parseHexColour(background);
  if (!bg) return '#ffffff';
  return contrastRatio(bg, BLACK) > contrastRatio(bg, WHITE) ? '#000000' : '#ffffff';
}
