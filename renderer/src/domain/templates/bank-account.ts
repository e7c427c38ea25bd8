/**
 * Template: opening a current account at a retail bank, online with a branch
 * fallback, seen by a newcomer to the country and a small-business owner.
 * The low point is identity verification (a selfie check that fails on an
 * overseas passport); the recovery is a video call with a named adviser.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildBankAccountTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Bank account opening',
      description:
        'Opening a current account from the comparison site to the first salary paid in. Two customers: a newcomer with an overseas passport and no local credit history, and a sole trader who needs the account live before an invoice is due. Use it to find where identity checks lose good customers.',
      client: 'Harbour Bank',
      tags: ['banking', 'onboarding', 'KYC', 'digital'],
      churn: [{ period: 'First 90 days', start: 10000, end: 8700, recordedAt: now }],
    },
    [
      { name: 'Compare', customerGoal: 'Find an account with no monthly fee that accepts me.' },
      { name: 'Apply', customerGoal: 'Apply on my phone in one sitting.' },
      { name: 'Verify identity', customerGoal: 'Prove who I am without a branch visit.' },
      { name: 'Activate', customerGoal: 'Have a working card and online banking.' },
      { name: 'First months', customerGoal: 'Get paid into it and trust it with my money.' },
    ],
    now,
  );

  b.persona({
    name: 'Lucía Moreno',
    role: 'Nurse, three weeks in the country, first local job',
    quote: 'My employer needs an account number by Friday, and every bank asks for a credit history I cannot have yet.',
    needs: ['An account that accepts a foreign passport and a tenancy agreement as proof of address'],
    fears: ['Being refused without a reason', 'Her first salary going back to the employer'],
    goals: ['Be paid on time in her first month'],
    desires: ['A bank that treats her as a future customer, not a risk'],
    colour: '#0ca678',
    challenges: ['time-scarce', 'money-tight'],
  });
  b.persona({
    name: 'Dev Malhotra',
    role: 'Sole trader (electrician) moving his business banking',
    quote: 'I lose a morning in the branch, I lose a morning of work.',
    needs: ['Card payments and invoices in one app', 'A business account opened the same week'],
    fears: ['A frozen account while checks run'],
    goals: ['Keep business and personal money apart before tax season'],
    desires: ['One person at the bank who knows his business'],
    colour: '#f08c00',
    spender: true,
    challenges: ['time-scarce'],
  });

  b.lane('Customer actions', 'customer');
  b.lane('Bank staff', 'frontstage-people');
  b.lane('App and website', 'frontstage-systems');
  b.lane('Back office', 'backstage');
  b.lane('Partners and suppliers', 'support');

  const compare = b.touchpoint(0, {
    title: 'Compares accounts on a price comparison site',
    lane: 0,
    channel: 'partner',
    feel: [0, 0],
    thoughts: 'All of them say “no fees”. Which one will actually accept me?',
    painPoints: [['Eligibility rules (residency, credit history) are only in the terms and conditions', 2]],
    friction: { score: 2, types: ['missing information'] },
    metrics: { volume: 42000 },
    loyaltyQuestions: ['Why you?'],
  });
  const checker = b.touchpoint(0, {
    title: 'Uses the “Can I open an account?” eligibility checker',
    lane: 2,
    channel: 'website',
    feel: [2, 1],
    thoughts: 'Finally, a bank that says yes before I fill in twenty fields.',
    delight: true,
    opportunities: [
      {
        text: 'Show the eligibility checker on comparison-site listings',
        status: 'planned',
        owner: 'Acquisition marketing lead',
        loyaltyQuestions: ['Why you?'],
      },
    ],
    metrics: { volume: 9800, csat: { mode: 'share', value: 86, sample: 640 } },
  });

  const form = b.touchpoint(1, {
    title: 'Fills in the application in the app',
    lane: 2,
    channel: 'mobile app',
    feel: [-1, 0],
    thoughts: 'Three years of address history? I have lived here three weeks.',
    painPoints: [['The form insists on three years of local addresses', 3]],
    friction: { score: 3, types: ['policy', 'effort'] },
    opportunities: [
      {
        text: 'Accept overseas addresses for the address history',
        status: 'in progress',
        owner: 'Onboarding product owner',
      },
    ],
    metrics: { dropOff: 31, volume: 7600, ces: { mean: 4.9, sample: 410 } },
  });
  const saved = b.touchpoint(1, {
    title: 'Comes back to a saved application',
    lane: 2,
    channel: 'email',
    feel: [1, 1],
    thoughts: 'Good, it kept everything I typed yesterday.',
    metrics: { volume: 2100 },
  });

  const selfie = b.touchpoint(2, {
    title: 'Selfie and passport check fails',
    lane: 2,
    description: 'The automated document check cannot read the machine-readable zone of several non-EU passports.',
    channel: 'mobile app',
    owner: 'Financial crime operations',
    feel: [-3, -1],
    emotionLabel: 'Angry',
    thoughts: 'It just says “We could not verify you”. What am I supposed to do now?',
    quotes: ['“I tried six times under every lamp in the flat.”'],
    painPoints: [
      ['Rejected by the automated check with no reason and no next step', 3],
      ['Retry limit reached after three attempts, locked for 24 hours', 2],
    ],
    friction: { score: 5, types: ['errors', 'confusion', 'policy'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'Offer a video call with an adviser after the first failed check',
        status: 'in progress',
        owner: 'Head of onboarding',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['customer service'],
      },
      { text: 'Say which part of the document failed and how to retake it', status: 'idea', owner: 'Design lead' },
    ],
    metrics: { dropOff: 18, volume: 1400, csat: { mode: 'mean', value: 1.8, sample: 220 }, expectedEmotion: 0 },
  });
  const branch = b.touchpoint(2, {
    title: 'Books a branch appointment to show documents',
    lane: 1,
    channel: 'store',
    feel: [-1, -2],
    thoughts: 'The next slot is in nine days.',
    painPoints: [['Nearest branch appointment is nine days away', 2]],
    friction: { score: 4, types: ['waiting', 'hand-offs'] },
    metrics: { volume: 380 },
  });
  const video = b.touchpoint(2, {
    title: 'Verified on a video call with a named adviser',
    lane: 1,
    channel: 'chat',
    feel: [3, 2],
    emotionLabel: 'Delighted',
    thoughts: 'Ten minutes, she held up my passport to the camera, and it was done.',
    delight: true,
    metrics: { volume: 910, csat: { mode: 'share', value: 95, sample: 300 } },
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service'],
  });

  const card = b.touchpoint(3, {
    title: 'Adds the card to the phone wallet before the plastic arrives',
    lane: 2,
    channel: 'mobile app',
    feel: [2, 2],
    thoughts: 'I can pay for groceries today.',
    metrics: { volume: 6100, ces: { mean: 6.2, sample: 500 } },
  });
  const letter = b.touchpoint(3, {
    title: 'Waits for the PIN letter by post',
    lane: 4,
    channel: 'mail',
    feel: [-1, -1],
    thoughts: 'Why is the PIN still on paper when the card is in my phone?',
    painPoints: [['PIN arrives by post up to seven days after the card', 1]],
    friction: { score: 2, types: ['waiting'] },
    opportunities: [
      { text: 'Show the PIN in the app behind biometrics', status: 'planned', owner: 'Cards product manager' },
    ],
  });

  const salary = b.touchpoint(4, {
    title: 'First salary arrives',
    lane: 0,
    channel: 'mobile app',
    feel: [2, 1],
    thoughts: 'It is real now. I have a bank here.',
    metrics: { volume: 5200, nps: { promoters: 210, passives: 160, detractors: 70 } },
    loyaltyQuestions: ['Why stay?'],
  });
  const overdraft = b.touchpoint(4, {
    title: 'Asks for an overdraft and is refused',
    lane: 1,
    channel: 'chat',
    feel: [-2, -1],
    thoughts: 'I have been paid here for two months, does that count for nothing?',
    painPoints: [['Refusal quotes the missing credit history, not the salary she has paid in', 2]],
    friction: { score: 3, types: ['policy'] },
    opportunities: [
      {
        text: 'Use the account’s own income history for newcomers’ credit decisions',
        status: 'idea',
        owner: 'Credit risk',
        loyaltyQuestions: ['Why evolve?'],
        pillars: ['bridges'],
      },
    ],
    metrics: { volume: 640 },
  });

  b.path(compare, form, selfie, video, card, salary);
  b.connect(compare, checker, 'alternative', 'Clicks the eligibility checker', 23);
  b.connect(checker, form, 'alternative');
  b.connect(form, saved, 'alternative', 'Stops and comes back later', 28);
  b.connect(saved, selfie, 'alternative');
  b.connect(selfie, branch, 'failure', 'Verification fails', 22);
  b.connect(branch, card, 'recovery', 'Documents checked in branch');
  b.connect(card, letter, 'alternative');
  b.connect(salary, overdraft, 'failure', 'Needs credit in month two', 12);

  b.note(
    2,
    '38% of newcomers fail the automated check on the first try; 71% of those who get a video call open the account.',
    'blue',
  );
  return b.build();
}
