/**
 * Template: a home insurance claim after a burst pipe, from the first phone
 * call to the settled payment and the renewal. The low point is the loss
 * adjuster's visit being rescheduled twice; the recovery is a cash
 * settlement offered on the spot with a named claims handler.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildInsuranceClaimTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Home insurance claim: escape of water',
      description:
        'A burst pipe floods a kitchen. The policyholder reports it at night, waits for a loss adjuster, argues over a quote, and decides at renewal whether to stay. Use it to see where claims create detractors and which moments a claims team can turn around.',
      client: 'Meridian Home Insurance',
      tags: ['insurance', 'claims', 'service recovery'],
      churn: [{ period: 'Renewal after a claim', start: 2400, end: 1870, recordedAt: now }],
    },
    [
      { name: 'Incident', customerGoal: 'Stop the damage and know I am covered.' },
      { name: 'Report', customerGoal: 'Report the claim once, to someone who listens.' },
      { name: 'Assess', customerGoal: 'Have the damage assessed quickly and fairly.' },
      { name: 'Settle', customerGoal: 'Get the money or the repair without a fight.' },
      { name: 'Renew', customerGoal: 'Decide whether this insurer is worth keeping.' },
    ],
    now,
  );

  b.persona({
    name: 'Helen Price',
    role: 'Retired teacher, has had the policy for 14 years',
    quote: 'Fourteen years of premiums, and the first time I need them I am a case number.',
    needs: ['One person who owns her claim', 'Plain words about what is and is not covered'],
    fears: ['Being underpaid because she does not know the rules', 'Mould while she waits'],
    goals: ['A working kitchen before her grandchildren visit at Easter'],
    desires: ['To feel her loyalty counted for something'],
    colour: '#7048e8',
    sender: true,
  });

  b.lane('Customer actions', 'customer');
  b.lane('Claims staff', 'frontstage-people');
  b.lane('App, web and letters', 'frontstage-systems');
  b.lane('Claims back office', 'backstage');
  b.lane('Adjusters and contractors', 'support');

  const burst = b.touchpoint(0, {
    title: 'Finds water pouring through the kitchen ceiling',
    lane: 0,
    channel: 'other',
    feel: [-2],
    thoughts: 'Where is the stopcock? Am I even covered for this?',
    metrics: { volume: 2400 },
  });
  const policyDocs = b.touchpoint(0, {
    title: 'Searches the policy documents for “escape of water”',
    lane: 2,
    channel: 'website',
    feel: [-1],
    thoughts: 'Forty pages, and the excess for water is different from the standard one?',
    painPoints: [['The separate £350 escape-of-water excess is on page 31', 2]],
    friction: { score: 3, types: ['confusion', 'missing information'] },
    opportunities: [
      {
        text: 'A one-page “What to do after a leak” guide in the app',
        status: 'planned',
        owner: 'Claims content team',
      },
    ],
  });

  const hotline = b.touchpoint(1, {
    title: 'Calls the 24-hour claims line',
    lane: 1,
    channel: 'phone',
    feel: [1],
    thoughts: 'Someone answered at 11 pm and sent an emergency plumber. That is what I pay for.',
    delight: true,
    metrics: { volume: 2100, csat: { mode: 'share', value: 89, sample: 700 } },
    loyaltyQuestions: ['Why pay?'],
    pillars: ['customer service'],
  });
  const formAgain = b.touchpoint(1, {
    title: 'Asked to fill in the online claim form as well',
    lane: 2,
    channel: 'email',
    feel: [-2],
    thoughts: 'I told all of this to the man on the phone last night.',
    painPoints: [['Details given on the phone must be typed again into a web form', 2]],
    friction: { score: 3, types: ['effort', 'hand-offs'] },
    opportunities: [
      {
        text: 'Pre-fill the claim form from the call notes and ask only for photos',
        status: 'in progress',
        owner: 'Claims operations manager',
      },
    ],
    metrics: { dropOff: 6, ces: { mean: 3.1, sample: 350 } },
  });

  const adjuster = b.touchpoint(2, {
    title: 'Loss adjuster visit rescheduled twice',
    lane: 4,
    description: 'The adjuster firm is booked out after a storm week; visits move by text message with a day’s notice.',
    channel: 'phone',
    owner: 'Loss adjusting partner',
    feel: [-3],
    emotionLabel: 'Angry',
    thoughts: 'I took a day off for nothing. Twice. The floor is starting to smell.',
    quotes: ['“Nobody rang to say sorry, I got a text.”'],
    painPoints: [
      ['Two cancelled visits, each announced by text the evening before', 3],
      ['No single contact: the insurer points to the adjuster and back', 3],
    ],
    friction: { score: 5, types: ['waiting', 'hand-offs'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'Video assessment for claims under £5,000 within 48 hours',
        status: 'planned',
        owner: 'Head of claims',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['customer service', 'experiences'],
      },
    ],
    metrics: { volume: 640, nps: { promoters: 40, passives: 110, detractors: 290 }, expectedEmotion: 0 },
  });
  const videoAssess = b.touchpoint(2, {
    title: 'Assessed on a video call from her phone',
    lane: 1,
    channel: 'mobile app',
    feel: [1],
    thoughts: 'I walked him round the kitchen with my phone. Twenty minutes.',
    metrics: { volume: 1300, ces: { mean: 5.8, sample: 410 } },
  });

  const quote = b.touchpoint(3, {
    title: 'Offer is lower than the builder’s quote',
    lane: 2,
    channel: 'email',
    feel: [-2],
    thoughts: 'They want to replace two cupboard doors. The units match nowhere.',
    painPoints: [['Offer covers damaged units only, not a matching kitchen', 2]],
    friction: { score: 4, types: ['policy', 'price'] },
    metrics: { volume: 900, dropOff: 4 },
  });
  const handler = b.touchpoint(3, {
    title: 'Named claims handler calls and agrees a cash settlement',
    lane: 1,
    channel: 'phone',
    owner: 'Claims handler',
    feel: [3],
    emotionLabel: 'Delighted',
    thoughts: 'She explained the matching-items rule, added the doors, and paid the same day.',
    delight: true,
    momentOfTruth: true,
    metrics: { csat: { mode: 'share', value: 92, sample: 260 }, expectedEmotion: -1 },
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service'],
  });

  const renewal = b.touchpoint(4, {
    title: 'Renewal price rises 38% after the claim',
    lane: 2,
    channel: 'mail',
    feel: [-2],
    thoughts: 'So that is what the loyalty was worth.',
    painPoints: [['The renewal letter gives no reason for the increase', 2]],
    friction: { score: 3, types: ['price', 'missing information'] },
    opportunities: [
      {
        text: 'Explain claim-related price changes in the renewal letter, with the no-claims path back',
        status: 'idea',
        owner: 'Pricing and retention',
        loyaltyQuestions: ['Why pay?', 'Why stay?'],
        pillars: ['bridges'],
      },
    ],
    metrics: { volume: 2400 },
  });
  const stays = b.touchpoint(4, {
    title: 'Stays after a retention call explains the price',
    lane: 1,
    channel: 'phone',
    feel: [1],
    thoughts: 'At least someone told me why, and took off the admin fee.',
    metrics: { nps: { promoters: 300, passives: 420, detractors: 180 } },
    loyaltyQuestions: ['Why stay?'],
  });

  b.path(burst, hotline, formAgain, videoAssess, quote, handler, renewal, stays);
  b.connect(burst, policyDocs, 'alternative', 'Checks cover first', 35);
  b.connect(policyDocs, hotline, 'alternative');
  b.connect(formAgain, adjuster, 'failure', 'Claim over £5,000: site visit', 30);
  b.connect(adjuster, quote, 'recovery', 'Visit finally happens');
  b.note(2, 'Claims with two or more rescheduled visits: NPS −61, against +12 for the rest.', 'pink');
  return b.build();
}
