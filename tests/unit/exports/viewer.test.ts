/**
 * The interactive viewer's builder: escaping, the CSP and its script hash, no
 * URL that could reach a network, the embedded data, the records, the curve
 * toggles, the fonts and the size of a large journey.
 */
import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildViewerHtml, scriptJson } from '../../../renderer/src/exports/viewer/build';
import { VIEWER_IDS, type ViewerData, type ViewerSearchTexts } from '../../../renderer/src/exports/viewer/data';
import { journeyText, scriptFamilies } from '../../../renderer/src/exports/viewer/scripts';
import { inOpeningView } from '../../../renderer/src/exports/viewer/tiles';
import { buildRichJourney, PHOTO_BLOB_OF, PNG_BASE64 } from '../reports/fixture';
import { journey } from '../../fixtures/journey-builder';
import { loadReportFontsNode } from '../reports/load-fonts';
import { payloadJourney, seedJourney, XSS_PAYLOADS } from '../../fixtures/viewer-journeys';
import { SEED_TITLE } from '../../fixtures/seed-text';
import { computeReportSummary } from '../../../renderer/src/reports/summary';
import { signed } from '../../../renderer/src/reports/escape';

const fonts = loadReportFontsNode();

// A parser only: nothing in the page is run or loaded.
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
});

/**
 * The page as a browser's parser builds it. The runtime's own text is left out: happy-dom's parser misreads some
 * minified comparisons (`a<b.c`) inside a script as a tag, which Chromium does not (the e2e tests run the real
 * file); the runtime is checked by its hash instead.
 */
function parse(html: string): Document {
  const withoutRuntime = html.replace(/<script>[\s\S]*?<\/script>/, '<script></script>');
  const page = new window.DOMParser().parseFromString(withoutRuntime, 'text/html') as unknown as Document;
  // The records wait in a <template> until print; the runtime puts them in the page as they are, and so does this.
  const records = page.getElementById(VIEWER_IDS.records) as HTMLTemplateElement | null;
  records?.replaceWith(records.content);
  return page;
}

/** The text of every `<script>` element, in order, read from the markup itself. */
function scripts(html: string): { attrs: string; body: string }[] {
  return Array.from(html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi), (m) => ({ attrs: m[1]!, body: m[2]! }));
}

function csp(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (!m) throw new Error('no CSP meta');
  return m[1]!;
}

