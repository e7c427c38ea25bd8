/**
 * A rich journey for the report tests: six stages, touchpoints titled with
 * real sentences from the Tamil, Telugu, Malayalam and Armenian seed texts,
 * pain points, friction, opportunities, metrics, two personas (one with its
 * own emotions, one with a photo), notes, and main, alternative, failure and
 * recovery connections including a loop back to an earlier stage.
 */
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import { newId } from '../../../renderer/src/domain/ids';
import type { JourneyDocument, Touchpoint } from '../../../renderer/src/domain/model';
import type { ConnectionKind } from '../../../renderer/src/domain/vocabulary';
import { allSections, type ReportOptions } from '../../../renderer/src/reports/types';
import { journey, type TouchpointFields } from '../../fixtures/journey-builder';
import { SEED_TITLE, seedParagraph } from '../../fixtures/seed-text';

/** One sentence per script: the title lines of the seed texts. */
export const SEED = SEED_TITLE;

/** Longer seed sentences, used as touchpoint descriptions. */
export const SEED_PARAGRAPH = {
  tamil: seedParagraph('ta'),
  armenian: seedParagraph('hy'),
};

/** The description of the first touchpoint (plain Latin text). */
export const REMINDER_DESCRIPTION = 'Sent 30 days before the policy ends, with the new price and a link to renew.';

export const XSS_TITLE = 'Renewal <img src=x onerror=alert(1)> & "quotes"';

/** A 16×16 PNG, for a persona photo. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAABvklEQVR42hXQIZNAUACF0f05m+WX5ReNJAiSEU80kiBIRnzRSIIgGdHPWnv7Cff7+fVm3uDNvdFbemtv6+UdvJN38Sbv7j29t/fn15N5gif3RE/pqT2th2fwTJ7Fkzy75/Tcng9cmSu4cld0la7a1bq4BtfkWlzJtbtO1+36wJE5giN3REfpqB2tg2NwTI7FkRy743Tcjg9smS3Yclu0lbba1trYBttkW2zJtttO2237QMqkIOVSlEqpllqJNEiTtEhJ2qVTuqUPrJk1WHNrtJbW2tpaWQfrZF2sybpbT+tt/cCcmYM5N0dzaa7NrZl5ME/mxZzMu/k03+YPjJkxGHNjNJbG2tgaGQfjZFyMybgbT+Nt/ECf6YM+10d9qa/1rZ5+0E/6RZ/0u/7U3/oPyAjkREpqWv8bmFj8F9g5uflAl+mCLtdFXamrda2ObtBNukWXdLvu1N26DzSZJmhyTdSUmlrTamgGzaRZNEmza07NrflAlamCKldFVamqVa2KalBNqkWVVLvqVN2qDxSZIihyRVSUilrRKigGxaRYFEmxK07FrfhAzMQg5mIUS7EW2///cRAncRGTuIuneIt/UfR3EO0EzqcAAAAASUVORK5CYII=';

/** A small SVG logo (shapes only, as logos are), base64 of its markup. */
export const SVG_LOGO_BASE64 = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32"><rect width="32" height="32" rx="6" fill="#0b7285"/><path d="M8 24 L16 8 L24 24 Z" fill="#ffffff"/><rect x="40" y="10" width="72" height="12" rx="6" fill="#0b7285"/></svg>',
).toString('base64');

export interface RichJourney {
  doc: JourneyDocument;
  stageNames: string[];
  touchpointTitles: string[];
}

