/**
 * The Excel workbook speaks the language it is asked for: sheet names,
 * headers, yes/no and the names of emotions, severities, statuses, friction
 * types, default channels, loyalty questions, pillars and evidence levels
 * come from the report's Labels; the user's own text (a channel of their
 * own, the journey's emotion label, an id the vocabulary does not know) is
 * kept as typed and numbers stay numbers. Every language's sheet names are names
 * Excel accepts.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import type { JourneyDocument, Touchpoint } from '../../../renderer/src/domain/model';
import {
  LOYALTY_PILLARS,
  LOYALTY_QUESTIONS,
  type EvidenceLevel,
  type LoyaltyPillar,
  type LoyaltyQuestion,
} from '../../../renderer/src/domain/vocabulary';
import {
  buildWorkbook,
  SHEET_NAME_MAX_CHARS,
  WORKBOOK_SHEETS,
  workbookSheetNames,
} from '../../../renderer/src/exports/xlsx';
import { CATALOGUES } from '../../../renderer/src/i18n';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE } from '../../fixtures/seed-text';

const ta = REPORT_LABELS.ta;
/** A channel of the user's own, in Armenian. */
const OWN_CHANNEL = SEED_PHRASE.armenian;

function tamilJourney(): JourneyDocument {
  const b = journey('Renewal');
  const receive = b.stage('Receive');
  b.touchpoint(receive, {
    title: 'Parcel arrives',
    channel: 'delivery',
    emotion: -2,
    friction: { score: 4, types: ['waiting', 'missing information'] },
    painPoints: [newPainPoint('Box was crushed', 3)],
    opportunities: [{ ...newOpportunity('Sturdier boxes'), status: 'planned', owner: 'Logistics' }],
    metrics: { csat: { mode: 'mean', value: 2.5, sample: 40 }, dropOff: 12.5, volume: 900 },
    momentOfTruth: true,
  });
  b.touchpoint(receive, { title: 'Asks a neighbour', channel: OWN_CHANNEL, emotion: 1, emotionLabel: 'Relieved' });
  b.persona('Priya', true, { role: 'Parent', spender: true, sender: false });
  return b.build();
}

async function readBack(doc: JourneyDocument, language?: ReportLanguage) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(await buildWorkbook(doc, language)) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  return workbook;
}

