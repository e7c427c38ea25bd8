import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { newOpportunity } from '../../../renderer/src/domain/factories';
import { emotionCurve } from '../../../renderer/src/domain/insights';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildDeck, type DeckOptions } from '../../../renderer/src/exports/pptx/deck';
import { colourDistance } from '../../../renderer/src/domain/line-colours';
import { fill } from '../../../renderer/src/reports/insight-text';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { computeReportSummary } from '../../../renderer/src/reports/summary';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE, SEED_TITLE } from '../../fixtures/seed-text';
import { PNG_BASE64 } from '../reports/fixture';

const DATE = new Date(Date.UTC(2026, 10, 28));

function options(overrides: Partial<DeckOptions> = {}): DeckOptions {
  return { layout: '16:9', brandColour: '#0b7285', logo: null, date: DATE, ...overrides };
}

type Parts = Record<string, Uint8Array>;

async function deck(doc: JourneyDocument, overrides: Partial<DeckOptions> = {}): Promise<Parts> {
  const bytes = await buildDeck(doc, options(overrides));
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  return unzipSync(bytes);
}

/** The deck's one chart (pptxgenjs numbers charts across decks, so the name varies). */
function chartXml(parts: Parts): string {
  const names = Object.keys(parts).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  expect(names).toHaveLength(1);
  return text(parts, names[0]!);
}

function text(parts: Parts, name: string): string {
  const part = parts[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The names of the slide parts in slide order. */
function slideNames(parts: Parts): string[] {
  return Object.keys(parts)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
}

/** The slide parts in slide order. */
function slides(parts: Parts): string[] {
  return slideNames(parts).map((n) => text(parts, n));
}

/** The slide layout part a slide is built on, as its relationships name it. */
function layoutOf(parts: Parts, slideName: string): string {
  const rels = text(parts, slideName.replace(/^ppt\/slides\/(.*)$/, 'ppt/slides/_rels/$1.rels'));
  const target = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)?.[1];
  if (!target) throw new Error(`${slideName} names no slide layout`);
  return `ppt/slideLayouts/${target}`;
}

/** Every paragraph's text (its runs joined) on a slide. */
function paragraphs(slideXml: string): string[] {
  return [...slideXml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    decode([...p[1]!.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => t[1]).join('')),
  );
}

/** Every run: its text, font and size. */
function runs(slideXml: string): { text: string; font: string | null; lang: string | null; size: number | null }[] {
  return [...slideXml.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map((r) => ({
    text: decode(/<a:t>([\s\S]*?)<\/a:t>/.exec(r[1]!)?.[1] ?? ''),
    font: /<a:latin typeface="([^"]*)"/.exec(r[1]!)?.[1] ?? null,
    lang: /<a:rPr [^>]*\blang="([^"]*)"/.exec(r[1]!)?.[1] ?? null,
    size: Number(/ sz="(\d+)"/.exec(r[1]!)?.[1] ?? NaN) || null,
  }));
}

/** A title placeholder of a slide or layout: a shape whose `<p:ph>` is of type `title` or `ctrTitle`. */
interface TitlePlaceholder {
  type: string;
  idx: string | null;
  /** Its paragraphs, one a line. */
  text: string;
  /** Its `<a:xfrm>` (position and size), as written. */
  box: string;
  runs: ReturnType<typeof runs>;
}

function titlePlaceholders(xml: string): TitlePlaceholder[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap((m) => {
    const sp = m[1]!;
    const ph = /<p:nvPr>\s*<p:ph\b([^>]*)>/.exec(sp)?.[1] ?? '';
    const type = /\btype="([^"]*)"/.exec(ph)?.[1] ?? '';
    if (type !== 'title' && type !== 'ctrTitle') return [];
    return [
      {
        type,
        idx: /\bidx="([^"]*)"/.exec(ph)?.[1] ?? null,
        text: paragraphs(sp).join('\n'),
        box: /<a:xfrm\b[\s\S]*?<\/a:xfrm>/.exec(sp)?.[0] ?? '',
        runs: runs(sp),
      },
    ];
  });
}

