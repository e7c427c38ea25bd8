import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import { sortStages } from '../../../renderer/src/domain/layout';
import { describe, expect, it } from 'vitest';
import { buildMapSvg, drawMap, planMapParts } from '../../../renderer/src/reports/svg/map';
import { drawEmotionCurve } from '../../../renderer/src/reports/svg/curve';
import { estimateWidth, wrapText } from '../../../renderer/src/reports/svg/text-wrap';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { escapeHtml, graphemes } from '../../../renderer/src/reports/escape';
import { SEED, XSS_TITLE, buildRichJourney } from './fixture';
import { xmlProblem } from './xml-check';

const { doc, stageNames, touchpointTitles } = buildRichJourney();

describe('xmlProblem (the test helper itself)', () => {
  it('accepts well-formed XML and rejects broken XML', () => {
    expect(xmlProblem('<svg a="1"><g><text>a &amp; b</text></g><rect/></svg>')).toBeNull();
    expect(xmlProblem('<svg><g></svg>')).not.toBeNull();
    expect(xmlProblem('<svg><text>a < b</text></svg>')).not.toBeNull();
    expect(xmlProblem('<svg><text>a & b</text></svg>')).not.toBeNull();
    expect(xmlProblem('<svg a="1" a="2"></svg>')).not.toBeNull();
    expect(xmlProblem('<svg></svg><svg></svg>')).not.toBeNull();
  });
});

describe('buildMapSvg', () => {
  const svg = buildMapSvg(doc);

  it('is a well-formed standalone SVG document with a size and a viewBox', () => {
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg).toMatch(/ width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('font-family="&quot;Noto Sans&quot;, &quot;Noto Sans Tamil&quot;');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<foreignObject');
  });

  it('names every stage and every touchpoint, escaped', () => {
    for (const name of stageNames) expect(svg).toContain(`<title>${escapeHtml(name)}</title>`);
    for (const title of touchpointTitles) expect(svg).toContain(`<title>${escapeHtml(title)}</title>`);
    expect(svg).toContain(escapeHtml(XSS_TITLE));
    expect(svg).not.toContain('<img');
  });

  it('draws each connection kind distinctly, with arrowheads and labels', () => {
    expect(svg.match(/marker-end="url\(#wm-arrow-main\)"/g)!.length).toBeGreaterThanOrEqual(7 + 1); // 7 main + legend
    expect(svg).toMatch(/stroke="#868e96"[^>]*stroke-dasharray="7 4"[^>]*marker-end="url\(#wm-arrow-alternative\)"/);
    expect(svg).toMatch(/stroke="#d32f2f"[^>]*stroke-dasharray="2.5 3"[^>]*marker-end="url\(#wm-arrow-failure\)"/);
    expect(svg).toMatch(
      /stroke="#2f9e44"[^>]*stroke-dasharray="10 3 2.5 3"[^>]*marker-end="url\(#wm-arrow-recovery\)"/,
    );
    for (const label of ['Asks in chat', 'Card declined', 'Agent calls back'])
      expect(svg).toContain(`>${label}</text>`);
    // The recovery goes back to an earlier stage: routed under the cards with rounded corners.
    const recovery = /<path d="([^"]+)"[^>]*marker-end="url\(#wm-arrow-recovery\)"/.exec(
      svg.split('Recovery</text>')[1]!,
    );
    expect(recovery?.[1]).toMatch(/Q/);
  });

  it('wraps long titles inside the card, never cutting a Tamil or Malayalam cluster', () => {
    for (const sentence of [SEED.tamil, SEED.malayalam, SEED.telugu, SEED.armenian]) {
      const lines = wrapText(sentence, 166, 12.5, 4);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(estimateWidth(line, 12.5)).toBeLessThanOrEqual(166);
      const clusters = new Set(graphemes(sentence));
      for (const line of lines)
        for (const g of graphemes(line.replace(/…$/, ''))) expect(clusters.has(g) || g === ' ').toBe(true);
    }
    expect(wrapText(SEED.tamil, 2000, 12.5, 4)).toEqual([SEED.tamil]);
    // Tamil text is estimated wider than Latin text of the same length.
    expect(estimateWidth('வாடிக்கையாளர்', 10)).toBeGreaterThan(estimateWidth('customerscust', 10));
  });

  it('keeps the words of a wrapped title apart in its text (read aloud, copied, searched)', () => {
    // Each <text> of several lines, its tags taken away, as a screen reader or a copy reads it.
    const wrapped = [...svg.matchAll(/<text [^>]*>((?:<tspan [^>]*>[^<]*<\/tspan> ?){2,})<\/text>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    );
    expect(wrapped.length).toBeGreaterThan(0);
    const lines = [...svg.matchAll(/<text [^>]*>((?:<tspan [^>]*>[^<]*<\/tspan> ?){2,})<\/text>/g)].map((m) =>
      [...m[1]!.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!),
    );
    lines.forEach((rows, i) => expect(wrapped[i]).toBe(rows.join(' ')));
  });

  it('splits text into the graphemes Intl.Segmenter gives, on its fast path for characters that stand alone too', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const reference = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0xa0, 0x2ff],
      [0x370, 0x482],
      [0x48a, 0x58f],
    ];
    // Every character of the fast path alone, doubled, and before each combining mark, joiner and line break
    // (which the fast path must leave to the segmenter).
    const followers = ['', 'a', '\u0301', '\u0483', '\u200d', '\ufe0f', '\r\n', '\u0b95\u0bcd'];
    for (const [from, to] of ranges)
      for (let p = from; p <= to; p++) {
        const c = String.fromCodePoint(p);
        for (const next of followers) expect(graphemes(c + next + c)).toEqual(reference(c + next + c));
      }
    for (const text of [SEED.armenian, SEED.tamil, SEED.telugu, SEED.malayalam, 'Café déjà vu', 'e\u0301', '👍🏽 ok'])
      expect(graphemes(text)).toEqual(reference(text));
  });

  it('splits a wide map into parts by stages, with stubs for connections between parts', () => {
    const parts = planMapParts(doc, 1100);
    expect(parts.flat()).toEqual([...doc.stages].sort((a, b) => a.order - b.order).map((s) => s.id));
    expect(parts.length).toBeGreaterThan(1);
    const first = drawMap(doc, {
      stageIds: parts[0],
      idPrefix: 'p1',
      standalone: false,
      fit: { width: 600, height: 900 },
    });
    expect(xmlProblem(first.svg)).toBeNull();
    expect(first.svg).not.toContain('xmlns');
    expect(first.displayWidth).toBeLessThanOrEqual(600);
    expect(first.svg).toContain('id="p1-arrow-main"');
    expect(first.svg).toMatch(/>to: [^<]+<\/text>/);
    expect(planMapParts(doc, 10_000)).toHaveLength(1);
  });

  it('keeps the whole connection legend (Failure and Recovery too) inside a narrow map part', () => {
    const labels = REPORT_LABELS.en;
    const ordered = [...doc.stages].sort((a, b) => a.order - b.order);
    // One stage per part, the last one with stubs to the stages before it: the narrowest drawing.
    for (const stage of [ordered[0]!, ordered[ordered.length - 1]!]) {
      const part = drawMap(doc, { stageIds: [stage.id], idPrefix: 'one', standalone: false });
      const viewWidth = Number(/viewBox="0 0 (\d+) \d+"/.exec(part.svg)?.[1]);
      expect(viewWidth).toBe(part.width);
      for (const kind of ['main', 'alternative', 'failure', 'recovery'] as const) {
        const name = labels.connectionKind[kind];
        const at = new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)" font-size="10" fill="#1f2328">${name}</text>`).exec(
          part.svg,
        );
        expect(at, `${name} in the legend`).not.toBeNull();
        expect(Number(at![1]) + estimateWidth(name, 10), name).toBeLessThanOrEqual(part.width);
        // Its line starts inside the drawing too.
        expect(part.svg).toContain(`marker-end="url(#one-arrow-${kind})"`);
      }
      // The cards start below every legend row.
      const firstCardY = Number(/<g><title>[^<]*<\/title><rect x="[\d.]+" y="([\d.]+)"/.exec(part.svg)?.[1]);
      const legendBottom = Math.max(
        ...Object.values(labels.connectionKind).map((name) =>
          Number(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)"[^>]*>${name}</text>`).exec(part.svg)?.[1]),
        ),
      );
      expect(firstCardY).toBeGreaterThan(legendBottom);
    }
  });

  it('is deterministic and copes with an empty journey', () => {
    expect(buildMapSvg(doc)).toBe(svg);
    const empty = { ...doc, stages: [], touchpoints: [], connections: [] };
    const out = buildMapSvg(empty);
    expect(xmlProblem(out)).toBeNull();
    expect(out).toContain(REPORT_LABELS.en.map.noStages);
  });
});