function headers(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

/** The cells of a data row (2 = the first under the header), keyed by header. */
function row(sheet: ExcelJS.Worksheet, n: number): Record<string, ExcelJS.Cell> {
  const names = headers(sheet);
  return Object.fromEntries(names.map((h, i) => [h, sheet.getRow(n).getCell(i + 1)]));
}

describe('a Tamil workbook', () => {
  const doc = tamilJourney();

  it('has Tamil sheet names and headers', async () => {
    const workbook = await readBack(doc, 'ta');
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      ta.summary.touchpoints,
      ta.summary.painPoints,
      ta.summary.opportunities,
      ta.summary.stages,
      ta.summary.personas,
    ]);
    const touchpoints = headers(workbook.worksheets[0]!);
    expect(touchpoints).toEqual(
      expect.arrayContaining([
        ta.table.stage,
        ta.workbook.title,
        ta.table.channel,
        ta.table.emotion,
        ta.workbook.emotionLabel,
        ta.workbook.frictionTypes,
        ta.table.csat,
        ta.workbook.dropOff,
        ta.momentOfTruth,
      ]),
    );
    // No header of the English workbook is left (CSAT and NPS are the same in both).
    const english = headers((await readBack(doc)).worksheets[0]!).filter((h) => !/^(CSAT|NPS)$/.test(h));
    for (const sheet of workbook.worksheets) {
      for (const h of headers(sheet)) expect(english).not.toContain(h);
      expect(
        headers(sheet)
          .join(' ')
          .replace(/\b(CSAT|CES|NPS)\b/g, ''),
      ).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('names channels, emotions, severities, statuses and friction types in Tamil, and keeps numbers', async () => {
    const workbook = await readBack(doc, 'ta');
    const [touchpoints, pains, opportunities, , personas] = workbook.worksheets as ExcelJS.Worksheet[];
    const parcel = row(touchpoints!, 2);
    expect(parcel[ta.table.channel]!.value).toBe('விநியோகம்');
    expect(parcel[ta.workbook.emotionLabel]!.value).toBe(ta.emotion['-2']);
    expect(parcel[ta.workbook.frictionTypes]!.value).toBe(
      `${ta.frictionTypes.waiting}, ${ta.frictionTypes['missing information']}`,
    );
    expect(parcel[ta.table.painPoints]!.value).toBe(`Box was crushed (${ta.severity[3]})`);
    expect(parcel[ta.table.opportunities]!.value).toBe(`Sturdier boxes [${ta.opportunityStatus.planned}, Logistics]`);
    expect(parcel[ta.workbook.csatScale]!.value).toBe(ta.workbook.csatModes.mean);
    expect(parcel[ta.momentOfTruth]!.value).toBe(ta.workbook.yes);
    expect(parcel[ta.delight]!.value).toBe(ta.workbook.no);
    for (const [header, value] of [
      [ta.table.emotion, -2],
      [ta.workbook.frictionScore, 4],
      [ta.table.csat, 2.5],
      [ta.workbook.csatSample, 40],
      [ta.workbook.dropOff, 12.5],
      [ta.table.volume, 900],
    ] as const) {
      expect(parcel[header]!.value, header).toBe(value);
      expect(parcel[header]!.type, header).toBe(ExcelJS.ValueType.Number);
    }

    const own = row(touchpoints!, 3);
    expect(own[ta.table.channel]!.value).toBe(OWN_CHANNEL);
    // The journey's own emotion label, as typed.
    expect(own[ta.workbook.emotionLabel]!.value).toBe('Relieved');

    const pain = row(pains!, 2);
    expect(pain[ta.workbook.severity]!.value).toBe(3);
    expect(pain[ta.workbook.severityLabel]!.value).toBe(ta.severity[3]);
    expect(row(opportunities!, 2)[ta.table.status]!.value).toBe(ta.opportunityStatus.planned);
    const priya = row(personas!, 2);
    expect(priya[ta.persona.spender]!.value).toBe('ஆம்');
    expect(priya[ta.persona.sender]!.value).toBe('இல்லை');
  });

  it('still guards the names it writes and the user’s text against formulas', async () => {
    const b = journey('Guarded');
    b.touchpoint(b.stage('=stage'), { title: '+1', channel: '@own' });
    const workbook = await readBack(b.build(), 'ta');
    const tp = row(workbook.worksheets[0]!, 2);
    expect(tp[ta.table.stage]!.value).toBe("'=stage");
    expect(tp[ta.workbook.title]!.value).toBe("'+1");
    expect(tp[ta.table.channel]!.value).toBe("'@own");
  });
});

describe('a Telugu workbook', () => {
  const te = REPORT_LABELS.te;
  /** A loyalty question, a pillar and an evidence level the vocabulary does not know. */
  const OWN_QUESTION = 'Why return?' as LoyaltyQuestion;
  const OWN_PILLAR = 'గ్రామ సంఘం' as LoyaltyPillar;
  const OWN_LEVEL = 'gut feeling' as EvidenceLevel;

  function teluguJourney(): JourneyDocument {
    const b = journey('Renewal');
    const use = b.stage('Use');
    b.touchpoint(use, {
      title: 'Renews the plan',
      loyaltyQuestions: ['Why stay?', 'Why pay?'],
      pillars: ['customer service', 'bridges'],
      evidence: 'research',
      painPoints: [
        { ...newPainPoint('Price went up', 2), evidence: 'data' },
        newPainPoint('Form is long', 1),
        { ...newPainPoint('Old card refused', 3), evidence: 'anecdote' },
      ],
    });
    b.touchpoint(use, { title: 'Hears of a rival', painPoints: [newPainPoint('Rumour', 1)] });
    b.touchpoint(use, { title: 'Nothing tagged' });
    const doc = b.build();
    // The schema knows only the vocabulary's ids; the workbook is given the document as it is.
    const [renews, rival] = doc.touchpoints as [Touchpoint, Touchpoint];
    renews.loyaltyQuestions.splice(1, 0, OWN_QUESTION);
    renews.pillars.push(OWN_PILLAR);
    rival.evidence = OWN_LEVEL;
    rival.painPoints[0]!.evidence = OWN_LEVEL;
    return doc;
  }

  it('names loyalty questions, pillars and evidence levels in Telugu, keeping ids it does not know', async () => {
    const [touchpoints] = (await readBack(teluguJourney(), 'te')).worksheets as ExcelJS.Worksheet[];
    const renews = row(touchpoints!, 2);
    expect(renews[te.workbook.title]!.value).toBe('Renews the plan');
    expect(renews[te.workbook.loyaltyQuestions]!.value).toBe('ఎందుకు కొనసాగాలి?, Why return?, ఎందుకు చెల్లించాలి?');
    expect(renews[te.workbook.pillars]!.value).toBe('వినియోగదారుల సేవ, వారధులు, గ్రామ సంఘం');
    expect(renews[te.evidence.title]!.value).toBe('పరిశోధన');
    // One line per pain point, in their order; the one without evidence is a blank line.
    expect(renews[te.workbook.painEvidence]!.value).toBe('డేటా\n\nఅనుభవ కథనం');

    const rival = row(touchpoints!, 3);
    expect(rival[te.evidence.title]!.value).toBe(OWN_LEVEL);
    expect(rival[te.workbook.painEvidence]!.value).toBe(OWN_LEVEL);
    expect(rival[te.workbook.loyaltyQuestions]!.value).toBe('');

    const bare = row(touchpoints!, 4);
    expect(bare[te.evidence.title]!.value).toBeNull();
    expect(bare[te.workbook.painEvidence]!.value).toBeNull();
  });

  it('uses the names the app’s screens use, in every language', () => {
    for (const language of REPORT_LANGUAGES) {
      const words = CATALOGUES[language]['vocabulary'] as Record<string, Record<string, string>>;
      const labels = REPORT_LABELS[language].loyalty;
      expect(
        LOYALTY_QUESTIONS.map((q) => labels.questions[q]),
        language,
      ).toEqual(Object.values(words['loyaltyQuestion']!));
      expect(
        LOYALTY_PILLARS.map((p) => labels.pillars[p]),
        language,
      ).toEqual(Object.values(words['loyaltyPillar']!));
    }
  });
});

describe('an English workbook', () => {
  it('is the default, with the sheets and headers it always had', async () => {
    const workbook = await readBack(tamilJourney());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...WORKBOOK_SHEETS]);
    expect([...WORKBOOK_SHEETS]).toEqual(['Touchpoints', 'Pain points', 'Opportunities', 'Stages', 'Personas']);
    const tp = row(workbook.worksheets[0]!, 2);
    expect(tp.Channel!.value).toBe('Delivery');
    expect(tp['Emotion label']!.value).toBe('Frustrated');
    expect(tp['Friction types']!.value).toBe('Waiting, Missing information');
    expect(tp['Moment of truth']!.value).toBe('Yes');
    expect(headers(workbook.worksheets[3]!)).toEqual([
      'Order',
      'Stage',
      'Customer goal',
      'Description',
      'Touchpoints',
      'Average emotion',
    ]);
  });
});

describe('sheet names in every language', () => {
  it.each(REPORT_LANGUAGES)('%s: at most 31 characters, none of []:*?/\\, distinct, used as written', (language) => {
    const names = workbookSheetNames(language);
    const words = REPORT_LABELS[language].summary;
    // Nothing had to be cut or dropped to make them fit.
    expect(names).toEqual([words.touchpoints, words.painPoints, words.opportunities, words.stages, words.personas]);
    for (const name of names) {
      expect(name.length, name).toBeGreaterThan(0);
      expect(name.length, name).toBeLessThanOrEqual(SHEET_NAME_MAX_CHARS);
      expect(name, name).not.toMatch(/[[\]:*?/\\]/);
      expect(name, name).not.toMatch(/^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLocaleLowerCase())).size).toBe(names.length);
  });
});
