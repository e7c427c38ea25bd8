/**
 * Draws Waymark's icons from geometry (no image tools needed) and writes
 * PNG, ICO, ICNS and SVG files next to this script:
 *   icon.png / icon.ico / icon.icns / icon.svg          — the app
 *   journey.png / journey.ico / journey.icns / journey.svg — `.journey` documents
 *   png/<size>x<size>.png                               — Linux icon set
 * Run: node build/icons/draw-icons.mjs
 *
 * The mark: a route of waypoints on the accent colour (a journey's path).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const SIZE = 1024;
const SAMPLES = 3; // supersampling per axis for smooth edges

const ACCENT_TOP = [61, 123, 230];
const ACCENT_BOTTOM = [36, 86, 184];
const WHITE = [255, 255, 255];
const PAGE_EDGE = [190, 199, 212];
const FOLD = [222, 228, 237];

// ---- geometry --------------------------------------------------------------

const ROUTE = [
  [250, 720],
  [440, 470],
  [600, 610],
  [780, 300],
];
const STROKE = 58;

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const inRoundedRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.max(x0 + r, Math.min(x1 - r, x));
  const cy = Math.max(y0 + r, Math.min(y1 - r, y));
  return Math.hypot(x - cx, y - cy) <= r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};

/** The route mark in a box scaled by `s` around offset (ox, oy). */
function mark({ s, ox, oy, line, dot, hole }) {
  const pts = ROUTE.map(([x, y]) => [ox + x * s, oy + y * s]);
  const stroke = (STROKE / 2) * s;
  const stops = [
    { p: pts[0], r: 66 * s, hole: 30 * s },
    { p: pts[2], r: 58 * s, hole: 26 * s },
    { p: pts[3], r: 92 * s, hole: 42 * s },
  ];
  return [
    {
      inside: (x, y) => pts.slice(1).some((p, i) => segmentDistance(x, y, pts[i], p) <= stroke),
      color: () => line,
    },
    ...stops.flatMap((stop) => [
      { inside: (x, y) => Math.hypot(x - stop.p[0], y - stop.p[1]) <= stop.r, color: () => dot },
      { inside: (x, y) => Math.hypot(x - stop.p[0], y - stop.p[1]) <= stop.hole, color: () => hole },
    ]),
  ];
}

const gradient = (y) => {
  const t = Math.max(0, Math.min(1, (y - 64) / 896));
  return ACCENT_TOP.map((c, i) => Math.round(c + (ACCENT_BOTTOM[i] - c) * t));
};

const appLayers = [
  { inside: (x, y) => inRoundedRect(x, y, 64, 64, 960, 960, 200), color: (_x, y) => gradient(y) },
  ...mark({ s: 1, ox: 0, oy: 0, line: WHITE, dot: WHITE, hole: ACCENT_BOTTOM }),
];

const PAGE = { x0: 176, y0: 48, x1: 848, y1: 976, fold: 200, edge: 22 };
function inPage(x, y, inset) {
  const x0 = PAGE.x0 + inset;
  const y0 = PAGE.y0 + inset;
  const x1 = PAGE.x1 - inset;
  const y1 = PAGE.y1 - inset;
  if (!inRoundedRect(x, y, x0, y0, x1, y1, 36 - inset / 2)) return false;
  // Cut the top-right corner along the fold.
  return x - (PAGE.x1 - PAGE.fold) <= y - PAGE.y0 + inset * 0.6;
}
/** The dog-ear: the triangle below the fold line, inside the cut corner. */
function inFold(x, y, inset) {
  const fx = PAGE.x1 - PAGE.fold;
  return x >= fx + inset && y <= PAGE.y0 + PAGE.fold - inset && x - fx <= y - PAGE.y0 - inset * 1.42;
}
const docLayers = [
  { inside: (x, y) => inPage(x, y, 0), color: () => PAGE_EDGE },
  { inside: (x, y) => inPage(x, y, PAGE.edge), color: () => WHITE },
  { inside: (x, y) => inFold(x, y, 0), color: () => PAGE_EDGE },
  { inside: (x, y) => inFold(x, y, PAGE.edge), color: () => FOLD },
  { inside: (x, y) => inRoundedRect(x, y, 256, 760, 768, 820, 30), color: (_x, y) => gradient(y) },
  { inside: (x, y) => inRoundedRect(x, y, 256, 860, 640, 904, 22), color: () => PAGE_EDGE },
  ...mark({ s: 0.62, ox: 200, oy: 190, line: ACCENT_BOTTOM, dot: ACCENT_BOTTOM, hole: WHITE }),
];

// ---- raster ----------------------------------------------------------------