describe('buildViewerHtml', () => {
  const doc = payloadJourney();
  const html = buildViewerHtml(doc, { fonts, date: '1 March 2026' });

  it('has exactly three script elements: the JSON data, the runtime and the JSON search texts; no payload opened a tag', () => {
    const found = scripts(html);
    expect(found.map((s) => s.attrs.trim())).toEqual([
      `type="application/json" id="${VIEWER_IDS.data}"`,
      '',
      `type="application/json" id="${VIEWER_IDS.searchData}"`,
    ]);
    const page = parse(html);
    expect(page.querySelectorAll('script')).toHaveLength(3);
    expect(
      page.querySelectorAll('iframe, object, embed, form, base, link, frame, meta[http-equiv="refresh"]'),
    ).toHaveLength(0);
    expect(page.querySelectorAll('style')).toHaveLength(1);
    for (const element of Array.from(page.querySelectorAll('*'))) {
      for (const attr of Array.from(element.attributes)) {
        expect(attr.name, `${element.tagName} ${attr.name}`).not.toMatch(/^on/i);
        expect(attr.value, `${element.tagName} ${attr.name}`).not.toMatch(/^\s*javascript:/i);
      }
    }
    // The only link is the skip link; the only image would be a checked data: logo.
    expect(Array.from(page.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      `#${VIEWER_IDS.viewport}`,
    ]);
    expect(page.querySelectorAll('img')).toHaveLength(0);
  });

  it('shows every payload as text: the title, each record and the stage names read exactly as typed', () => {
    const page = parse(html);
    expect(page.title).toBe(doc.journey.title);
    expect(page.querySelector('h1')?.textContent).toBe(doc.journey.title);
    for (const t of doc.touchpoints) {
      const record = page.getElementById(VIEWER_IDS.record + t.id);
      expect(record, t.title).not.toBeNull();
      const text = (record!.textContent ?? '').replace(/\s+/g, ' ');
      for (const value of [t.title, t.thoughts, t.painPoints[0]!.text, t.opportunities[0]!.text, t.channel, t.owner]) {
        expect(text).toContain(value.replace(/\s+/g, ' ').trim());
      }
    }
    const oneLine = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const stageNames = Array.from(page.querySelectorAll('.stage-link .stage-name'), (e) => e.textContent);
    expect(stageNames).toEqual(doc.stages.map((s) => oneLine(s.name)));
  });

  it('embeds the data as JSON with no "<" in it, so no text can close the script element, and it reads back intact', () => {
    const json = scripts(html)[0]!.body;
    expect(json).not.toContain('<');
    expect(json).not.toContain('\u2028');
    const data = JSON.parse(json) as ViewerData;
    expect(data.touchpoints.map((t) => t.title).sort()).toEqual(doc.touchpoints.map((t) => t.title).sort());
    expect(data.stages.map((s) => s.touchpoints.length)).toEqual([2, 2, 1]);
    expect(scriptJson('</script><!--')).toBe('"\\u003c/script\\u003e\\u003c!--"');
  });

  it('writes the search texts after the script, one per touchpoint in the data order, each field of it once', () => {
    const found = scripts(html);
    const data = JSON.parse(found[0]!.body) as ViewerData;
    const texts = JSON.parse(found[2]!.body) as ViewerSearchTexts;
    expect(found[2]!.body).not.toContain('<');
    expect(texts).toHaveLength(data.touchpoints.length);
    // Before the script, nothing but what the first frame needs: no touchpoint's thoughts or pain points.
    expect(found[0]!.body).not.toContain('"text"');
    data.touchpoints.forEach((entry, i) => {
      const t = doc.touchpoints.find((tp) => tp.id === entry.id)!;
      for (const value of [t.thoughts, t.painPoints[0]!.text, t.opportunities[0]!.text, t.channel, t.owner]) {
        expect(texts[i]).toContain(value.replace(/\s+/g, ' ').trim());
      }
    });
    expect(html.indexOf(`id="${VIEWER_IDS.searchData}"`)).toBeGreaterThan(html.indexOf('<script>'));
  });

  it("allows only its own inline script, by the SHA-256 of exactly the script's text", () => {
    const policy = csp(html);
    const runtime = scripts(html)[1]!.body;
    const hash = createHash('sha256').update(runtime, 'utf8').digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
    expect(policy).toMatch(/^default-src 'none';/);
    expect(policy).not.toMatch(/script-src[^;]*(unsafe|\*|data:|http)/);
    expect(policy).toContain('font-src data:');
    expect(policy).toContain('img-src data:');
    expect(runtime.length).toBeGreaterThan(1000);
  });

  it('holds no http: or https: URL anywhere, and nothing that loads from outside the file', () => {
    const rich = buildViewerHtml(buildRichJourney().doc, { fonts });
    for (const page of [html, rich]) {
      expect(page).not.toMatch(/https?:/i);
      // url(#…) names a marker inside the drawing itself.
      expect(page).not.toMatch(/\burl\((?!data:|#)/);
      expect(page).not.toMatch(/xmlns/);
    }
  });

  it('prints every field of a touchpoint in its record, metrics through the report definitions', () => {
    const rich = buildRichJourney().doc;
    const page = parse(buildViewerHtml(rich, { fonts }));
    const reminder = rich.touchpoints.find((t) => t.title === 'Receives the renewal reminder')!;
    const text = page.getElementById(VIEWER_IDS.record + reminder.id)!.textContent!;
    for (const expected of [
      'Sent 30 days before the policy ends',
      'Good, they remembered.',
      'I almost deleted it as spam.',
      'Email',
      'CRM team',
      'Priya Raman',
      '+2',
      '82%',
      '+30',
      '12,000',
    ]) {
      expect(text).toContain(expected);
    }
    // Its paths, each naming the other end as a button that opens it.
    const goes = Array.from(
      page.getElementById(VIEWER_IDS.record + reminder.id)!.querySelectorAll<HTMLElement>('button.goto'),
      (b) => [b.dataset['goto'], b.textContent],
    );
    const targets = rich.connections.filter((c) => c.source === reminder.id).map((c) => c.target);
    expect(goes).toEqual(targets.map((id) => [id, rich.touchpoints.find((t) => t.id === id)!.title]));
    expect(text).toContain('Main path to');
    expect(text).toContain('Alternative to');
    expect(text).toContain('Asks in chat');
    const compare = rich.touchpoints.find((t) => t.title.startsWith('Compares'))!;
    const compareText = page.getElementById(VIEWER_IDS.record + compare.id)!.textContent!;
    expect(compareText).toContain('Price went up 18% without explanation');
    expect(compareText).toContain('4/5');
    // Friction types by their names, not their stored ids.
    expect(compareText).toContain('Price, Missing information');
    expect(compareText).toContain('Explain every price change in the reminder');
    expect(compareText).toContain('Pricing team');
    expect(compareText).toContain('Moment of truth');
    // Empty fields show a dash on screen and are marked so print leaves them out; faces are drawn once and used.
    const compareRecord = page.getElementById(VIEWER_IDS.record + compare.id)!;
    expect(Array.from(compareRecord.querySelectorAll('.field.empty dt'), (d) => d.textContent)).toEqual([
      'Description',
      'Thoughts',
      'Quotes',
      'Owner',
      'Metrics',
    ]);
    expect(compareRecord.querySelector('.emotion use')?.getAttribute('href')).toBe('#face-2');
    // The dash and the faces' size come from the stylesheet, not from markup repeated in every record.
    expect(compareRecord.querySelectorAll('.field.empty dd')).toHaveLength(5);
    for (const dd of Array.from(compareRecord.querySelectorAll('.field.empty dd'))) expect(dd.innerHTML).toBe('');
    const faces = Array.from(compareRecord.querySelectorAll('.emotion svg'));
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces)
      expect(face.outerHTML).toMatch(/^<svg class="use-face" aria-hidden="true"><use href="#face-/);
    expect(page.querySelectorAll('symbol[id^="face-"]')).toHaveLength(8);
  });

  it("shows the report summary's counts and average emotion in the insights panel", () => {
    for (const doc of [buildRichJourney().doc, seedJourney(30)]) {
      const summary = computeReportSummary(doc);
      const page = parse(buildViewerHtml(doc, { fonts: [] }));
      const values = Array.from(page.querySelectorAll('#insights .tile-value'), (v) => v.textContent!.trim());
      const c = summary.counts;
      expect(values.slice(0, 5)).toEqual(
        [c.stages, c.touchpoints, c.painPoints, c.opportunities, c.personas].map((n) => String(n)),
      );
      expect(summary.averageEmotion).not.toBeNull();
      expect(values[5]).toBe(signed(summary.averageEmotion!));
    }
  });

  it("writes each connection's share in the records of both its ends, the same share the same way", () => {
    const b = journey({ title: 'Shares' });
    const stage = b.stage('Choose');
    const [a, c, d, e] = ['Start', 'Online', 'Branch', 'Phone'].map((title) => b.touchpoint(stage, { title }));
    b.connect(a!, c!, 'main', { share: 62.5 });
    b.connect(a!, d!, 'alternative', { share: 25 });
    b.connect(a!, e!, 'alternative', { share: 12.5, label: 'after hours' });
    b.connect(c!, d!, 'recovery', { share: 62.5 });
    const page = parse(buildViewerHtml(b.build(), { fonts: [] }));
    const lines = (id: string) =>
      Array.from(page.getElementById(VIEWER_IDS.record + id)!.querySelectorAll('.field li'), (li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
    expect(lines(a!.id)).toEqual([
      'Main path to Online · 62.5%',
      'Alternative to Branch · 25%',
      'Alternative to Phone · after hours · 12.5%',
    ]);
    expect(lines(c!.id)).toEqual(['Main path from Start · 62.5%', 'Recovery to Branch · 62.5%']);
    expect(lines(e!.id)).toEqual(['Alternative from Start · after hours · 12.5%']);
  });

  it('keeps the records in an inert template, out of the page until print', () => {
    const rich = buildRichJourney().doc;
    const raw = new window.DOMParser().parseFromString(
      buildViewerHtml(rich, { fonts }).replace(/<script>[\s\S]*?<\/script>/, '<script></script>'),
      'text/html',
    ) as unknown as Document;
    // Nothing of them is in the page itself (no element to style, no <use> to copy its symbol into)…
    expect(raw.querySelectorAll('article.record, .records use')).toHaveLength(0);
    // …and every one waits in the template, inside the records section print shows.
    const template = raw.querySelector<HTMLTemplateElement>(`section.records > template#${VIEWER_IDS.records}`)!;
    expect(Array.from(template.content.querySelectorAll('article.record'), (r) => r.id).sort()).toEqual(
      rich.touchpoints.map((t) => VIEWER_IDS.record + t.id).sort(),
    );
  });

  it("writes each stage's records in a block of their own after its name, goal and description", () => {
    const rich = buildRichJourney().doc;
    const page = parse(buildViewerHtml(rich, { fonts: [] }));
    const sections = Array.from(page.querySelectorAll('section.stage-records'));
    expect(sections).toHaveLength(rich.stages.length);
    for (const section of sections) {
      const children = Array.from(section.children);
      // The stage's name and its intro are ordinary blocks (print keeps them with the records under them), then the
      // records, each in the block print sets in two columns.
      const cards = children.findIndex((c) => c.classList.contains('stage-cards'));
      expect(children[0]!.tagName).toBe('H2');
      expect(cards).toBe(children.length - 1);
      expect(children.slice(1, cards).every((c) => c.tagName === 'P')).toBe(true);
      const records = Array.from(children[cards]!.children);
      expect(records.length).toBeGreaterThan(0);
      expect(records.every((r) => r.matches('article.record'))).toBe(true);
    }
    expect(page.querySelectorAll('.stage-cards article.record')).toHaveLength(rich.touchpoints.length);
  });

  it('gives each curve line a group and a checked toggle; each card a button over its box', () => {
    const rich = buildRichJourney().doc;
    const page = parse(buildViewerHtml(rich, { fonts }));
    const toggles = Array.from(page.querySelectorAll<HTMLInputElement>('input[data-series]'));
    const groups = Array.from(page.querySelectorAll('g.curve-series'));
    expect(toggles.map((t) => t.dataset['series']).sort()).toEqual(
      groups.map((g) => g.getAttribute('data-series')).sort(),
    );
    expect(toggles.length).toBe(2); // the journey and Priya (Arman has no emotions of his own)
    expect(Array.from(page.querySelectorAll('.toggle'), (t) => t.textContent)).toEqual(['Journey', 'Priya Raman']);
    expect(page.querySelectorAll('button.card-hit')).toHaveLength(rich.touchpoints.length);
    // Each card says it controls the (closed) details panel before any script runs.
    expect(page.querySelectorAll('button.card-hit[aria-controls="details"][aria-expanded="false"]')).toHaveLength(
      rich.touchpoints.length,
    );
    expect(page.querySelector('#insights')?.textContent).toContain('Top hot spots');
  });

  it('embeds only the fonts of the scripts the journey uses', () => {
    const latinOnly = buildViewerHtml(payloadJourney(), { fonts });
    expect(latinOnly).not.toMatch(/font-family:"Noto Sans (Tamil|Armenian|Telugu|Malayalam)"/);
    const rich = buildViewerHtml(buildRichJourney().doc, { fonts });
    for (const family of ['Tamil', 'Armenian', 'Telugu', 'Malayalam']) {
      expect(rich).toContain(`font-family:"Noto Sans ${family}"`);
    }
    const seeded = buildViewerHtml(seedJourney(20), { fonts });
    expect(seeded).toContain('font-family:"Noto Sans Tamil"');
    expect(seeded).toContain('font-family:"Noto Sans Armenian"');
    expect(seeded).not.toMatch(/font-family:"Noto Sans (Telugu|Malayalam)"/);
    // A script family's Latin subsets repeat Noto Sans's and are left out.
    expect(seeded.match(/font-family:"Noto Sans Tamil"/g)).toHaveLength(2);
  });

  it('writes the tiles the opening view can show before the script and the others after it, each tile once', () => {
    const file = buildViewerHtml(seedJourney(400), { fonts });
    const page = parse(file);
    const data = JSON.parse(page.getElementById(VIEWER_IDS.data)!.textContent!) as ViewerData;
    const indices = (id: string) =>
      Array.from(page.getElementById(id)!.querySelectorAll('template'), (t) => Number(t.getAttribute('data-tile')));
    const early = indices(VIEWER_IDS.tiles);
    const late = indices(VIEWER_IDS.lateTiles);
    expect([...early, ...late].sort((a, b) => a - b)).toEqual(data.tiles.map((_, i) => i));
    expect(early.length).toBeGreaterThan(0);
    expect(late.length).toBeGreaterThan(0);
    expect(early.every((i) => inOpeningView(data.tiles[i]!.box))).toBe(true);
    expect(late.some((i) => inOpeningView(data.tiles[i]!.box))).toBe(false);
    // In the file: the early ones before the runtime script, the late ones after it.
    const runtimeAt = file.indexOf('<script>');
    expect(file.indexOf(`id="${VIEWER_IDS.tiles}"`)).toBeLessThan(runtimeAt);
    expect(file.indexOf(`id="${VIEWER_IDS.lateTiles}"`)).toBeGreaterThan(runtimeAt);
    // A 400-touchpoint file read by happy-dom: about 2 s alone, over 8 s on a machine busy with other tests.
  }, 30_000);

  it('a 200-touchpoint journey in Tamil and Armenian gives a file under 3 MB', () => {
    const big = seedJourney(200);
    expect(big.touchpoints).toHaveLength(200);
    const file = buildViewerHtml(big, { fonts });
    const bytes = new TextEncoder().encode(file).length;
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
    expect(file).toContain(SEED_TITLE.tamil.slice(0, 10));
    console.info(`viewer of 200 touchpoints: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  });

  it('keeps its safety whatever the brand colour or logo given', () => {
    const page = buildViewerHtml(payloadJourney(), {
      fonts: [],
      brandColour: 'red;}</style><script>alert(1)</script>',
      logo: { type: 'text/html', dataBase64: 'PHNjcmlwdD4=' },
    });
    expect(scripts(page)).toHaveLength(3);
    expect(page).toContain('--accent:#4c6ef5');
    expect(parse(page).querySelectorAll('img')).toHaveLength(0);
    expect(XSS_PAYLOADS.length).toBeGreaterThan(5);
  });

  it('names the script fonts a journey needs for the export dialog', () => {
    expect(scriptFamilies(journeyText(payloadJourney()))).toEqual([]);
    expect(scriptFamilies(journeyText(seedJourney(10)))).toEqual(['Noto Sans Tamil', 'Noto Sans Armenian']);
    expect(scriptFamilies(journeyText(buildRichJourney().doc))).toEqual([
      'Noto Sans Tamil',
      'Noto Sans Telugu',
      'Noto Sans Malayalam',
      'Noto Sans Armenian',
    ]);
    // Greek and Cyrillic are in Noto Sans itself; a shared mark alone calls for no family.
    expect(scriptFamilies('Ελληνικά кириллица \u25cc \u0964')).toEqual([]);
  });

  it('shows the personas with their photos as data: URLs, and leaves out a curve with nothing on it', () => {
    const rich = buildRichJourney().doc;
    const photo = PHOTO_BLOB_OF(rich);
    const page = parse(
      buildViewerHtml(rich, { fonts: [], personaPhotos: { [photo]: { type: 'image/png', dataBase64: PNG_BASE64 } } }),
    );
    const personas = page.getElementById('personas')!.textContent!;
    for (const text of ['Priya Raman', 'Busy parent, renews every year', 'I just want renewal', 'Paying twice']) {
      expect(personas).toContain(text);
    }
    expect(Array.from(page.querySelectorAll('img'), (i) => i.getAttribute('src'))).toEqual([
      `data:image/png;base64,${PNG_BASE64}`,
    ]);
    const empty = parse(buildViewerHtml(journey('Nothing yet').build(), { fonts: [] }));
    expect(empty.getElementById('curve')).toBeNull();
    expect(empty.getElementById('personas')).toBeNull();
    expect(empty.getElementById('insights')?.textContent).toContain('No insights yet');
  });
});