describe('drawEmotionCurve', () => {
  it('plots the main path with one line for the journey and one per persona with emotions', () => {
    const curve = drawEmotionCurve(doc, { labels: REPORT_LABELS.en, brandColour: '#0b7285', width: 680 });
    expect(xmlProblem(curve.svg)).toBeNull();
    expect(curve.points).toHaveLength(10);
    expect(curve.series.map((s) => s.name)).toEqual(['Journey', 'Priya Raman']);
    expect(curve.svg).toContain('stroke="#0b7285"');
    expect(curve.svg).toContain('stroke="#e64980"');
    for (const label of ['Delighted', 'Neutral', 'Angry']) expect(curve.svg).toContain(label);
    expect(curve.svg).toContain('>\u22122</text>');
  });

  it('gives a stage with a single point a band wide enough for its whole name', () => {
    const order = buildOnlineOrderTemplate(1000);
    const curve = drawEmotionCurve(order, { labels: REPORT_LABELS.en, brandColour: '#0b7285', width: 640 });
    const bands = [...curve.svg.matchAll(/<title>([^<]+)<\/title>([^<]+)<\/text>/g)].map((m) => [m[1], m[2]]);
    const names = sortStages(order.stages).map((s) => s.name);
    expect(bands.filter(([full]) => names.includes(full!))).toEqual(names.map((name) => [name, name]));
    // Points still run left to right, one slot each.
    const xs = [...curve.svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});