const STAGES = {
  latin: 'Discover',
  tamil: SEED_PHRASE.tamil,
  telugu: SEED_PHRASE.telugu,
  malayalam: SEED_PHRASE.malayalam,
  armenian: SEED_PHRASE.armenian,
} as const;

const TITLES = {
  latin: 'Receives the renewal reminder',
  tamil: SEED_TITLE.tamil,
  telugu: SEED_TITLE.telugu,
  malayalam: SEED_TITLE.malayalam,
  armenian: SEED_TITLE.armenian,
} as const;

const FONTS = {
  latin: 'Noto Sans',
  tamil: 'Noto Sans Tamil',
  telugu: 'Noto Sans Telugu',
  malayalam: 'Noto Sans Malayalam',
  armenian: 'Noto Sans Armenian',
} as const;

const SCRIPT_RANGES: Record<keyof typeof FONTS, RegExp> = {
  latin: /[A-Za-z]/,
  tamil: /[\u0B80-\u0BFF]/,
  telugu: /[\u0C00-\u0C7F]/,
  malayalam: /[\u0D00-\u0D7F]/,
  armenian: /[\u0530-\u058F]/,
};

/** A journey with one stage per script, each with a touchpoint titled in that script, on one main path. */
function fiveScripts(withPersonas: boolean) {
  const b = journey({ title: 'Renewal', client: 'Acme & Partners <Ltd>' });
  const priya = withPersonas ? b.persona('Priya Raman', true, { colour: '#e8590c' }) : null;
  const arman = withPersonas ? b.persona(SEED_PHRASE.armenian, true, { colour: '#1971c2' }) : null;
  const emotions = [1, -2, 0, null, 3] as const;
  const touchpoints = (Object.keys(STAGES) as (keyof typeof STAGES)[]).map((script, i) => {
    const stage = b.stage(STAGES[script]);
    const personaEmotions: Record<string, number> = {};
    if (priya && i !== 2) personaEmotions[priya.id] = i - 2;
    if (arman) personaEmotions[arman.id] = 2 - i;
    return b.touchpoint(stage, {
      title: TITLES[script],
      emotion: emotions[i] ?? null,
      personaEmotions,
      thoughts: `${SEED_PHRASE.malayalam} thoughts ${i}`,
      friction: { score: 3, types: ['waiting'] },
      pains: [3],
      opportunities: [newOpportunity(`Idea in ${STAGES[script]}`)],
    });
  });
  b.chain(...touchpoints);
  return { doc: b.build(), touchpoints, priya, arman };
}

