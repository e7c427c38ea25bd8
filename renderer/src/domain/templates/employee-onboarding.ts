/**
 * Template: a new hire's first 90 days, from signed offer to the end of
 * probation, seen by the new hire and her line manager. The low point is day
 * one without a laptop or access; the delight is a buddy and a first task
 * shipped in week two.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildEmployeeOnboardingTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Employee onboarding: the first 90 days',
      description:
        'A product designer joins a 600-person company: offer, paperwork, a first day without a laptop, a buddy, a first project and the probation review. Seen by the new hire and her manager. Use it to find where new starters decide whether they made the right choice.',
      client: 'Brightwell Group, People team',
      tags: ['employee experience', 'HR', 'onboarding'],
      churn: [{ period: 'First year', start: 140, end: 112, recordedAt: now }],
    },
    [
      { name: 'Offer', customerGoal: 'Accept with confidence and no surprises in the contract.' },
      { name: 'Before day one', customerGoal: 'Arrive ready, with the paperwork done.' },
      { name: 'First week', customerGoal: 'Be able to work, and know who to ask.' },
      { name: 'First month', customerGoal: 'Deliver something real and be seen.' },
      { name: 'Probation', customerGoal: 'Know where I stand and what is next.' },
    ],
    now,
  );

  b.persona({
    name: 'Chloé Martin',
    role: 'Senior product designer, new hire',
    quote: 'The first day tells you how much they planned for you.',
    needs: ['Her tools working on day one', 'A clear first project'],
    fears: ['Being idle for a week and looking slow', 'A manager too busy to meet'],
    goals: ['Ship a visible improvement in her first month'],
    desires: ['To feel the team wanted her, not just a headcount'],
    colour: '#e8590c',
  });
  b.persona({
    name: 'Tomás Rivera',
    role: 'Design manager, her line manager',
    quote: 'I filed the laptop ticket three weeks ago.',
    needs: ['IT and facilities to act on one request', 'Time to plan her first weeks'],
    fears: ['Losing a hire he fought six months to get'],
    goals: ['Have her leading the checkout redesign by month three'],
    desires: ['An onboarding plan he does not have to invent each time'],
    colour: '#1098ad',
    challenges: ['time-scarce'],
  });

  const offer = b.touchpoint(0, {
    title: 'Receives the offer and contract',
    channel: 'email',
    feel: [2, 1],
    thoughts: 'Good salary, but the contract says 25 days’ holiday, not the 28 we agreed.',
    painPoints: [['Contract differs from what was agreed on the phone', 2]],
    friction: { score: 2, types: ['errors'] },
    metrics: { volume: 140 },
  });
  const welcome = b.touchpoint(0, {
    title: 'Gets a welcome video from the team',
    channel: 'email',
    feel: [3, 2],
    emotionLabel: 'Delighted',
    thoughts: 'Eight people I have never met, saying hello by name.',
    delight: true,
    pillars: ['community and affinity'],
  });
  const paperwork = b.touchpoint(1, {
    title: 'Completes right-to-work and bank details in the HR portal',
    channel: 'website',
    feel: [-1, 0],
    thoughts: 'Why do I upload my passport to two different systems?',
    painPoints: [['The same documents are asked for by HR and by payroll', 2]],
    friction: { score: 3, types: ['effort', 'hand-offs'] },
    opportunities: [
      {
        text: 'One pre-boarding checklist shared by HR, payroll and IT',
        status: 'in progress',
        owner: 'HR operations lead',
      },
    ],
    metrics: { ces: { mean: 3.6, sample: 120 } },
  });
  const noLaptop = b.touchpoint(2, {
    title: 'Day one: no laptop and no accounts',
    description: 'The laptop request waited for a cost-centre approval that nobody was told about.',
    channel: 'store',
    owner: 'IT service desk',
    feel: [-3, -3],
    emotionLabel: 'Angry',
    thoughts: 'I am reading the handbook on my own phone. Did they forget I was coming?',
    quotes: ['“I spent my first morning in reception.”'],
    painPoints: [
      ['Laptop not ready on the first day', 3],
      ['No access to email, Slack or the design tools until day three', 3],
    ],
    friction: { score: 5, types: ['waiting', 'hand-offs', 'policy'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'Trigger laptop and accounts automatically when the contract is signed',
        status: 'planned',
        owner: 'Head of IT operations',
        loyaltyQuestions: ['Why stay?'],
      },
    ],
    metrics: { volume: 45, expectedEmotion: 2 },
  });
  const buddy = b.touchpoint(2, {
    title: 'Lunch with her onboarding buddy',
    channel: 'store',
    feel: [2, 1],
    thoughts: 'She told me who actually decides things here.',
    delight: true,
    pillars: ['community and affinity'],
    metrics: { csat: { mode: 'share', value: 94, sample: 110 } },
  });
  const setup = b.touchpoint(2, {
    title: 'Laptop arrives; IT sets up everything in one visit',
    channel: 'store',
    feel: [1, 1],
    thoughts: 'Forty minutes and I could finally work.',
  });
  const plan = b.touchpoint(2, {
    title: 'Manager shares a 30-60-90 day plan',
    channel: 'other',
    feel: [2, 2],
    thoughts: 'I know what good looks like at day 90.',
    metrics: { csat: { mode: 'mean', value: 4.5, sample: 80 } },
  });
  const firstTask = b.touchpoint(3, {
    title: 'Ships a fix to the checkout error messages',
    channel: 'other',
    feel: [3, 2],
    thoughts: 'Small, but live, and the team shared the numbers.',
    momentOfTruth: true,
    loyaltyQuestions: ['Why stay?'],
    pillars: ['experiences'],
  });
  const training = b.touchpoint(3, {
    title: 'Mandatory compliance training, nine modules',
    channel: 'website',
    feel: [-2, -1],
    thoughts: 'Nine hours of slides, due this week, in the middle of my first project.',
    painPoints: [['All compliance modules due in the same week as the first deliverable', 2]],
    friction: { score: 3, types: ['effort', 'policy'] },
    opportunities: [
      { text: 'Spread compliance modules over the first 60 days', status: 'idea', owner: 'Learning and development' },
    ],
  });
  const review = b.touchpoint(4, {
    title: 'Probation review with written feedback',
    channel: 'other',
    feel: [2, 2],
    thoughts: 'Specific feedback, and a plan to lead the checkout redesign.',
    metrics: { nps: { promoters: 70, passives: 40, detractors: 20 }, volume: 130 },
    loyaltyQuestions: ['Why evolve?'],
  });

  b.path(offer, paperwork, noLaptop, setup, plan, firstTask, review);
  b.connect(offer, welcome, 'alternative', 'Team sends a welcome', 60);
  b.connect(welcome, paperwork, 'alternative');
  b.connect(noLaptop, buddy, 'recovery', 'Buddy takes her to lunch');
  b.connect(plan, training, 'alternative');
  b.connect(training, review, 'failure', 'Training overdue flagged at review', 20);
  b.note(
    2,
    'New starters without working kit on day one are twice as likely to leave in the first year (exit survey, 2023).',
    'pink',
  );
  return b.build();
}