export function buildRichJourney(title = XSS_TITLE): RichJourney {
  const b = journey({
    title,
    client: 'Acme Mutual & Partners',
    author: 'Jordan Lee',
    description:
      'How existing customers renew their home insurance, from the first reminder to the first claim after renewal.',
  });
  const stageNames = ['Discover', 'Choose', SEED.tamil.split(' ').slice(0, 2).join(' '), 'Buy', 'Receive', 'Renew'];
  const stages = stageNames.map((name, order) =>
    b.stage(name, {
      customerGoal: order === 0 ? 'Understand what changes at renewal' : '',
      description: order === 3 ? 'Payment and confirmation.' : '',
    }),
  );
  const tp = ({ stage, ...fields }: TouchpointFields & { stage: number }) => b.touchpoint(stages[stage]!, fields);

  const persona = b.persona('Priya Raman', true, {
    role: 'Busy parent, renews every year',
    quote: 'I just want renewal to be one click, not a weekend project.',
    needs: ['Clear price comparison', 'Confirmation by email'],
    fears: ['Paying twice', 'Losing cover by mistake'],
    goals: ['Renew in under ten minutes'],
    desires: ['A loyalty discount without asking'],
    challenges: ['Little spare time'],
    spender: true,
    colour: '#e64980',
  });
  const photoBlob = newId('blob');
  b.persona('Arman Petrosyan', true, {
    role: 'First-time home owner',
    quote: SEED.armenian,
    needs: ['Plain words'],
    colour: '#1098ad',
    photoBlobId: photoBlob,
  });

  const reminder = tp({
    stage: 0,
    title: 'Receives the renewal reminder',
    description: REMINDER_DESCRIPTION,
    channel: 'email',
    owner: 'CRM team',
    quotes: ['I almost deleted it as spam.'],
    position: { x: 40, y: 120 },
    emotion: 1,
    thoughts: 'Good, they remembered.\nBut is the price the same?',
    personaEmotions: { [persona.id]: 2 },
    metrics: {
      csat: { mode: 'share', value: 82, sample: 240 },
      ces: null,
      nps: { promoters: 50, passives: 30, detractors: 20 },
      dropOff: 4,
      volume: 12000,
      expectedEmotion: null,
    },
  });
  const tamil = tp({
    stage: 0,
    title: SEED.tamil,
    description: SEED_PARAGRAPH.tamil,
    channel: 'website',
    position: { x: 40, y: 260 },
    emotion: 0,
    personaEmotions: { [persona.id]: -1 },
    painPoints: [newPainPoint('Policy wording is hard to follow', 1)],
    friction: { score: 2, types: ['confusion'] },
  });
  const compare = tp({
    stage: 1,
    title: 'Compares the new price with other insurers',
    channel: 'website',
    position: { x: 360, y: 120 },
    emotion: -1,
    personaEmotions: { [persona.id]: -2 },
    painPoints: [newPainPoint('Price went up 18% without explanation', 3), newPainPoint('No breakdown per cover', 2)],
    friction: { score: 4, types: ['price', 'missing information'] },
    opportunities: [
      {
        ...newOpportunity('Explain every price change in the reminder'),
        status: 'planned',
        owner: 'Pricing team',
        scores: { customerValue: 5, businessValue: 4, effort: 2, confidence: 4 },
      },
    ],
    momentOfTruth: true,
  });
  const telugu = tp({
    stage: 1,
    title: SEED.telugu,
    channel: 'chat',
    position: { x: 360, y: 260 },
    emotion: 1,
  });
  const callCentre = tp({
    stage: 2,
    title: 'Calls to ask about the loyalty discount',
    channel: 'phone',
    position: { x: 680, y: 120 },
    emotion: -2,
    personaEmotions: { [persona.id]: -3 },
    thoughts: 'Twenty minutes on hold.',
    painPoints: [newPainPoint('Long wait on the phone', 3)],
    friction: { score: 5, types: ['waiting', 'hand-offs'] },
    opportunities: [
      {
        ...newOpportunity('Call-back instead of hold music'),
        status: 'in progress',
        owner: 'Contact centre',
        scores: { customerValue: 4, businessValue: 2, effort: 4, confidence: null },
      },
    ],
    metrics: {
      csat: { mode: 'mean', value: 2.4, sample: 80 },
      ces: { mean: 5.6, sample: 80 },
      nps: null,
      dropOff: 22.5,
      volume: 3400,
      expectedEmotion: 0,
    },
  });
  const malayalam = tp({
    stage: 2,
    title: SEED.malayalam,
    channel: 'store',
    position: { x: 680, y: 260 },
    emotion: 2,
    delight: true,
  });
  const pay = tp({
    stage: 3,
    title: 'Pays online',
    channel: 'website',
    position: { x: 1000, y: 120 },
    emotion: 0,
    personaEmotions: { [persona.id]: 0 },
  });
  const payFails = tp({
    stage: 3,
    title: 'Card payment fails',
    channel: 'website',
    position: { x: 1000, y: 260 },
    emotion: -3,
    painPoints: [newPainPoint('Error message gives no reason', 3)],
    friction: { score: 4, types: ['errors'] },
    opportunities: [{ ...newOpportunity('Offer bank transfer when a card fails'), status: 'idea', owner: '' }],
  });
  const armenian = tp({
    stage: 4,
    title: SEED.armenian,
    description: SEED_PARAGRAPH.armenian,
    channel: 'mail',
    position: { x: 1320, y: 120 },
    emotion: 2,
    personaEmotions: { [persona.id]: 1 },
    opportunities: [{ ...newOpportunity('Send the documents as one PDF'), status: 'done', owner: 'Operations' }],
  });
  const renewed = tp({
    stage: 5,
    title: 'Gets the loyalty thank-you gift',
    channel: 'delivery',
    position: { x: 1640, y: 120 },
    emotion: 3,
    personaEmotions: { [persona.id]: 3 },
    opportunities: [{ ...newOpportunity('Personal note from the agent'), status: 'dropped', owner: 'Marketing' }],
  });

  for (const [source, target, kind, label] of [
    [reminder, tamil, 'main'],
    [tamil, compare, 'main'],
    [compare, callCentre, 'main'],
    [callCentre, pay, 'main'],
    [pay, armenian, 'main'],
    [armenian, renewed, 'main'],
    [reminder, telugu, 'alternative', 'Asks in chat'],
    [telugu, malayalam, 'alternative'],
    [pay, payFails, 'failure', 'Card declined'],
    [payFails, compare, 'recovery', 'Agent calls back'],
    [malayalam, pay, 'main'],
  ] as [Touchpoint, Touchpoint, ConnectionKind, string?][]) {
    b.connect(source, target, kind, { label: label ?? '' });
  }
  b.note('Ask finance for the churn numbers of last year.', { colour: 'yellow', position: { x: 0, y: 0 } });
  b.note(SEED.telugu, { colour: 'blue', position: { x: 10, y: 20 } });
  const doc = b.build();
  return { doc, stageNames, touchpointTitles: doc.touchpoints.map((t) => t.title) };
}

export const PHOTO_BLOB_OF = (doc: JourneyDocument) => doc.personas.find((p) => p.photoBlobId)!.photoBlobId!;

export function reportOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    pageSize: 'A4',
    orientation: 'portrait',
    brandColour: '#0b7285',
    logo: { type: 'image/svg+xml', dataBase64: SVG_LOGO_BASE64 },
    sections: allSections(),
    language: 'en',
    date: new Date(Date.UTC(2025, 10, 24)),
    ...overrides,
  };
}