// Each test builds whole decks; on a shared machine that can take more than the default 5 s.
describe('buildDeck: the PowerPoint export', { timeout: 30_000 }, () => {
  it('puts every stage name and touchpoint title, in all five scripts, on the slides as text', async () => {
    const { doc } = fiveScripts(true);
    const all = slides(await deck(doc)).flatMap(paragraphs);
    for (const script of Object.keys(STAGES) as (keyof typeof STAGES)[]) {
      expect(all, `stage in ${script}`).toContain(STAGES[script]);
      expect(all, `touchpoint in ${script}`).toContain(TITLES[script]);
    }
  });

  it('has a title slide, the personas, the map, the curve, one slide per stage, hot spots, the opportunity ranking and metrics', async () => {
    const { doc } = fiveScripts(true);
    doc.touchpoints[0]!.metrics.dropOff = 12.5;
    const headings = slides(await deck(doc)).map((s) => paragraphs(s).find((p) => p.trim() !== '') ?? '');
    expect(headings[0]).toBe('Customer journey report');
    expect(headings.slice(1)).toEqual([
      'Personas',
      'Journey map',
      'Emotion curve',
      ...Object.values(STAGES),
      'Hot spots',
      'Opportunity ranking',
      'Metrics',
    ]);
  });

  it('gives every slide one title placeholder holding its heading, defined by its layout, in all five scripts', async () => {
    const languages = { en: 'latin', ta: 'tamil', te: 'telugu', ml: 'malayalam', hy: 'armenian' } as const;
    for (const [i, [language, script]] of Object.entries(languages).entries()) {
      const { doc } = fiveScripts(true);
      doc.journey.title = script === 'latin' ? 'Renewal' : `${SEED_PHRASE[script]} 2026`;
      doc.touchpoints[0]!.metrics.dropOff = 12.5;
      const parts = await deck(doc, {
        language: language as keyof typeof languages,
        layout: i % 2 === 0 ? '16:9' : '4:3',
        logo: i % 2 === 0 ? { type: 'image/png', dataBase64: PNG_BASE64 } : null,
      });
      const labels = REPORT_LABELS[language as keyof typeof languages];
      const headings = slideNames(parts).map((name) => {
        const where = `${language}: ${name}`;
        const titles = titlePlaceholders(text(parts, name));
        expect(titles, where).toHaveLength(1);
        const title = titles[0]!;
        // Every run of the heading keeps the Noto family of its script.
        for (const run of title.runs) {
          const own = (['tamil', 'telugu', 'malayalam', 'armenian'] as const).find((s) =>
            SCRIPT_RANGES[s].test(run.text),
          );
          expect(run.font, `${where}: ${run.text}`).toBe(FONTS[own ?? 'latin']);
        }
        // The slide's layout defines the same placeholder, in the same place.
        const defined = titlePlaceholders(text(parts, layoutOf(parts, name)));
        expect(defined, where).toHaveLength(1);
        expect({ type: defined[0]!.type, idx: defined[0]!.idx, box: defined[0]!.box }, where).toEqual({
          type: title.type,
          idx: title.idx,
          box: title.box,
        });
        return title.text;
      });
      // A heading over several slides says "2 of 3" after two spaces on each (the narrow slides need some).
      const groups: string[][] = [];
      for (const heading of headings) {
        const last = groups[groups.length - 1];
        if (last && heading.split('  ')[0] === last[0]!.split('  ')[0]) last.push(heading);
        else groups.push([heading]);
      }
      for (const group of groups.filter((g) => g.length > 1)) {
        const base = group[0]!.split('  ')[0]!;
        expect(group).toEqual(
          group.map((_, p) => `${base}  ${fill(labels.deck.pageOf, { page: p + 1, pages: group.length })}`),
        );
      }
      expect(
        groups.map((g) => g[0]!.split('  ')[0]),
        language,
      ).toEqual([
        doc.journey.title,
        labels.sections.personas,
        labels.sections.map,
        labels.sections.curve,
        ...Object.values(STAGES),
        labels.sections.hotspots,
        labels.deck.ranking,
        labels.sections.metrics,
      ]);
    }
  });

  it('draws the emotion curve as a native line chart: the journey’s emotion, then one series per persona', async () => {
    const { doc, priya, arman } = fiveScripts(true);
    const parts = await deck(doc);
    const chart = chartXml(parts);
    expect(chart).toContain('<c:lineChart>');
    const series = [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
      const name = decode(/<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(m[1]!)![1]!);
      const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(m[1]!)![1]!;
      const values = [...val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((p) =>
        p[2] === '' ? null : Number(p[2]),
      );
      return { name, values };
    });
    // As the report, the viewer and the map draw it: a persona who rated some touchpoints does not hide
    // the journey's own line.
    const expected = [
      { name: 'Journey', values: emotionCurve(doc).map((pt) => pt.emotion) },
      ...[priya!, arman!].map((p) => ({
        name: p.name,
        values: emotionCurve(doc, p.id).map((pt) => pt.emotion),
      })),
    ];
    expect(series).toEqual(expected);
    expect(expected[0]!.values).toEqual([1, -2, 0, null, 3]);
    expect(expected[1]!.values).toEqual([-2, -1, null, 1, 2]);
    // The chart is editable: its data travels in an embedded workbook.
    expect(Object.keys(parts).some((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toBe(true);
  });

  it('leaves the journey’s line out only when no touchpoint has an emotion and a persona’s has', async () => {
    const { doc, priya, arman } = fiveScripts(true);
    for (const t of doc.touchpoints) t.emotion = null;
    const chart = chartXml(await deck(doc));
    const names = [...chart.matchAll(/<c:ser>[\s\S]*?<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/g)].map((m) => decode(m[1]!));
    expect(names).toEqual([priya!.name, arman!.name]);
  });

  it('gives each persona’s line its own colour, even when two personas share one', async () => {
    const { doc, priya, arman } = fiveScripts(true);
    arman!.colour = priya!.colour;
    const chart = chartXml(await deck(doc));
    const colours = [...chart.matchAll(/<c:ser>[\s\S]*?<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/g)].map(
      (m) => m[1],
    );
    expect(colours).toHaveLength(3);
    expect(colours[1]).toBe('E8590C');
    expect(new Set(colours).size).toBe(3);
  });

  it('gives a persona whose colour is only a shade off another’s a colour that can be told apart', async () => {
    const { doc, priya, arman } = fiveScripts(true);
    arman!.colour = '#e25a10';
    expect(colourDistance(priya!.colour, arman!.colour)).toBeLessThan(20);
    const chart = chartXml(await deck(doc));
    const colours = [...chart.matchAll(/<c:ser>[\s\S]*?<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/g)].map(
      (m) => `#${m[1]!.toLowerCase()}`,
    );
    expect(colours[1]).toBe('#e8590c');
    expect(colourDistance(colours[1]!, colours[2]!)).toBeGreaterThanOrEqual(70);
  });

  it('plots the journey’s own emotion when there are no personas, stepping over unrated touchpoints', async () => {
    const { doc } = fiveScripts(false);
    const chart = chartXml(await deck(doc));
    const sers = [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)];
    expect(sers).toHaveLength(1);
    expect(sers[0]![1]).toContain('<c:v>Journey</c:v>');
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(sers[0]![1]!)![1]!;
    expect([...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(['1', '-2', '0', '', '3']);
    expect(chart).toContain('<c:dispBlanksAs val="span"/>');
  });

  it('names the Noto font and the language of each run’s script', async () => {
    const { doc } = fiveScripts(true);
    const all = slides(await deck(doc)).flatMap(runs);
    const seen = new Set<string>();
    const LANGS = { tamil: 'ta-IN', telugu: 'te-IN', malayalam: 'ml-IN', armenian: 'hy-AM' };
    for (const run of all) {
      for (const script of ['tamil', 'telugu', 'malayalam', 'armenian'] as const) {
        if (SCRIPT_RANGES[script].test(run.text)) {
          expect(run.font, `${script}: ${run.text}`).toBe(FONTS[script]);
          expect(run.lang, `${script}: ${run.text}`).toBe(LANGS[script]);
          seen.add(script);
        }
      }
      if (!/[\u0530-\u058F\u0B80-\u0D7F]/.test(run.text) && SCRIPT_RANGES.latin.test(run.text)) {
        expect(run.font, run.text).toBe('Noto Sans');
        seen.add('latin');
      }
    }
    expect([...seen].sort()).toEqual(['armenian', 'latin', 'malayalam', 'tamil', 'telugu']);
  });

  it('makes 16:9 and 4:3 decks', async () => {
    const { doc } = fiveScripts(false);
    const wide = text(await deck(doc, { layout: '16:9' }), 'ppt/presentation.xml');
    const narrow = text(await deck(doc, { layout: '4:3' }), 'ppt/presentation.xml');
    expect(wide).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(narrow).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
  });

  it('adds the logo from the report settings as an image part, and none without one', async () => {
    const { doc } = fiveScripts(false);
    const withLogo = await deck(doc, { logo: { type: 'image/png', dataBase64: PNG_BASE64 } });
    const media = Object.keys(withLogo).filter((n) => /^ppt\/media\/./.test(n));
    expect(media.length).toBeGreaterThan(0);
    const logo = Buffer.from(PNG_BASE64, 'base64');
    expect(media.some((n) => Buffer.from(withLogo[n]!).equals(logo))).toBe(true);
    const without = await deck(doc);
    expect(Object.keys(without).filter((n) => /^ppt\/media\/./.test(n))).toEqual([]);
  });

  it('uses the brand colour for the title slide band', async () => {
    const { doc } = fiveScripts(false);
    const first = slides(await deck(doc, { brandColour: '#c2255c' }))[0]!;
    expect(first).toContain('<a:srgbClr val="C2255C"/>');
  });

  it('shows each emotion as a face beside its number, not as colour alone', async () => {
    const { doc } = fiveScripts(false);
    const stage = slides(await deck(doc))[3]!; // the first stage slide
    expect(paragraphs(stage)).toEqual(expect.arrayContaining(['+1', 'Satisfied']));
    expect(stage).toContain('prst="ellipse"');
    expect(stage).toContain('prst="arc"');
  });

  it('splits a stage with many touchpoints over continuation slides instead of shrinking the text', async () => {
    const b = journey('Long stage');
    const stage = b.stage(STAGES.tamil);
    const titles = Array.from({ length: 40 }, (_, i) => `${SEED_PHRASE.telugu} ${i + 1}`);
    for (const title of titles) b.touchpoint(stage, { title, emotion: 1, thoughts: SEED_TITLE.armenian });
    const all = slides(await deck(b.build()));
    const stageSlides = all.filter((s) => paragraphs(s)[0]!.startsWith(STAGES.tamil));
    expect(stageSlides.length).toBeGreaterThan(2);
    expect(paragraphs(stageSlides[1]!)[0]).toBe(`${STAGES.tamil}  2 of ${stageSlides.length}`);
    const shown = stageSlides.flatMap(paragraphs);
    for (const title of titles) expect(shown).toContain(title);
    const sizes = stageSlides.flatMap(runs).map((r) => r.size ?? 0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(900);
  });

  it('deflates the parts (pptxgenjs would store them uncompressed)', async () => {
    const { doc } = fiveScripts(true);
    const bytes = await buildDeck(doc, options());
    const unpacked = Object.values(unzipSync(bytes)).reduce((n, part) => n + part.length, 0);
    expect(bytes.length).toBeLessThan(unpacked / 3);
  });

  it('shows the eight hottest spots, in the insights ranking, and says how many there are', async () => {
    const b = journey('Many hot spots');
    const stage = b.stage('Buy');
    for (let i = 0; i < 14; i++)
      b.touchpoint(stage, { title: `Spot ${i + 1}`, friction: { score: (i % 5) + 1, types: [] } });
    const doc = b.build();
    const hot = slides(await deck(doc)).filter((x) => paragraphs(x)[0] === 'Hot spots');
    expect(hot).toHaveLength(1);
    const shown = paragraphs(hot[0]!).filter((p) => /^Spot \d+$/.test(p));
    const ranking = computeReportSummary(doc).hotSpots.map((h) => h.touchpoint.title);
    expect(shown).toEqual(ranking.slice(0, 8));
    expect(paragraphs(hot[0]!)).toContain(
      'The 8 hottest of 14 touchpoints with pain or friction; the PDF report lists them all.',
    );
  });

  it('makes a deck of an empty journey (a title slide) and says so on the slide of a stage without touchpoints', async () => {
    const empty = slides(await deck(journey('Nothing yet').build()));
    expect(empty).toHaveLength(1);
    expect(paragraphs(empty[0]!)).toContain('Nothing yet');
    const b = journey('One empty stage');
    b.stage('Renew');
    const withStage = slides(await deck(b.build()));
    const stage = withStage.find((x) => paragraphs(x)[0] === 'Renew')!;
    expect(paragraphs(stage)).toContain('No touchpoints in this stage.');
  });

  it('writes well-formed parts when the journey’s text holds XML characters', async () => {
    const { doc } = fiveScripts(false);
    doc.journey.title = 'Renewal <b>&</b> "quotes"';
    doc.touchpoints[0]!.title = 'Fish & <chips>';
    const parts = await deck(doc);
    for (const name of Object.keys(parts).filter((n) => n.endsWith('.xml'))) {
      expect(text(parts, name), name).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[0-9a-fA-F]+;)/);
    }
    expect(slides(parts).flatMap(paragraphs)).toContain('Fish & <chips>');
  });
});
