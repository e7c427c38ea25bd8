/**
 * A map part too tall for a page is not shrunk until it cannot be read: it is
 * drawn at the width's scale and cut into page-high bands, between cards,
 * each band after the first under its stage headers again.
 */
import { describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { PX_PER_MM, pageGeometry } from '../../../renderer/src/reports/page';
import { bandCuts, drawMap, drawMapForPages } from '../../../renderer/src/reports/svg/map';
import { journey } from '../../fixtures/journey-builder';
import { SEED, reportOptions } from './fixture';

/** One stage of `count` touchpoints, titled "Step 1"… (every fifth in Malayalam), chained; and a short second stage. */
function tallJourney(count: number) {
  const b = journey('Tall');
  const long = b.stage('Research');
  const short = b.stage('Buy');
  const steps = Array.from({ length: count }, (_, i) =>
    b.touchpoint(long, {
      title: i % 5 === 4 ? `${SEED.malayalam.slice(0, 40)} ${i + 1}` : `Step ${i + 1}`,
      emotion: 1,
    }),
  );
  const buy = b.touchpoint(short, { title: 'Pays' });
  b.chain(...steps, buy);
  return b.build();
}

const svgsOf = (html: string) => [...html.matchAll(/<svg class="journey-map"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
const sizeOf = (svg: string) => {
  const m = /width="(\d+)" height="(\d+)" viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!;
  return { width: Number(m[1]), height: Number(m[2]), viewWidth: Number(m[5]), viewHeight: Number(m[6]) };
};

describe('bandCuts', () => {
  // Two columns whose cards sit at different heights, as real columns do.
  const cards = Array.from({ length: 40 }, (_, i) => ({
    x: i % 2 === 0 ? 0 : 300,
    y: 100 + Math.floor(i / 2) * 110 + (i % 2 === 0 ? 0 : 45),
    width: 240,
    height: 70 + (i % 3) * 10,
  }));
  const height = 100 + 20 * 110 + 200;

  it('puts every card in exactly one band, whole, with each band inside its room', () => {
    const bands = bandCuts(cards, height, 900, 820);
    expect(bands.length).toBeGreaterThan(2);
    for (const card of cards) {
      const holders = bands.filter((b) => card.y >= b.top && card.y < b.end);
      expect(holders).toHaveLength(1);
      expect(card.y + card.height).toBeLessThanOrEqual(holders[0]!.bottom);
    }
    expect(bands[0]!.top).toBe(0);
    expect(bands[0]!.bottom).toBeLessThanOrEqual(900);
    for (const [i, band] of bands.entries()) {
      if (i > 0) {
        expect(band.top).toBe(bands[i - 1]!.end);
        expect(band.bottom - band.top).toBeLessThanOrEqual(820);
        expect(band.repeatHeader).toBe(true);
      }
    }
    expect(bands.at(-1)!.bottom).toBe(height);
  });

  it('cuts the room left under the last card into page-high bands, not 1 px slivers', () => {
    // The cards end near 2,400 px; lines looping back leave 7,000 px of drawing under them.
    const tall = 10_000;
    const bands = bandCuts(cards, tall, 900, 820);
    const lastCard = Math.max(...cards.map((c) => c.y + c.height));
    // Old code: one band per pixel below the cards, about 7,000 of them (a 3,000-touchpoint report was 200 MB).
    expect(bands.length).toBeLessThanOrEqual(Math.ceil(tall / 820) + 2);
    for (const [i, band] of bands.entries()) {
      if (i > 0) expect(band.top).toBe(bands[i - 1]!.end);
      if (band.top >= lastCard && i < bands.length - 1) expect(band.end - band.top).toBe(820);
    }
    expect(bands.at(-1)!.bottom).toBe(tall);
  });

  it('gives one band when everything fits', () => {
    expect(bandCuts(cards, height, height, 100)).toEqual([
      { top: 0, end: Infinity, bottom: height, repeatHeader: false },
    ]);
  });
});

describe('drawMapForPages', () => {
  const doc = tallJourney(60);
  const page = pageGeometry('A4', 'portrait');
  const fit = { width: page.contentWidth * PX_PER_MM, height: 220 * PX_PER_MM };

  it('cuts a tall stage into legible page-high bands holding every card once', () => {
    const drawings = drawMapForPages(doc, { standalone: false, idPrefix: 'm', fit, minScale: 0.62 });
    expect(drawings.length).toBeGreaterThan(2);
    for (const d of drawings) {
      expect(d.displayWidth / d.width).toBeGreaterThanOrEqual(0.62);
      expect(d.displayHeight).toBeLessThanOrEqual(fit.height);
      const size = sizeOf(d.svg);
      expect(size.viewHeight).toBe(d.height);
    }
    for (let i = 1; i <= 60; i++) {
      if (i % 5 === 0) continue;
      const holders = drawings.filter((d) => d.svg.includes(`>Step ${i}<`));
      expect(holders, `Step ${i}`).toHaveLength(1);
    }
    // Each band after the first names its stages again, and has its own arrow markers.
    for (const d of drawings.slice(1)) {
      expect(d.svg).toContain('>Research</tspan>');
      expect(d.svg).toContain('>Buy</tspan>');
    }
    const markerIds = drawings.map((d) => /id="([^"]+)-arrow-main"/.exec(d.svg)?.[1]);
    expect(new Set(markerIds).size).toBe(drawings.length);
    // A band's view leaves out the legend of the first.
    expect(drawings[0]!.svg).toContain('>Connections</text>');
    expect(drawings[1]!.svg).not.toContain('>Connections</text>');
  });

  it('writes the name of a lane again at the top of a band that starts inside the lane', () => {
    const b = journey('Tall blueprint');
    const stage = b.stage('Research');
    const customer = b.lane('Shopper', 'customer');
    const backstage = b.lane('Backstage', 'backstage');
    for (let i = 0; i < 50; i++) b.touchpoint(stage, { title: `Step ${i + 1}`, laneId: customer.id });
    b.touchpoint(stage, { title: 'Checks stock', laneId: backstage.id });
    const drawings = drawMapForPages(b.build(), { standalone: false, fit, minScale: 0.62 });
    expect(drawings.length).toBeGreaterThan(2);
    expect(drawings[1]!.svg).toContain('>Shopper</tspan>');
    expect(drawings[1]!.svg).not.toContain('>Backstage</tspan>');
  });

  it('ends a part whose lines loop back under its cards after a few bands, each holding a card or a page of lines', () => {
    // Touchpoints dealt in turn to two stages and chained, as a long journey goes back and forth:
    // the lines from the second stage back to the first are routed under the cards.
    const b = journey('Back and forth');
    const stages = ['Discover', 'Choose'].map((name) => b.stage(name));
    const steps = Array.from({ length: 160 }, (_, i) =>
      b.touchpoint(stages[i % stages.length]!, { title: i % 5 === 4 ? `${SEED.tamil} ${i + 1}` : `Step ${i + 1}` }),
    );
    b.chain(...steps);
    const doc = b.build();
    const drawings = drawMapForPages(doc, { standalone: false, fit, minScale: 0.62 });
    const scale = drawings[0]!.displayWidth / drawings[0]!.width;
    const pages = Math.ceil((drawMap(doc, { standalone: false }).height * scale) / fit.height);
    // Old code: a band per pixel of the lines under the last card (393 drawings, most 71 px high, for 11 pages).
    expect(drawings.length).toBeLessThanOrEqual(pages + 2);
    // Only the band that takes the last cards, and the very last, may be short.
    expect(drawings.filter((d) => d.displayHeight < fit.height / 2).length).toBeLessThanOrEqual(2);
    for (let i = 1; i <= 160; i++) {
      if (i % 5 === 0) continue;
      expect(
        drawings.filter((d) => d.svg.includes(`>Step ${i}<`)),
        `Step ${i}`,
      ).toHaveLength(1);
    }
  });

  it('keeps a map that fits at a legible scale in one drawing', () => {
    const drawings = drawMapForPages(tallJourney(4), { standalone: false, fit, minScale: 0.62 });
    expect(drawings).toHaveLength(1);
  });
});

describe('the report', () => {
  it('prints a tall stage across pages at a legible scale, captioned as continued', () => {
    const html = buildReportHtml(tallJourney(60), reportOptions(), { fonts: [], personaPhotos: {} });
    const svgs = svgsOf(html);
    expect(svgs.length).toBeGreaterThan(2);
    for (const svg of svgs) {
      const { width, viewWidth } = sizeOf(svg);
      expect(width / viewWidth).toBeGreaterThanOrEqual(0.62);
    }
    expect(html.match(/<figcaption>[^<]*\(continued\)<\/figcaption>/g)?.length).toBe(svgs.length - 1);
  });
});
