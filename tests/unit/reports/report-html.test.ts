import { describe, expect, it } from 'vitest';
import { buildReportHtml, includedSections } from '../../../renderer/src/reports/html';
import { emptySections, printedSections } from '../../../renderer/src/reports/empty-sections';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { REPORT_FONT_FILES, fontFaceCss } from '../../../renderer/src/reports/fonts';
import { computeReportSummary } from '../../../renderer/src/reports/summary';
import { computeInsights, mainPath, npsFromCounts } from '../../../renderer/src/domain/insights';
import { reportCurve } from '../../../renderer/src/reports/curve-lines';
import { allSections, REPORT_SECTION_IDS, type ReportAssets } from '../../../renderer/src/reports/types';
import {
  PNG_BASE64,
  PHOTO_BLOB_OF,
  REMINDER_DESCRIPTION,
  SEED,
  SEED_PARAGRAPH,
  XSS_TITLE,
  buildRichJourney,
  reportOptions,
} from './fixture';
import { loadReportFontsNode } from './load-fonts';

const { doc, stageNames, touchpointTitles } = buildRichJourney();
const noFonts: ReportAssets = {
  fonts: [],
  personaPhotos: { [PHOTO_BLOB_OF(doc)]: { type: 'image/png', dataBase64: PNG_BASE64 } },
};

