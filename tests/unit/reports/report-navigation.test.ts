/**
 * The printed report navigates: the contents give each section's exact page
 * (loaded and printed once by the desktop app's printer, the numbers written
 * into the printed placeholders), the PDF has a
 * bookmark for every section and stage in report order, and it is tagged.
 * Printed with headless Chromium, read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  destinationPages,
  PLACEHOLDER_CSS,
  printWithPageNumbers,
  reloadEachPrint,
  withPageNumberPasses,
  type DocumentPrinter,
} from '../../../electron/main/pdf-pages';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { includedSections } from '../../../renderer/src/reports/html';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { reportPdfOptions } from '../../../renderer/src/reports/pdf-options';
import { REPORT_SECTION_IDS, type ReportOptions, type SectionId } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';
import { chromiumDocumentPrinter } from '../../support/chromium-print';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { reportOptions } from './fixture';
import { loadReportFontsNode } from './load-fonts';

const TIMEOUT = 90_000;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-report-nav-'));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let prints = 0;
let loads = 0;
const logged: string[] = [];
/** Chromium's print to PDF with the app's options, as the desktop app's hidden window does: loaded once, printed per pass. */
const openDocument = chromiumDocumentPrinter<ReportOptions>({
  browser: async () => browser,
  pdfOptions: (options) => reportPdfOptions(options),
  onStep: (step) => {
    if (step === 'load') loads++;
    if (step === 'print') prints++;
  },
});

async function printReport(doc: JourneyDocument, options: ReportOptions, name: string): Promise<string> {
  const html = buildReportHtml(doc, options, { fonts: loadReportFontsNode(), personaPhotos: {} });
  const pdf = await printWithPageNumbers(openDocument, (m) => logged.push(m))(html, options);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  // Set REPORT_PDF_DIR to keep the PDFs for a look.
  if (process.env.REPORT_PDF_DIR) copyFileSync(file, join(process.env.REPORT_PDF_DIR, `${name}.pdf`));
  return file;
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))![1]);
}

/** Text of each page, 1-based (index 0 unused), white space squeezed to single spaces. */
function pageTexts(pdf: string): string[] {
  const texts = [''];
  for (let p = 1; p <= pageCount(pdf); p++) {
    texts.push(
      run('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(p), '-l', String(p), pdf, '-']).replace(/\s+/g, ' '),
    );
  }
  return texts;
}

interface OutlineItem {
  title: string;
  page: number;
  depth: number;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The PDF's bookmarks (document outline) in order, as poppler's pdftohtml lists them. */
function outline(pdf: string): OutlineItem[] {
  const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf]);
  const start = xml.indexOf('<outline>');
  if (start === -1) return [];
  const items: OutlineItem[] = [];
  let depth = 0;
  for (const m of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth++;
    else if (m[0] === '</outline>') depth--;
    else items.push({ title: decodeXml(m[2]!).trim(), page: Number(m[1]), depth });
  }
  return items;
}

/** The sections' bookmarks: the level under the cover's title. */
function sectionBookmarks(items: readonly OutlineItem[]): OutlineItem[] {
  return items.filter((o) => o.depth === 2);
}

const TAMIL_STAGE = TAMIL[0]!.split(' ').slice(0, 2).join(' ');
const ARMENIAN_STAGE = ARMENIAN[0]!.split(' ').slice(0, 2).join(' ');

/** Five stages (two named in Tamil and Armenian), enough touchpoints that the sections fall on different pages. */
function navJourney(): { doc: JourneyDocument; stageNames: string[] } {
  const b = journey('Renewal journey');
  const stageNames = ['Discover', TAMIL_STAGE, 'Choose', ARMENIAN_STAGE, 'Renew'];
  const stages = stageNames.map((name) => b.stage(name, { description: TELUGU[0]! }));
  let previous = null;
  for (const [s, stage] of stages.entries()) {
    for (let i = 0; i < 4; i++) {
      const t = b.touchpoint(stage, {
        title: `${stageNames[s]} step ${i + 1}`,
        description: [TAMIL, ARMENIAN, TELUGU][i % 3]![i % 4]!,
        thoughts: ARMENIAN[(s + i) % ARMENIAN.length]!,
        emotion: ((s + i) % 5) - 2,
        channel: 'Web',
      });
      if (previous) b.connect(previous, t);
      previous = t;
    }
  }
  b.persona('Asha', true, { needs: ['A clear price'] });
  b.note('Ask about the renewal reminder', { kind: 'question' });
  return { doc: b.build(), stageNames };
}