function render(layers) {
  const rgba = new Uint8Array(SIZE * SIZE * 4);
  const step = 1 / SAMPLES;
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) * step;
          const y = py + (sy + 0.5) * step;
          for (let i = layers.length - 1; i >= 0; i--) {
            if (layers[i].inside(x, y)) {
              const c = layers[i].color(x, y);
              r += c[0];
              g += c[1];
              b += c[2];
              a += 1;
              break;
            }
          }
        }
      }
      const o = (py * SIZE + px) * 4;
      if (a > 0) {
        // Colour averaged over covered samples (no dark fringe), alpha = coverage.
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

/** Box-filter downscale with premultiplied alpha. */
function downscale(rgba, from, to) {
  const out = new Uint8Array(to * to * 4);
  const f = from / to;
  for (let y = 0; y < to; y++) {
    for (let x = 0; x < to; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let n = 0;
      for (let sy = Math.floor(y * f); sy < Math.floor((y + 1) * f); sy++) {
        for (let sx = Math.floor(x * f); sx < Math.floor((x + 1) * f); sx++) {
          const o = (sy * from + sx) * 4;
          const alpha = rgba[o + 3];
          r += rgba[o] * alpha;
          g += rgba[o + 1] * alpha;
          b += rgba[o + 2] * alpha;
          a += alpha;
          n += 1;
        }
      }
      const o = (y * to + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round(a / n);
      }
    }
  }
  return out;
}

// ---- file formats ----------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Windows icon with PNG-compressed entries (supported since Vista). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

/** macOS icon container with PNG entries. */
function icns(pngBySize) {
  const types = [
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
    ['ic11', 32],
    ['ic12', 64],
    ['ic13', 256],
    ['ic14', 512],
  ];
  const parts = types.map(([type, size]) => {
    const data = pngBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

// ---- SVG twins (same geometry, for scalable use) -----------------------------

function svgMark(s, ox, oy, line, dot, hole) {
  const pts = ROUTE.map(([x, y]) => [ox + x * s, oy + y * s]);
  const rgb = (c) => `rgb(${c.join(',')})`;
  const stops = [
    [pts[0], 66, 30],
    [pts[2], 58, 26],
    [pts[3], 92, 42],
  ];
  return [
    `<polyline points="${pts.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${rgb(line)}" stroke-width="${STROKE * s}" stroke-linecap="round" stroke-linejoin="round"/>`,
    ...stops.map(
      ([p, r, h]) =>
        `<circle cx="${p[0]}" cy="${p[1]}" r="${r * s}" fill="${rgb(dot)}"/><circle cx="${p[0]}" cy="${p[1]}" r="${h * s}" fill="${rgb(hole)}"/>`,
    ),
  ].join('\n  ');
}

const gradientDef = `<defs><linearGradient id="accent" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="rgb(${ACCENT_TOP.join(',')})"/><stop offset="1" stop-color="rgb(${ACCENT_BOTTOM.join(',')})"/></linearGradient></defs>`;

const appSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">
  <title>Waymark</title>
  ${gradientDef}
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#accent)"/>
  ${svgMark(1, 0, 0, WHITE, WHITE, ACCENT_BOTTOM)}
</svg>
`;

const f = PAGE.x1 - PAGE.fold;
const docSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">
  <title>Waymark journey</title>
  ${gradientDef}
  <path d="M${PAGE.x0 + 36},${PAGE.y0} H${f} L${PAGE.x1},${PAGE.y0 + PAGE.fold} V${PAGE.y1 - 36} Q${PAGE.x1},${PAGE.y1} ${PAGE.x1 - 36},${PAGE.y1} H${PAGE.x0 + 36} Q${PAGE.x0},${PAGE.y1} ${PAGE.x0},${PAGE.y1 - 36} V${PAGE.y0 + 36} Q${PAGE.x0},${PAGE.y0} ${PAGE.x0 + 36},${PAGE.y0} Z" fill="white" stroke="rgb(${PAGE_EDGE.join(',')})" stroke-width="${PAGE.edge * 2}" paint-order="stroke" stroke-linejoin="round"/>
  <path d="M${f},${PAGE.y0} V${PAGE.y0 + PAGE.fold} H${PAGE.x1} Z" fill="rgb(${FOLD.join(',')})" stroke="rgb(${PAGE_EDGE.join(',')})" stroke-width="${PAGE.edge}" stroke-linejoin="round"/>
  <rect x="256" y="760" width="512" height="60" rx="30" fill="url(#accent)"/>
  <rect x="256" y="860" width="384" height="44" rx="22" fill="rgb(${PAGE_EDGE.join(',')})"/>
  ${svgMark(0.62, 200, 190, ACCENT_BOTTOM, ACCENT_BOTTOM, WHITE)}
</svg>
`;

// ---- write -----------------------------------------------------------------

function writeSet(name, layers, svg) {
  const full = render(layers);
  const sizes = [1024, 512, 256, 128, 64, 48, 32, 24, 16];
  const pngs = new Map(sizes.map((s) => [s, png(s === SIZE ? full : downscale(full, SIZE, s), s)]));
  writeFileSync(path.join(here, `${name}.png`), pngs.get(512));
  writeFileSync(path.join(here, `${name}.svg`), svg);
  writeFileSync(
    path.join(here, `${name}.ico`),
    ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: pngs.get(size) }))),
  );
  writeFileSync(path.join(here, `${name}.icns`), icns(pngs));
  return pngs;
}

const appPngs = writeSet('icon', appLayers, appSvg);
writeSet('journey', docLayers, docSvg);
mkdirSync(path.join(here, 'png'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
  writeFileSync(path.join(here, 'png', `${size}x${size}.png`), appPngs.get(size));
}
console.log(`Icons written to ${here}`);
