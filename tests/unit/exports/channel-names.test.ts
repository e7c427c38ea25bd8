/**
 * A default channel is stored by its English id ('delivery') and every
 * deliverable in a language prints its name in that language: the report
 * (stage table, map cards), the Markdown, the interactive viewer (record and
 * search) and the PowerPoint deck (and the fonts its dialog asks for). A
 * channel of the user's own prints as typed. So does the Excel workbook, in
 * its language; the CSV (an import format) keeps the id.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildDeck } from '../../../renderer/src/exports/pptx/deck';
import { deckFonts } from '../../../renderer/src/exports/pptx/fonts';
import { buildViewerHtml } from '../../../renderer/src/exports/viewer/build';
import { VIEWER_IDS, type ViewerSearchTexts } from '../../../renderer/src/exports/viewer/data';
import { buildWorkbook } from '../../../renderer/src/exports/xlsx';
import { touchpointsToCsv } from '../../../renderer/src/files/csv/export';
import { channelText } from '../../../renderer/src/reports/channel-text';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { buildMarkdownReport } from '../../../renderer/src/reports/markdown';
import { touchpointFacts } from '../../../renderer/src/reports/stage-pages';
import { layoutMap } from '../../../renderer/src/reports/svg/map-layout';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE, SEED_TITLE } from '../../fixtures/seed-text';
import { reportOptions } from '../reports/fixture';

const TAMIL_DELIVERY = 'விநியோகம்';
const TAMIL_SOCIAL = 'சமூக ஊடகம்';
/** A channel of the user's own, in Armenian. */
const OWN_CHANNEL = SEED_PHRASE.armenian;

function channelJourney(): { doc: JourneyDocument; ids: Record<'parcel' | 'post' | 'own', string> } {
  const b = journey(SEED_TITLE.tamil);
  const receive = b.stage(SEED_PHRASE.tamil);
  const parcel = b.touchpoint(receive, {
    title: SEED_TITLE.tamil,
    channel: 'delivery',
    owner: SEED_PHRASE.telugu,
    pains: [3],
  });
  const post = b.touchpoint(receive, { title: SEED_PHRASE.malayalam, channel: 'social media' });
  const own = b.touchpoint(receive, { title: SEED_PHRASE.telugu, channel: OWN_CHANNEL });
  return { doc: b.build(), ids: { parcel: parcel.id, post: post.id, own: own.id } };
}

/** The HTML-escaped form of a text, as the builders write it. */
function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

describe('channelText', () => {
  it('names a default channel in the labels’ language and keeps any other text as typed', () => {
    expect(channelText('delivery', REPORT_LABELS.ta)).toBe(TAMIL_DELIVERY);
    expect(channelText('social media', REPORT_LABELS.ta)).toBe(TAMIL_SOCIAL);
    expect(channelText('delivery', REPORT_LABELS.en)).toBe('Delivery');
    expect(channelText('word of mouth', REPORT_LABELS.hy)).toBe('Բերանից բերան');
    expect(channelText(OWN_CHANNEL, REPORT_LABELS.ta)).toBe(OWN_CHANNEL);
    // Not an id: a word that only looks like one, or a name of the object's own.
    expect(channelText('Delivery van', REPORT_LABELS.ta)).toBe('Delivery van');
    expect(channelText('toString', REPORT_LABELS.ta)).toBe('toString');
    expect(channelText('', REPORT_LABELS.ta)).toBe('');
  });
});