function escaped(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Names of every attribute of every tag (values are always double-quoted in our output). */
function attributeNames(markup: string): string[] {
  const names: string[] = [];
  for (const tag of markup.matchAll(/<[a-zA-Z][\w:-]*((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
    for (const attr of (tag[1] ?? '').matchAll(/\s([\w:-]+)="/g)) names.push(attr[1]!.toLowerCase());
  }
  return names;
}

/** Everything that is not inside a data: URL. */
/** The HTML without its data URLs: base64 ones, and the icons' SVG ones once checked to load and run nothing. */
function withoutDataUrls(html: string): string {
  return html
    .replace(/data:[a-z0-9+./-]+;base64,[A-Za-z0-9+/=]+/gi, 'data:')
    .replace(/data:image\/svg\+xml,([^"]*)/g, (_, text: string) => {
      const svg = decodeURIComponent(text);
      expect(svg).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' /);
      expect(svg).not.toMatch(/href|url\(|<script|<image|<foreignObject|\son[a-z]+=/i);
      return 'data:';
    });
}

describe('buildReportHtml', () => {
  const html = buildReportHtml(doc, reportOptions(), noFonts);

  it('is one self-contained document: no script, no remote URL, only data: images and in-page links', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.toLowerCase()).not.toContain('<script');
    expect(attributeNames(html).filter((n) => n.startsWith('on'))).toEqual([]);
    const rest = withoutDataUrls(html);
    expect(rest).not.toMatch(/https?:/i);
    expect(rest).not.toContain('//');
    for (const m of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(m[1]).toMatch(/^(data:|#sec-)/);
    for (const m of html.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^(data:|#)/);
  });

  it('escapes user text: a title with markup prints as text', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(escaped(XSS_TITLE));
    expect(html).toContain(`<title>${escaped(XSS_TITLE)}</title>`);
    const evil = buildRichJourney('"><svg onload=alert(1)>');
    const out = buildReportHtml(evil.doc, reportOptions(), noFonts);
    expect(out).not.toContain('<svg onload');
    expect(out).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });

  it('keeps the running title safe inside CSS', () => {
    const evil = buildRichJourney('</style><script>alert(1)</script>"; } body { display:none');
    const out = buildReportHtml(evil.doc, reportOptions(), noFonts);
    expect(out.toLowerCase()).not.toContain('<script');
    const css = out.slice(out.indexOf('<style>'), out.indexOf('</style>'));
    expect(css).not.toContain('display:none');
    expect(css).toMatch(/@bottom-left \{ content: "\\00003c\\00002fstyle/);
  });

  it('validates colours and images from the document and the options', () => {
    const bad = buildRichJourney();
    bad.doc.stages[0]!.colour = 'red;background:url(http://evil.example/x)';
    bad.doc.personas[0]!.colour = '#12345"/><script>';
    const out = buildReportHtml(
      bad.doc,
      reportOptions({ brandColour: 'url(javascript:alert(1))', logo: { type: 'text/html', dataBase64: 'PGgxPg==' } }),
      { fonts: [], personaPhotos: { [PHOTO_BLOB_OF(bad.doc)]: { type: 'image/png', dataBase64: 'not base64!' } } },
    );
    expect(out).not.toContain('evil.example');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('text/html');
    expect(out).not.toContain('not base64');
    expect(out.toLowerCase()).not.toContain('<script');
    expect(out).toContain('#4c6ef5'); // default accent instead of the bad brand colour
  });

  it('embeds the logo (SVG only as an <img> data URL) and persona photos', () => {
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="">/);
    expect(html).toContain(`data:image/png;base64,${PNG_BASE64}`);
    expect(html).not.toContain('<svg xmlns="http://www.w3.org/2000/svg" width="120"');
  });

  it('prints the journey title, stage names, touchpoint titles and seed-script text', () => {
    for (const name of stageNames) expect(html).toContain(escaped(name));
    for (const title of touchpointTitles) expect(html).toContain(escaped(title));
    for (const sentence of Object.values(SEED)) expect(html).toContain(escaped(sentence));
    expect(html).toContain('Acme Mutual &amp; Partners');
    expect(html).toContain('24 November 2025');
  });

  it('prints each touchpoint description under its title in the stage-by-stage table, with its owner and quotes', () => {
    const stages = html.slice(
      html.indexOf('id="sec-stages"'),
      html.indexOf('</section>', html.indexOf('id="sec-stages"')),
    );
    expect(stages).toContain(
      `<div class="tp-title">Receives the renewal reminder</div><p class="tp-description">${escaped(REMINDER_DESCRIPTION)}</p>`,
    );
    expect(stages).toContain(
      `<div class="tp-title">${escaped(SEED.tamil)}</div><p class="tp-description">${escaped(SEED_PARAGRAPH.tamil)}</p>`,
    );
    expect(stages).toContain(
      `<div class="tp-title">${escaped(SEED.armenian)}</div><p class="tp-description">${escaped(SEED_PARAGRAPH.armenian)}</p>`,
    );
    expect(stages).toContain('Email · Owner: CRM team');
    expect(stages).toContain('<p class="tp-quote">“I almost deleted it as spam.”</p>');
  });

  it('prints every persona list, challenges included, and whether the persona spends or sends others', () => {
    const personas = html.slice(
      html.indexOf('id="sec-personas"'),
      html.indexOf('</section>', html.indexOf('id="sec-personas"')),
    );
    expect(personas).toContain('<p class="persona-list-title">Challenges</p><ul><li>Little spare time</li></ul>');
    expect(personas).toContain('<span class="flag">Spends with the business</span>');
  });

  it('prints computed numbers: NPS from counts, metrics, hot spots, the low point', () => {
    expect(npsFromCounts({ promoters: 50, passives: 30, detractors: 20 })).toBe(30);
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
    expect(html).toContain('<b class="num">+30</b>');
    expect(html).toContain('12,000');
    expect(html).toContain('22.5%');
    const summary = computeReportSummary(doc);
    expect(summary.counts).toEqual({ stages: 6, touchpoints: 10, painPoints: 5, opportunities: 5, personas: 2 });
    expect(summary.lowPoint?.touchpoint.title).toBe('Card payment fails');
    // One ranking: the insights panel's (domain/insights), summary lists filtered from it in its order.
    const ranking = computeInsights(doc).hotSpots.map((h) => h.touchpointId);
    expect(summary.hotSpots.map((h) => h.touchpoint.id)).toEqual(ranking);
    const inRanking = (ids: string[]) => ids.map((id) => ranking.indexOf(id as never));
    const frictionRanks = inRanking(summary.frictionHotSpots.map((h) => h.touchpoint.id));
    const painRanks = inRanking(summary.painHotSpots.map((h) => h.touchpoint.id));
    expect(frictionRanks).toEqual([...frictionRanks].sort((a, b) => a - b));
    expect(painRanks).toEqual([...painRanks].sort((a, b) => a - b));
    const top = [
      'Calls to ask about the loyalty discount',
      'Compares the new price with other insurers',
      'Card payment fails',
    ];
    expect(summary.frictionHotSpots.map((h) => h.touchpoint.title)).toEqual(top);
    expect(summary.painHotSpots.map((h) => h.touchpoint.title)).toEqual(top);
  });

  it('the hot spots section is one table in the insights panel’s ranking', () => {
    const section = html.slice(html.indexOf('id="sec-hotspots"'));
    const table = section.slice(0, section.indexOf('</table>'));
    const titles = [...table.matchAll(/<td class="tp-title">(.*?)<\/td>/g)].map((m) => m[1]);
    const expected = computeInsights(doc).hotSpots.map((h) => escaped(h.title));
    expect(expected.length).toBeGreaterThan(3);
    expect(titles).toEqual(expected);
  });

  it('draws the emotion curve along the domain main path, branches and the failure touchpoint included', () => {
    const slots = reportCurve(doc).slots;
    expect(slots.map((p) => p.touchpointId)).toEqual(mainPath(doc).map((t) => t.id));
    expect(slots.map((p) => p.title)).toEqual([
      'Receives the renewal reminder',
      SEED.tamil,
      'Compares the new price with other insurers',
      SEED.telugu,
      'Calls to ask about the loyalty discount',
      SEED.malayalam,
      'Pays online',
      'Card payment fails',
      SEED.armenian,
      'Gets the loyalty thank-you gift',
    ]);
    const key = /<ol class="curve-key">(.*?)<\/ol>/s.exec(html)?.[1] ?? '';
    const items = [...key.matchAll(/<li><b>(\d+)<\/b><span>(.*?) <span class="muted">/g)];
    expect(items.map((m) => Number(m[1]))).toEqual(slots.map((_, i) => i + 1));
    expect(items.map((m) => m[2])).toEqual(slots.map((p) => escaped(p.title)));
  });

  it('switches sections on and off', () => {
    const only = buildReportHtml(
      doc,
      reportOptions({ sections: { ...allSections(false), summary: true, notes: true } }),
      noFonts,
    );
    expect(only).toContain('id="sec-summary"');
    expect(only).toContain('id="sec-notes"');
    for (const id of REPORT_SECTION_IDS.filter((s) => s !== 'summary' && s !== 'notes')) {
      expect(only).not.toContain(`id="sec-${id}"`);
    }
    expect(only).not.toContain('class="cover"');
    expect(includedSections({ sections: allSections() })).toEqual([...REPORT_SECTION_IDS]);
    // The contents list links every printed section after the cover and itself
    // (the workshop section prints only for journeys with workshop results).
    for (const id of REPORT_SECTION_IDS.filter((s) => s !== 'cover' && s !== 'toc' && s !== 'workshop'))
      expect(html).toContain(`href="#sec-${id}"`);
  });

  it('leaves out sections with nothing in them, from the body and the contents', () => {
    expect(emptySections(doc)).toEqual(['workshop']);
    const bare = {
      ...doc,
      personas: [],
      notes: [],
      touchpoints: doc.touchpoints.map((t) => ({
        ...t,
        opportunities: [],
        painPoints: [],
        friction: { score: 0, types: [] },
        emotion: null,
        personaEmotions: {},
        metrics: { ...t.metrics, csat: null, ces: null, nps: null, dropOff: null, volume: null },
      })),
    };
    const empty = ['personas', 'curve', 'hotspots', 'opportunities', 'matrix', 'metrics', 'notes', 'workshop'] as const;
    expect(emptySections(bare)).toEqual(empty);
    expect(printedSections(bare, { sections: allSections() })).toEqual(['cover', 'toc', 'summary', 'map', 'stages']);
    const out = buildReportHtml(bare, reportOptions(), noFonts);
    for (const id of empty) {
      expect(out).not.toContain(`id="sec-${id}"`);
      expect(out).not.toContain(`href="#sec-${id}"`);
    }
    for (const sentence of [
      REPORT_LABELS.en.persona.noPersonas,
      REPORT_LABELS.en.noOpportunities,
      REPORT_LABELS.en.noMetrics,
      REPORT_LABELS.en.noNotes,
      REPORT_LABELS.en.noHotSpots,
    ])
      expect(out).not.toContain(sentence);
    expect(emptySections({ ...bare, stages: [], touchpoints: [], connections: [] })).toContain('map');
  });

  it('prints its words from the labels dictionary', () => {
    const labels = REPORT_LABELS.en;
    for (const id of REPORT_SECTION_IDS.filter((s) => s !== 'cover' && s !== 'workshop'))
      expect(html).toContain(`<h2>${labels.sections[id]}</h2>`);
    expect(html).toContain(labels.connectionKind.failure);
    expect(html).toContain(labels.opportunityStatus['in progress']);
    expect(html).toContain(labels.emotion['-3']);
  });

  it('uses the page size, orientation and brand colour', () => {
    expect(html).toContain('size: 210mm 297mm;');
    const letter = buildReportHtml(doc, reportOptions({ pageSize: 'Letter', orientation: 'landscape' }), noFonts);
    expect(letter).toContain('size: 279.4mm 215.9mm;');
    expect(html).toContain('background:#0b7285');
  });

  it('is deterministic', () => {
    expect(buildReportHtml(doc, reportOptions(), noFonts)).toBe(html);
    const fonts = loadReportFontsNode().slice(0, 2);
    const a = buildReportHtml(doc, reportOptions(), { ...noFonts, fonts });
    expect(buildReportHtml(doc, reportOptions(), { ...noFonts, fonts })).toBe(a);
  });
});

describe('report fonts', () => {
  it('lists 400 and 700 of all 20 subsets of the five Noto packages, each file present', () => {
    expect(REPORT_FONT_FILES).toHaveLength(40);
    const families = new Set(REPORT_FONT_FILES.map((f) => f.family));
    expect([...families]).toEqual([
      'Noto Sans',
      'Noto Sans Tamil',
      'Noto Sans Telugu',
      'Noto Sans Malayalam',
      'Noto Sans Armenian',
    ]);
    const fonts = loadReportFontsNode();
    expect(fonts).toHaveLength(40);
    for (const f of fonts) expect(f.woff2Base64.length).toBeGreaterThan(1000);
    const tamil = REPORT_FONT_FILES.find((f) => f.file === 'noto-sans-tamil-tamil-700-normal.woff2');
    expect(tamil?.unicodeRange).toContain('U+0B82-0BFA');
  });

  it('writes @font-face rules with data URLs and drops malformed entries', () => {
    const css = fontFaceCss([
      { family: 'Noto Sans', weight: 400, style: 'normal', unicodeRange: 'U+0000-00FF', woff2Base64: 'AAAA' },
      { family: 'Bad"; } body {', weight: 400, style: 'normal', woff2Base64: 'AAAA' },
      { family: 'Noto Sans', weight: 400, style: 'normal', unicodeRange: 'U+0000; x', woff2Base64: 'AAAA' },
      { family: 'Noto Sans', weight: 400, style: 'normal', woff2Base64: 'AA)A' },
    ]);
    expect(css.match(/@font-face/g)).toHaveLength(1);
    expect(css).toContain('src:url(data:font/woff2;base64,AAAA) format("woff2");unicode-range:U+0000-00FF;');
  });
});
