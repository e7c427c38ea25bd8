/**
 * The interactive viewer in the report's language: a Tamil and an Armenian
 * viewer show the section titles, controls and the runtime's search status
 * in that language (labels.ts `viewer` and the report's words), and no word
 * of the English viewer; the runtime script, and so its CSP hash, is the
 * same in every language.
 */
import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildViewerHtml } from '../../../renderer/src/exports/viewer/build';
import { VIEWER_IDS, type ViewerData } from '../../../renderer/src/exports/viewer/data';
import { REPORT_LABELS, type ViewerWords } from '../../../renderer/src/reports/labels';
import type { ReportLanguage } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';
import { seedJourney } from '../../fixtures/viewer-journeys';
import { loadReportFontsNode } from '../reports/load-fonts';

const fonts = loadReportFontsNode();
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
});
const DATE = new Date(Date.UTC(2026, 2, 1));

/** The page as a parser builds it, the runtime's own text left out (see viewer.test.ts). */
function parse(html: string): Document {
  const withoutRuntime = html.replace(/<script>[\s\S]*?<\/script>/, '<script></script>');
  const page = new window.DOMParser().parseFromString(withoutRuntime, 'text/html') as unknown as Document;
  // The records wait in a <template> until print; the runtime puts them in the page as they are, and so does this.
  const records = page.getElementById(VIEWER_IDS.records) as HTMLTemplateElement | null;
  records?.replaceWith(records.content);
  return page;
}

/** Every text a reader meets: text nodes outside style and script, and the attributes a screen reader or a tooltip says. */
function shownTexts(page: Document): string[] {
  const out: string[] = [];
  for (const element of Array.from(page.querySelectorAll('body *'))) {
    if (['STYLE', 'SCRIPT'].includes(element.tagName)) continue;
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 3 && node.textContent?.trim()) out.push(node.textContent.replace(/\s+/g, ' ').trim());
    }
    for (const name of ['aria-label', 'title', 'placeholder', 'aria-roledescription']) {
      const value = element.getAttribute(name);
      if (value) out.push(value);
    }
  }
  return out;
}

/** The fixed pieces of the English viewer's words (templates split at their `{values}`). */
function englishPieces(): string[] {
  const words = REPORT_LABELS.en.viewer;
  return Object.values(words)
    .flat()
    .flatMap((w: string) => w.split(/\{\w+\}/))
    .map((piece) => piece.replace(/^[\s,.:;]+|[\s,.:;]+$/g, ''))
    .filter((piece) => /[A-Za-z]{2,}/.test(piece));
}

function runtimeOf(html: string): string {
  const m = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no runtime script');
  return m[1]!;
}

function viewerData(page: Document): ViewerData {
  return JSON.parse(page.getElementById(VIEWER_IDS.data)!.textContent!) as ViewerData;
}

