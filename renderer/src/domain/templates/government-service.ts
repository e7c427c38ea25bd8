/**
 * Template: applying for a childcare benefit from a city council, online
 * with a caseworker behind it. The low point is a rejection for a missing
 * document the portal never asked for; the recovery is a caseworker who
 * fixes it on one call.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildGovernmentServiceTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Government service application: childcare benefit',
      description:
        'A parent applies for a council childcare benefit: finding out she is eligible, signing in with the national digital ID, uploading evidence, a rejection for a document nobody asked for, and the first payment. Use it to see where a public service turns a legal entitlement into a test of stamina.',
      client: 'City Council, Family Services',
      tags: ['public sector', 'benefits', 'digital service'],
    },
    [
      { name: 'Find out', customerGoal: 'Learn whether I can get help with childcare costs.' },
      { name: 'Apply', customerGoal: 'Apply once, online, with the papers I have.' },
      { name: 'Decision', customerGoal: 'Get a clear yes or no, and why.' },
      { name: 'Receive', customerGoal: 'Be paid on time, every month.' },
    ],
    now,
  );

  b.persona({
    name: 'Amina Yusuf',
    role: 'Single mother of two, works shifts in a care home',
    quote: 'I qualified on paper for a year before anyone told me.',
    needs: ['To apply on her phone between shifts', 'To know what evidence is needed before she starts'],
    fears: ['Paying back money if she makes a mistake', 'Losing the nursery place while she waits'],
    goals: ['Keep her nursery place for the youngest'],
    desires: ['To be treated as someone entitled, not suspected'],
    colour: '#ae3ec9',
    challenges: ['time-scarce', 'money-tight'],
  });

  b.lane('Applicant actions', 'customer');
  b.lane('Caseworkers and helpline', 'frontstage-people');
  b.lane('Online service and letters', 'frontstage-systems');
  b.lane('Benefits processing', 'backstage');
  b.lane('Partners', 'support');

  const hears = b.touchpoint(0, {
    title: 'Hears about the benefit from the nursery manager',
    lane: 4,
    channel: 'word of mouth',
    feel: [1],
    thoughts: 'Why did nobody at the council mention this?',
    metrics: { volume: 3200 },
    pillars: ['community and affinity'],
  });
  const checker = b.touchpoint(0, {
    title: 'Uses the online eligibility calculator',
    lane: 2,
    channel: 'website',
    feel: [2],
    thoughts: 'It says I would get £410 a month. That is the nursery bill.',
    delight: true,
    metrics: { volume: 8700, csat: { mode: 'share', value: 84, sample: 1100 } },
  });
  const signIn = b.touchpoint(1, {
    title: 'Signs in with the national digital ID',
    lane: 2,
    channel: 'mobile app',
    feel: [-1],
    thoughts: 'Another app to install, and it wants a passport scan.',
    painPoints: [['Digital ID set-up needs a passport; she has only a residence card', 2]],
    friction: { score: 3, types: ['effort', 'policy'] },
    metrics: { dropOff: 19, volume: 4100 },
  });
  const form = b.touchpoint(1, {
    title: 'Fills in the application and uploads payslips',
    lane: 2,
    channel: 'website',
    feel: [-1],
    thoughts: 'Which payslips? Monthly? My shifts change every week.',
    painPoints: [['The form asks for “income evidence” without saying which', 2]],
    friction: { score: 3, types: ['confusion', 'missing information'] },
    opportunities: [
      {
        text: 'Show a checklist of evidence for each work pattern before the form starts',
        status: 'in progress',
        owner: 'Service designer, Family Services',
      },
    ],
    metrics: { ces: { mean: 3.2, sample: 520 }, volume: 3300, dropOff: 14 },
  });
  const confirmation = b.touchpoint(1, {
    title: 'Gets a reference number and a 20-working-day promise',
    lane: 2,
    channel: 'email',
    feel: [1],
    thoughts: 'Twenty working days is a month. Fine, at least there is a date.',
    metrics: { volume: 2800 },
  });
  const rejected = b.touchpoint(2, {
    title: 'Rejected for a missing tenancy agreement',
    lane: 3,
    description: 'The caseworker system requires proof of address; the online form never asked for it.',
    channel: 'mail',
    owner: 'Benefits processing team',
    feel: [-3],
    emotionLabel: 'Angry',
    thoughts: 'Rejected? I sent everything they asked for. Now I start again?',
    quotes: ['“The letter said I can appeal within 28 days. Appeal what?”'],
    painPoints: [
      ['Rejection letter arrives by post after 26 working days', 3],
      ['The missing document was never requested by the form', 3],
    ],
    friction: { score: 5, types: ['policy', 'errors', 'hand-offs'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'Ask for missing evidence by text before any rejection',
        status: 'planned',
        owner: 'Head of benefits processing',
        loyaltyQuestions: ['Why stay?'],
      },
      { text: 'Make proof of address a required upload in the form', status: 'done', owner: 'Digital team' },
    ],
    metrics: { volume: 610, csat: { mode: 'mean', value: 1.4, sample: 180 }, expectedEmotion: 1 },
  });
  const caseworker = b.touchpoint(2, {
    title: 'A caseworker calls back and reopens the claim',
    lane: 1,
    channel: 'phone',
    owner: 'Caseworker',
    feel: [2],
    thoughts: 'She said “send a photo of it to this address and I will do it today”. And she did.',
    delight: true,
    metrics: { csat: { mode: 'share', value: 91, sample: 150 } },
    pillars: ['customer service'],
  });
  const approved = b.touchpoint(2, {
    title: 'Approval letter with the monthly amount',
    lane: 2,
    channel: 'email',
    feel: [2],
    thoughts: 'Backdated to the application date, too.',
    metrics: { volume: 2500, nps: { promoters: 900, passives: 700, detractors: 500 } },
  });
  const firstPayment = b.touchpoint(3, {
    title: 'First payment arrives',
    lane: 0,
    channel: 'other',
    feel: [2],
    thoughts: 'The nursery is paid, and I kept the place.',
    metrics: { volume: 2500 },
  });
  const change = b.touchpoint(3, {
    title: 'Reports a change of hours',
    lane: 2,
    channel: 'website',
    feel: [-2],
    thoughts: 'To change one number I have to fill in the whole form again.',
    painPoints: [['A change of circumstances means a new full application', 2]],
    friction: { score: 4, types: ['effort', 'policy'] },
    opportunities: [{ text: 'A two-question “report a change” form', status: 'idea', owner: 'Service owner' }],
    metrics: { volume: 900, dropOff: 11 },
  });

  b.path(checker, signIn, form, confirmation, approved, firstPayment);
  b.connect(hears, checker, 'alternative', 'Told by the nursery', 38);
  b.connect(confirmation, rejected, 'failure', 'Evidence missing', 21);
  b.connect(rejected, caseworker, 'recovery', 'Calls the helpline');
  b.connect(caseworker, approved, 'recovery', 'Claim reopened');
  b.connect(firstPayment, change, 'alternative', 'Shift pattern changes', 35);
  b.note(1, 'One in five applications stops at the digital ID step; no paper route is offered online.', 'pink');
  return b.build();
}