describe('a Tamil deliverable names default channels in Tamil', () => {
  const { doc, ids } = channelJourney();
  const ta = REPORT_LABELS.ta;

  it('report: the stage table, its height estimate and the map cards', () => {
    const html = buildReportHtml(doc, reportOptions({ language: 'ta', logo: null }), { fonts: [], personaPhotos: {} });
    const stages = html.slice(html.indexOf('id="sec-stages"'));
    expect(stages).toContain(
      `<div class="muted">${TAMIL_DELIVERY} · ${escaped(ta.table.owner)}: ${SEED_PHRASE.telugu}</div>`,
    );
    expect(stages).toContain(`<div class="muted">${TAMIL_SOCIAL}</div>`);
    expect(stages).toContain(`<div class="muted">${escaped(OWN_CHANNEL)}</div>`);
    const map = html.slice(html.indexOf('id="sec-map"'), html.indexOf('id="sec-stages"'));
    expect(map).toContain(TAMIL_DELIVERY);
    expect(map).toContain(TAMIL_SOCIAL);
    expect(html).not.toMatch(/delivery|social media/i);
    // The row height is estimated from the very text the table prints.
    const parcel = doc.touchpoints.find((t) => t.id === ids.parcel)!;
    expect(touchpointFacts(parcel, ta)).toEqual([TAMIL_DELIVERY, `${ta.table.owner}: ${SEED_PHRASE.telugu}`]);
    // The map's plan (shared by the SVG and PNG exports and the poster) holds the name too.
    const cards = layoutMap(doc, { labels: ta }).cards;
    expect(Object.fromEntries(cards.map((c) => [c.touchpoint.id, c.channel?.text]))).toEqual({
      [ids.parcel]: TAMIL_DELIVERY,
      [ids.post]: TAMIL_SOCIAL,
      [ids.own]: OWN_CHANNEL,
    });
  });

  it('Markdown', () => {
    const md = buildMarkdownReport(doc, ta);
    expect(md).toContain(`- **${ta.table.channel}:** ${TAMIL_DELIVERY}\n`);
    expect(md).toContain(`- **${ta.table.channel}:** ${TAMIL_SOCIAL}\n`);
    expect(md).toContain(`- **${ta.table.channel}:** ${OWN_CHANNEL}\n`);
    expect(md).not.toMatch(/delivery|social media/i);
  });

  it('interactive viewer: the record shows the name and search finds it', () => {
    const html = buildViewerHtml(doc, { fonts: [], language: 'ta' });
    expect(html).not.toMatch(/delivery|social media/i);
    // The records wait in a <template> until print (or until the runtime, left out here, puts them in the page).
    const withoutRuntime = html.replace(/<script>[\s\S]*?<\/script>/, '<script></script>');
    const page = new new Window().DOMParser().parseFromString(withoutRuntime, 'text/html') as unknown as Document;
    const records = page.getElementById(VIEWER_IDS.records) as HTMLTemplateElement;
    records.replaceWith(records.content);
    const record = (id: string) => page.getElementById(VIEWER_IDS.record + id)!.textContent!;
    expect(record(ids.parcel)).toContain(TAMIL_DELIVERY);
    expect(record(ids.post)).toContain(TAMIL_SOCIAL);
    expect(record(ids.own)).toContain(OWN_CHANNEL);
    const search = JSON.parse(page.getElementById(VIEWER_IDS.searchData)!.textContent!) as ViewerSearchTexts;
    expect(search.find((s) => s.includes(SEED_TITLE.tamil))).toContain(TAMIL_DELIVERY);
    expect(search.find((s) => s.includes(OWN_CHANNEL))).toBeDefined();
  });

  it('PowerPoint: the stage slide and the fonts its dialog names', async () => {
    const bytes = await buildDeck(doc, {
      layout: '16:9',
      brandColour: '#0b7285',
      logo: null,
      date: '',
      language: 'ta',
    });
    const parts = unzipSync(bytes);
    const slideXml = Object.keys(parts)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .map((n) => strFromU8(parts[n]!))
      .join('\n');
    const runs = [...slideXml.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => m[1]!).join('');
    expect(runs).toContain(TAMIL_DELIVERY);
    expect(runs).toContain(TAMIL_SOCIAL);
    expect(runs).toContain(OWN_CHANNEL);
    expect(slideXml).not.toMatch(/delivery|social media/i);

    // A journey typed in Latin letters whose only Tamil word is the printed channel name.
    const b = journey('Renewal');
    b.touchpoint(b.stage('Receive'), { title: 'Parcel arrives', channel: 'delivery' });
    const latin = b.build();
    expect(deckFonts(latin).scripts).toEqual(['latin']);
    expect(deckFonts(latin, 'ta').scripts).toContain('tamil');
    expect(deckFonts(latin, 'ta').families).toContain('Noto Sans Tamil');
  });
});

describe('the workbook names channels, the CSV keeps the id', () => {
  const { doc } = channelJourney();

  async function channelColumn(language?: 'en' | 'ta'): Promise<unknown[]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await buildWorkbook(doc, language)) as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const labels = REPORT_LABELS[language ?? 'en'];
    const sheet = workbook.getWorksheet(labels.summary.touchpoints)!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf(labels.table.channel);
    expect(column).toBeGreaterThan(0);
    const channels: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) channels.push(row.getCell(column).value);
    });
    return channels;
  }

  it('XLSX names a default channel in its language and a channel of the user’s own as typed', async () => {
    expect((await channelColumn()).sort()).toEqual(['Delivery', 'Social media', OWN_CHANNEL].sort());
    expect((await channelColumn('ta')).sort()).toEqual([TAMIL_DELIVERY, TAMIL_SOCIAL, OWN_CHANNEL].sort());
  });

  it('CSV holds the channel as stored, so it imports back as the same channel', () => {
    const csv = touchpointsToCsv(doc);
    expect(csv).toContain(',delivery,');
    expect(csv).not.toContain(TAMIL_DELIVERY);
  });
});