describe.each(['ta', 'hy'] as const)('the viewer in %s', (language: ReportLanguage) => {
  const labels = REPORT_LABELS[language];
  const words: ViewerWords = labels.viewer;
  const doc = seedJourney(20);
  const html = buildViewerHtml(doc, { fonts, date: DATE, language });
  const page = parse(html);

  it('names its language and shows its section titles, controls and record fields in it', () => {
    expect(page.documentElement.getAttribute('lang')).toBe(language);
    expect(page.getElementById('insights-h')?.textContent).toBe(words.insights);
    expect(page.getElementById('curve-h')?.textContent).toBe(labels.sections.curve);
    expect(page.getElementById('personas-h')?.textContent).toBe(labels.sections.personas);
    expect(page.querySelector('.records-title')?.textContent).toBe(words.allTouchpointsTitle);
    expect(page.querySelector('.curve legend')?.textContent).toBe(words.linesShown);
    expect(page.querySelector(`label[for="${VIEWER_IDS.search}"]`)?.textContent).toBe(words.searchLabel);
    expect(page.getElementById(VIEWER_IDS.search)?.getAttribute('placeholder')).toBe(words.searchPlaceholder);
    expect(page.getElementById(VIEWER_IDS.print)?.textContent).toBe(words.print);
    expect(page.getElementById(VIEWER_IDS.prevStage)?.getAttribute('aria-label')).toBe(words.previousStage);
    expect(page.getElementById(VIEWER_IDS.nextStage)?.getAttribute('title')).toBe(
      words.nextStageTitle.replace('{key}', 'Page Down'),
    );
    expect(page.getElementById(VIEWER_IDS.fit)?.textContent).toBe(words.fit);
    expect(page.getElementById(VIEWER_IDS.zoomIn)?.getAttribute('aria-label')).toBe(words.zoomIn);
    expect(page.getElementById(VIEWER_IDS.detailsClose)?.getAttribute('aria-label')).toBe(words.closeDetails);
    expect(page.getElementById(VIEWER_IDS.details)?.getAttribute('aria-label')).toBe(words.details);
    expect(page.querySelector('.skip')?.textContent).toBe(words.skip);
    expect(page.querySelector('.hint')?.textContent).toBe(words.hint.replace('{enter}', 'Enter'));
    expect(page.getElementById(VIEWER_IDS.viewport)?.getAttribute('aria-roledescription')).toBe(words.mapRole);
    // The insights are the report's groups in the same language.
    const groupTitles = Array.from(page.querySelectorAll('.insights h3'), (h) => h.textContent);
    expect(groupTitles.length).toBeGreaterThan(0);
    for (const title of groupTitles) expect(Object.values(labels.insights.groups)).toContain(title);
    // A record's own field names.
    const record = page.getElementById(VIEWER_IDS.record + doc.touchpoints[0]!.id)!;
    const fieldNames = Array.from(record.querySelectorAll('dt'), (dt) => dt.textContent);
    expect(fieldNames).toEqual(
      expect.arrayContaining([words.description, words.personaEmotions, words.metrics, words.connections]),
    );
    // A card's button says its emotion in the language.
    const card = page.querySelector(`button.card-hit[data-tp="${doc.touchpoints[0]!.id}"]`)!;
    expect(card.getAttribute('aria-label')).toContain(words.card.split('{emotion}')[0]!.split('}').pop()!.trim());
  });

  it('hands the runtime its search sentences in the language, through the data block', () => {
    expect(viewerData(page).words).toEqual({
      noMatch: words.noMatch,
      matches: words.matches,
      firstListed: words.firstListed,
    });
  });

  it('shows no word of the English viewer', () => {
    const texts = shownTexts(page);
    expect(texts.length).toBeGreaterThan(100);
    const data = JSON.stringify(viewerData(page).words);
    for (const piece of englishPieces()) {
      const word = new RegExp(`(^|[^A-Za-z])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`);
      for (const text of texts) expect(text, `"${piece}" in "${text}"`).not.toMatch(word);
      expect(data, piece).not.toMatch(word);
    }
  });

  it('runs the same script as the English viewer, allowed by the same hash', () => {
    const english = buildViewerHtml(doc, { fonts, date: DATE });
    const script = runtimeOf(html);
    expect(script).toBe(runtimeOf(english));
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
  });
});

describe('the viewer language and its fonts', () => {
  it("embeds the language's script font even when the journey is typed in Latin letters", () => {
    const b = journey({ title: 'Plain Latin journey' });
    b.touchpoint(b.stage('Arrive'), { title: 'Book a table', emotion: 1 });
    const doc = b.build();
    const families = (html: string) => new Set(Array.from(html.matchAll(/font-family:"([^"]+)"/g), (m) => m[1]));
    const tamil = buildViewerHtml(doc, { fonts, language: 'ta' });
    const english = buildViewerHtml(doc, { fonts });
    expect(families(tamil).has('Noto Sans Tamil')).toBe(true);
    expect(families(english).has('Noto Sans Tamil')).toBe(false);
    expect(english).toContain('<html lang="en">');
  });
});