describe('report navigation', () => {
  const { doc, stageNames } = navJourney();
  const options = reportOptions({ logo: null });
  const labels = REPORT_LABELS.en;
  let pdf: string;
  let texts: string[];

  beforeAll(async () => {
    prints = 0;
    loads = 0;
    logged.length = 0;
    pdf = await printReport(doc, options, 'navigation');
    texts = pageTexts(pdf);
  }, TIMEOUT);

  it(
    'gives every section of the contents the page its heading is printed on',
    () => {
      // Loaded and printed once: the numbers were written into the printed placeholders.
      expect(logged).toEqual([]);
      expect(prints).toBe(1);
      expect(loads).toBe(1);
      const contents = texts.findIndex((t, i) => i > 0 && t.includes(labels.sections.toc));
      expect(contents).toBeGreaterThan(0);
      const sections = includedSections(options).filter((id) => id !== 'cover' && id !== 'toc');
      const printed = sectionBookmarks(outline(pdf));
      let checked = 0;
      for (const id of sections) {
        const title = labels.sections[id];
        const heading = printed.find((o) => o.title === title);
        if (!heading) continue; // a section left out as empty has no heading and no contents entry
        // The contents line reads "01 Executive summary 3"; the heading is at the top of that page's text.
        const line = new RegExp(`\\d\\d ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(texts[contents]!);
        expect(line, title).not.toBeNull();
        const page = Number(line![1]);
        expect(page, title).toBe(heading.page);
        expect(texts[page], title).toContain(title);
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(6);
      // The sections do not all share one page, so the numbers say something.
      expect(new Set(printed.map((o) => o.page)).size).toBeGreaterThan(3);
    },
    TIMEOUT,
  );

  it(
    'has a bookmark for every section and, under the stage-by-stage section, every stage, in report order',
    () => {
      const items = outline(pdf);
      // The cover's title is the top bookmark; the sections sit under it.
      expect(items[0]).toMatchObject({ title: 'Renewal journey', page: 1, depth: 1 });
      const sectionTitles = sectionBookmarks(items).map((o) => o.title);
      const expected = includedSections(options)
        .filter((id) => id !== 'cover')
        .map((id) => labels.sections[id])
        .filter((title) => sectionTitles.includes(title));
      expect(sectionTitles.filter((t) => expected.includes(t))).toEqual(expected);
      for (const id of ['toc', 'summary', 'map', 'stages'] as const)
        expect(sectionTitles).toContain(labels.sections[id]);

      const stagesAt = items.findIndex((o) => o.depth === 2 && o.title === labels.sections.stages);
      const nextSection = items.findIndex((o, i) => i > stagesAt && o.depth <= 2);
      const stageItems = items.slice(stagesAt + 1, nextSection === -1 ? undefined : nextSection);
      expect(stageItems.map((o) => o.title)).toEqual(stageNames);
      expect(stageItems.every((o) => o.depth === 3)).toBe(true);
      // Each bookmark opens the page that shows the stage's name.
      for (const item of stageItems) expect(texts[item.page], item.title).toContain(item.title);
    },
    TIMEOUT,
  );

  it(
    'is a tagged PDF whose structure tree holds the headings, tables and lists',
    () => {
      expect(run('pdfinfo', [pdf])).toMatch(/^Tagged:\s+yes/m);
      const tree = run('pdfinfo', ['-struct', pdf]);
      expect(tree.split('\n')[0]).toBe('Document');
      for (const tag of ['H2', 'H3', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Link', 'P']) {
        expect(tree, tag).toMatch(new RegExp(`^\\s+${tag}\\b`, 'm'));
      }
      // One H3 per stage, at least.
      expect(tree.match(/^\s+H3\b/gm)!.length).toBeGreaterThanOrEqual(stageNames.length);
    },
    TIMEOUT,
  );

  it('reads the page of every named destination of the printed PDF', () => {
    const pages = destinationPages(new Uint8Array(execFileSync('cat', [pdf])));
    const heading = outline(pdf).find((o) => o.title === labels.sections.stages)!;
    expect(pages.get('sec-stages')).toBe(heading.page);
    const summary = outline(pdf).find((o) => o.title === labels.sections.summary)!;
    expect(pages.get('sec-summary')).toBe(summary.page);
  });
});

/** A long report: ten stages of eight touchpoints in the four seed scripts, pain points, metrics and two personas. */
function longJourney(): JourneyDocument {
  const b = journey('Long renewal journey');
  const scripts = [TAMIL, ARMENIAN, TELUGU, MALAYALAM];
  let previous = null;
  for (let s = 0; s < 10; s++) {
    const stage = b.stage(s % 2 === 0 ? `Stage ${s + 1}` : scripts[s % 4]![s % 3]!.split(' ').slice(0, 2).join(' '));
    for (let i = 0; i < 8; i++) {
      const script = scripts[(s + i) % 4]!;
      const t = b.touchpoint(stage, {
        title: `${script[i % script.length]!.split(' ').slice(0, 3).join(' ')} ${s}.${i}`,
        description: script[(i + 1) % script.length]!,
        thoughts: scripts[(s + i + 1) % 4]![i % 4]!,
        emotion: ((s + i) % 7) - 3,
        channel: i % 2 === 0 ? 'Web' : 'Store',
        pains: i % 3 === 0 ? [3, 1] : [],
        metrics: { csat: { mode: 'share', value: 60 + ((s * 8 + i) % 40), sample: 120 } },
      });
      if (previous) b.connect(previous, t);
      previous = t;
    }
  }
  b.persona('Asha', true, { needs: [TAMIL[0]!] });
  b.persona('Aram', true, { needs: [ARMENIAN[1]!] });
  return b.build();
}

describe('contents page numbers of a long report', () => {
  it(
    'prints in every contents entry the page where pdftotext finds that section, loading the report once',
    async () => {
      prints = 0;
      loads = 0;
      logged.length = 0;
      const options = reportOptions({ logo: null });
      const pdf = await printReport(longJourney(), options, 'long-contents');
      expect(loads).toBe(1);
      expect(prints).toBe(1);
      expect(logged).toEqual([]);
      const texts = pageTexts(pdf);
      expect(texts.length - 1).toBeGreaterThan(12);
      const contents = texts.findIndex((t, i) => i > 0 && t.includes(REPORT_LABELS.en.sections.toc));
      const toc = REPORT_LABELS.en.sections.toc;
      const list = texts[contents]!.slice(texts[contents]!.indexOf(`${toc} `) + toc.length + 1);
      const entries = [...list.matchAll(/(\d\d) (.+?) (\d+)(?= \d\d |\s*Page \d+ of|\s*$)/g)].map((m) => ({
        title: m[2]!,
        page: Number(m[3]),
      }));
      const bookmarks = sectionBookmarks(outline(pdf));
      // Every section the contents list has a number, and there is one entry per section bookmark but the contents'.
      expect(entries.map((e) => e.title)).toEqual(
        bookmarks.map((o) => o.title).filter((t) => t !== REPORT_LABELS.en.sections.toc),
      );
      for (const entry of entries) {
        // pdftotext -f N -l N of the printed number finds the title; the page before does not start that section.
        const onPage = run('pdftotext', ['-raw', '-f', String(entry.page), '-l', String(entry.page), pdf, '-']);
        expect(onPage, entry.title).toContain(entry.title);
        expect(bookmarks.find((o) => o.title === entry.title)?.page, entry.title).toBe(entry.page);
      }
      // The numbers say something: the sections spread over many pages.
      expect(new Set(entries.map((e) => e.page)).size).toBeGreaterThan(4);
      expect(Math.max(...entries.map((e) => e.page))).toBeGreaterThan(10);
    },
    TIMEOUT,
  );
});

describe('contents page numbers in a report in Tamil', () => {
  it(
    "writes every section's page into the Tamil contents in one print, as its bookmark says",
    async () => {
      prints = 0;
      loads = 0;
      logged.length = 0;
      const pdf = await printReport(navJourney().doc, reportOptions({ logo: null, language: 'ta' }), 'contents-ta');
      expect(prints).toBe(1);
      expect(logged).toEqual([]);
      const bookmarks = sectionBookmarks(outline(pdf));
      const toc = REPORT_LABELS.ta.sections.toc;
      const contents = bookmarks.find((o) => o.title === toc)!.page;
      // pdftotext -layout keeps each entry on its line: "01  <title>  3"; the number is the last word.
      const lines = run('pdftotext', [
        '-layout',
        '-enc',
        'UTF-8',
        '-f',
        String(contents),
        '-l',
        String(contents),
        pdf,
        '-',
      ])
        .split('\n')
        .filter((line) => /^\s*0\d\s/.test(line));
      const numbers = lines.map((line) => Number(/(\d+)\s*$/.exec(line)![1]));
      expect(numbers).toEqual(bookmarks.filter((o) => o.title !== toc).map((o) => o.page));
      expect(new Set(numbers).size).toBeGreaterThan(2);
    },
    TIMEOUT,
  );
});

describe('page number passes', () => {
  it('prints a document without page-number slots once, and keeps a print it cannot read as printed', async () => {
    let calls = 0;
    const bytes = new TextEncoder().encode('%PDF-1.4 not what Chromium writes');
    const printer = withPageNumberPasses(async () => {
      calls++;
      return bytes;
    });
    expect(await printer('<p>No contents</p>', {})).toBe(bytes);
    expect(calls).toBe(1);
    const logged: string[] = [];
    const withSlots = withPageNumberPasses(
      async () => {
        calls++;
        return bytes;
      },
      (m) => logged.push(m),
    );
    expect(await withSlots('<span data-page-of="sec-a"></span>', {})).toBe(bytes);
    // Printed once: its placeholders show as blank space, the numbers are left out.
    expect(calls).toBe(2);
    expect(logged[0]).toMatch(/^page numbers left out: /);
  });
});

describe('page number passes on a loaded document', () => {
  /** A PDF as Chromium writes it (classic xref, page tree, /Dests) with `sec-a` on page `page` of three, no text. */
  function chromiumLikePdf(page: number): Uint8Array {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R /Dests 6 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>',
      '<< /Type /Page /Parent 2 0 R >>',
      '<< /Type /Page /Parent 2 0 R >>',
      '<< /Type /Page /Parent 2 0 R >>',
      `<< /sec-a [${2 + page} 0 R /XYZ 0 800 0] >>`,
    ];
    let text = '%PDF-1.4\n';
    const offsets: number[] = [];
    objects.forEach((body, i) => {
      offsets.push(text.length);
      text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = text.length;
    text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const at of offsets) text += `${String(at).padStart(10, '0')} 00000 n \n`;
    text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return new TextEncoder().encode(text);
  }

  it('loads the document once and prints it with placeholders; where they cannot be filled, prints again with the numbers', async () => {
    const events: string[] = [];
    const logged: string[] = [];
    const open: DocumentPrinter<null> = async (html, _options, use) => {
      events.push(`load ${html}`);
      return use({
        setStyle: async (css) => void events.push(`style ${css}`),
        print: async () => {
          events.push('print');
          return chromiumLikePdf(2);
        },
      });
    };
    const html = '<a href="#sec-a"><span data-page-of="sec-a"></span></a>';
    const pdf = await printWithPageNumbers(open, (m) => logged.push(m))(html, null);
    expect(destinationPages(pdf).get('sec-a')).toBe(2);
    expect(events).toEqual([
      `load ${html}`,
      `style ${PLACEHOLDER_CSS}`,
      'print',
      'style [data-page-of="sec-a"]::after{content:"2"}',
      'print',
    ]);
    // This PDF has no text, so no placeholder to write into.
    expect(logged).toEqual(['page numbers printed again: found 0 of 1 page-number slots in the PDF']);
  });

  it('prints a third time, in the same page, when the numbers moved a section', async () => {
    const landed = [2, 3, 3];
    const events: string[] = [];
    let loads = 0;
    const open: DocumentPrinter<null> = async (_html, _options, use) => {
      loads++;
      return use({
        setStyle: async (css) => void events.push(css),
        print: async () => chromiumLikePdf(landed.shift()!),
      });
    };
    const pdf = await printWithPageNumbers(open)('<span data-page-of="sec-a"></span>', null);
    expect(destinationPages(pdf).get('sec-a')).toBe(3);
    expect(loads).toBe(1);
    expect(landed).toEqual([]);
    expect(events).toEqual([
      PLACEHOLDER_CSS,
      '[data-page-of="sec-a"]::after{content:"2"}',
      '[data-page-of="sec-a"]::after{content:"3"}',
    ]);
  });

  it('reloads per print, with the added style in the head, for a printer that cannot keep a page', async () => {
    const seen: string[] = [];
    const open = reloadEachPrint<null>(async (html) => {
      seen.push(html);
      return chromiumLikePdf(1);
    });
    await printWithPageNumbers(open)('<html><head></head><body><i data-page-of="sec-a"></i></body></html>', null);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toContain(`<style data-print-pass>\n${PLACEHOLDER_CSS}\n</style></head>`);
    expect(seen[1]).toContain('[data-page-of="sec-a"]::after{content:"1"}');
    expect(seen[1]).not.toContain('2007');
  });
});

function allSectionsOff(): Record<SectionId, boolean> {
  return Object.fromEntries(REPORT_SECTION_IDS.map((id) => [id, false])) as Record<SectionId, boolean>;
}

/** Page sizes in points, 1-based (index 0 unused), as pdfinfo gives them. */
function pageSizes(pdf: string): { width: number; height: number }[] {
  const sizes = [{ width: 0, height: 0 }];
  const info = run('pdfinfo', ['-f', '1', '-l', String(pageCount(pdf)), pdf]);
  for (const m of info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)) {
    sizes.push({ width: Number(m[1]), height: Number(m[2]) });
  }
  return sizes;
}

function stagedJourney(stageCount: number): { doc: JourneyDocument; stageNames: string[] } {
  const b = journey('Onboarding');
  const pool = ['Discover', TAMIL_STAGE, 'Choose', ARMENIAN_STAGE, 'Buy', 'Use', 'Renew', 'Refer'];
  const stageNames = Array.from(
    { length: stageCount },
    (_, i) => `${pool[i % pool.length]}${i >= pool.length ? ` ${i}` : ''}`,
  );
  let previous = null;
  for (const name of stageNames) {
    const stage = b.stage(name);
    for (let i = 0; i < 2; i++) {
      const t = b.touchpoint(stage, { title: `${name} ${i + 1}`, emotion: i - 1 });
      if (previous) b.connect(previous, t);
      previous = t;
    }
  }
  return { doc: b.build(), stageNames };
}

describe('the whole journey on one page', () => {
  const labels = REPORT_LABELS.en;
  const options = reportOptions({ logo: null, sections: { ...allSectionsOff(), cover: true, map: true } });

  it(
    'prints a journey split into parts whole on one landscape page first, its stage names legible, then the parts',
    async () => {
      const { doc, stageNames } = stagedJourney(4);
      const pdf = await printReport(doc, options, 'overview');
      const texts = pageTexts(pdf);
      const sizes = pageSizes(pdf);
      const at = texts.findIndex((t) => /THE WHOLE JOURNEY/.test(t));
      expect(at).toBeGreaterThan(0);
      expect(texts[at]).toContain(labels.sections.map);
      for (const name of stageNames) expect(texts[at], name).toContain(name);
      // Landscape, on a portrait report.
      expect(sizes[at]!.width).toBeGreaterThan(sizes[at]!.height);
      expect(sizes[1]!.width).toBeLessThan(sizes[1]!.height);
      // The parts follow, on portrait pages.
      const part = texts.findIndex((t, i) => i > at && /PART 1 \/ \d/i.test(t));
      expect(part).toBe(at + 1);
      expect(sizes[part]!.width).toBeLessThan(sizes[part]!.height);
      expect(texts.join(' ')).not.toContain(labels.map.overviewTooSmall);
      // Stage names print at 6 pt or more: poppler's -bbox gives each word's height in points.
      const words = run('pdftotext', ['-bbox', '-f', String(at), '-l', String(at), pdf, '-']);
      const discover = [...words.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Discover</g)];
      expect(discover.length).toBeGreaterThan(0);
      for (const m of discover) expect(Number(m[2]) - Number(m[1])).toBeGreaterThanOrEqual(6);
    },
    TIMEOUT,
  );

  it(
    'says so, and prints the parts alone, when the whole journey would be too small to read on one page',
    async () => {
      const { doc } = stagedJourney(16);
      const pdf = await printReport(doc, options, 'overview-too-small');
      const texts = pageTexts(pdf);
      const all = texts.join(' ');
      expect(all).not.toMatch(/THE WHOLE JOURNEY/);
      expect(all).toContain(labels.map.overviewTooSmall.slice(0, 60));
      expect(all).toMatch(/PART 1 \/ \d/i);
      const sizes = pageSizes(pdf);
      expect(sizes.slice(1).every((s) => s.width < s.height)).toBe(true);
    },
    TIMEOUT,
  );
});

describe('a stage taller than a page', () => {
  const options = reportOptions({ logo: null, sections: { ...allSectionsOff(), cover: true, stages: true } });

  it(
    'goes on over the next pages under a "(continued)" heading, every touchpoint printed once and at full size',
    async () => {
      const b = journey('Support');
      const short = b.stage('Discover');
      b.touchpoint(short, { title: 'Ad seen' });
      const tall = b.stage(ARMENIAN_STAGE);
      const titles = Array.from({ length: 40 }, (_, i) => `Ticket step ${String(i + 1).padStart(2, '0')}`);
      for (const [i, title] of titles.entries()) {
        b.touchpoint(tall, {
          title,
          description: i % 4 === 0 ? [TAMIL, ARMENIAN, TELUGU][i % 3]![i % 4]! : 'Waits for an answer',
          thoughts: i % 5 === 0 ? ARMENIAN[i % ARMENIAN.length]! : '',
          emotion: (i % 5) - 2,
        });
      }
      b.touchpoint(b.stage('Renew'), { title: 'Renewal email' });
      const pdf = await printReport(b.build(), options, 'tall-stage');
      const texts = pageTexts(pdf);
      const continued = `${ARMENIAN_STAGE} ${REPORT_LABELS.en.continued}`;
      const pagesOf = titles.map((t) => texts.flatMap((text, p) => (text.includes(t) ? [p] : [])));
      // Each touchpoint once, in order, over at least three pages.
      for (const [i, pages] of pagesOf.entries()) expect(pages, titles[i]).toHaveLength(1);
      const pages = [...new Set(pagesOf.map((p) => p[0]!))];
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pagesOf.map((p) => p[0]!)).toEqual([...pagesOf.map((p) => p[0]!)].sort((a, b) => a - b));
      // The stage's own heading on its first page, "(continued)" at the top of each following one.
      expect(texts[pages[0]!]).toContain(ARMENIAN_STAGE);
      expect(texts[pages[0]!]).not.toContain(continued);
      for (const p of pages.slice(1)) {
        expect(texts[p], `page ${p}`).toContain(continued);
        const firstRow = titles.find((t) => texts[p]!.includes(t))!;
        expect(texts[p]!.indexOf(continued)).toBeLessThan(texts[p]!.indexOf(firstRow));
      }
      // The short stages are not continued anywhere.
      expect(texts.join(' ')).not.toContain(`Discover ${REPORT_LABELS.en.continued}`);
      expect(texts.join(' ')).not.toContain(`Renew ${REPORT_LABELS.en.continued}`);
      // Printed at full size: the touchpoint titles keep the table's 8.5 pt (not scaled down to fit).
      const words = run('pdftotext', ['-bbox', '-f', String(pages[1]), '-l', String(pages[1]), pdf, '-']);
      const ticket = [...words.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Ticket</g)];
      expect(ticket.length).toBeGreaterThan(3);
      for (const m of ticket) expect(Number(m[2]) - Number(m[1])).toBeGreaterThan(8);
    },
    TIMEOUT,
  );
});

describe('bookmarks read as the headings do', () => {
  it(
    'a long Tamil title keeps its spaces where the cover wraps it, and each persona is a bookmark under Personas',
    async () => {
      // Wrapped on the cover at several spaces: Chromium dropped those spaces from the bookmark.
      const title = `${TAMIL[0]!} ${TAMIL[1]!}`.slice(0, 150).trim();
      const b = journey(title);
      b.touchpoint(b.stage(TAMIL_STAGE), { title: 'Renewal email', emotion: 1 });
      b.persona('Asha', true, { needs: ['A clear price'], fears: ['Hidden fees'] });
      b.persona(ARMENIAN_STAGE, false, { goals: ['Renew in one step'] });
      const pdf = await printReport(b.build(), reportOptions({ logo: null }), 'bookmark-texts');
      const items = outline(pdf);
      expect(items[0]).toMatchObject({ title, depth: 1 });
      const labels = REPORT_LABELS.en;
      const at = items.findIndex((o) => o.depth === 2 && o.title === labels.sections.personas);
      expect(at).toBeGreaterThan(0);
      const next = items.findIndex((o, i) => i > at && o.depth <= 2);
      // The personas by name, and no "NEEDS" / "FEARS" / "GOALS" (the lists' titles, upper-cased, once per persona).
      expect(items.slice(at + 1, next === -1 ? undefined : next).map((o) => o.title)).toEqual(['Asha', ARMENIAN_STAGE]);
      expect(items.some((o) => /^(NEEDS|FEARS|GOALS)$/.test(o.title))).toBe(false);
    },
    TIMEOUT,
  );
});
