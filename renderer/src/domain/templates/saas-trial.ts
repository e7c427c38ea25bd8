/**
 * Template: a team scheduling tool's free trial, from first search to the
 * first renewal, seen by the buyer and by a team member who uses it daily.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildSaasTrialTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'SaaS trial to paid',
      description:
        'A team lead tries a meeting scheduling tool for 14 days, brings her team in, and decides whether to pay. Use it to see where trials stall and what makes a team stay after the first year.',
      client: 'Slotwise',
      tags: ['SaaS', 'trial', 'conversion', 'B2B'],
    },
    [
      { name: 'Discover', customerGoal: 'Stop losing hours to back-and-forth about meeting times.' },
      { name: 'Sign up', customerGoal: 'Try it without talking to sales.' },
      { name: 'Onboard', customerGoal: 'Have the calendar connected and the team invited in ten minutes.' },
      { name: 'Trial', customerGoal: 'See real meetings booked without effort.' },
      { name: 'Convert', customerGoal: 'Pick the right plan and get it approved.' },
      { name: 'Renew', customerGoal: 'Be sure the tool still earns its price a year on.' },
    ],
    now,
  );

  const priya = b.persona({
    name: 'Priya Raman',
    role: 'Operations lead who chooses and pays for the team’s tools',
    quote: 'If my team doesn’t use it in the first week, it’s dead to me.',
    needs: ['Calendar permissions she can explain to IT', 'A price that grows with the team, not ahead of it'],
    fears: ['Paying for seats nobody uses', 'A security review that takes months'],
    goals: ['Cut the time spent scheduling client calls in half this quarter'],
    desires: ['Look like the person who found the tool everyone likes'],
    colour: '#4c6ef5',
    spender: true,
    sender: true,
    challenges: ['time-scarce'],
  });
  const tom = b.persona({
    name: 'Tom Okafor',
    role: 'Account manager who books a dozen client calls a week',
    quote: 'Just give me one link I can paste into an email.',
    needs: ['One booking link that respects his focus time'],
    fears: ['Double bookings in front of a client'],
    goals: ['Spend his mornings with clients, not in his inbox'],
    desires: ['Clients who say how easy it was to book him'],
    colour: '#15aabf',
    sender: true,
  });
  const feels = (p: number, t: number) => ({ [priya.id]: p, [tom.id]: t });

  const search = b.touchpoint(0, {
    title: 'Searches for a scheduling tool',
    channel: 'website',
    emotion: 0,
    personaEmotions: feels(0, 0),
    thoughts: 'There are twenty of these. Which one works with our calendar?',
    metrics: { volume: 18000 },
    loyaltyQuestions: ['Why you?'],
  });
  const sharedLink = b.touchpoint(0, {
    title: 'Books a call through a partner’s link',
    channel: 'partner',
    emotion: 2,
    personaEmotions: feels(2, 1),
    thoughts: 'That was painless. What are they using?',
    delight: true,
    loyaltyQuestions: ['Why you?', 'Why now?'],
    pillars: ['bridges'],
  });

  const signUp = b.touchpoint(1, {
    title: 'Creates a trial account',
    channel: 'website',
    emotion: -1,
    personaEmotions: feels(-1, 0),
    thoughts: 'Why do they need my phone number before I have seen anything?',
    painPoints: [['Asked for company size and phone number before seeing the product', 2]],
    friction: { score: 2, types: ['effort', 'policy'] },
    opportunities: [
      {
        text: 'Ask for company details after the first calendar is connected',
        status: 'planned',
        owner: 'Growth team',
        loyaltyQuestions: ['Why now?'],
      },
    ],
    metrics: { dropOff: 22, volume: 3100 },
  });

  const connect = b.touchpoint(2, {
    title: 'Connects the work calendar',
    channel: 'website',
    emotion: -1,
    personaEmotions: feels(-2, -1),
    thoughts: 'This permission screen asks for a lot. Will IT block it?',
    painPoints: [['The calendar permission screen looks alarming and explains nothing', 2]],
    friction: { score: 3, types: ['confusion', 'errors'] },
    momentOfTruth: true,
    opportunities: [
      { text: 'Explain each calendar permission in plain words', status: 'in progress', owner: 'Product designer' },
    ],
    metrics: { dropOff: 15, ces: { mean: 4.6, sample: 140 }, volume: 2400 },
  });
  const invite = b.touchpoint(2, {
    title: 'Invites the team',
    channel: 'email',
    emotion: 1,
    personaEmotions: feels(1, 0),
    thoughts: 'If Tom likes it, the others will follow.',
    loyaltyQuestions: ['Why you?'],
    pillars: ['community and affinity'],
    metrics: { volume: 1900 },
  });

  const firstBooking = b.touchpoint(3, {
    title: 'First client books without any back-and-forth',
    channel: 'email',
    emotion: 3,
    emotionLabel: 'Delighted',
    personaEmotions: feels(2, 3),
    thoughts: 'That would have been six emails last month.',
    delight: true,
    momentOfTruth: true,
    metrics: { csat: { mode: 'share', value: 91, sample: 260 }, expectedEmotion: 1, volume: 1500 },
    loyaltyQuestions: ['Why stay?'],
    pillars: ['products and services', 'experiences'],
  });
  const seatLimit = b.touchpoint(3, {
    title: 'Hits the trial’s seat limit',
    channel: 'website',
    emotion: -2,
    personaEmotions: feels(-2, -1),
    thoughts: 'Five seats? The whole team is twelve people.',
    painPoints: [['Cannot add the sixth teammate without paying first', 3]],
    friction: { score: 4, types: ['policy', 'price'] },
    opportunities: [
      {
        text: 'Let trials add the whole team for 14 days',
        status: 'idea',
        owner: 'Pricing committee',
        loyaltyQuestions: ['Why pay?'],
        pillars: ['products and services'],
      },
    ],
    metrics: { dropOff: 12, volume: 600 },
  });

  const plans = b.touchpoint(4, {
    title: 'Compares plans and prices',
    channel: 'website',
    emotion: -1,
    personaEmotions: feels(-1, 0),
    thoughts: 'Which plan has round-robin booking? The table does not say.',
    painPoints: [['The plan table hides which plan has team features', 2]],
    friction: { score: 2, types: ['price', 'missing information'] },
    loyaltyQuestions: ['Why pay?'],
    pillars: ['products and services'],
    metrics: { dropOff: 9, volume: 1400 },
  });
  const pays = b.touchpoint(4, {
    title: 'Pays by card for twelve seats',
    channel: 'website',
    emotion: 1,
    personaEmotions: feels(1, 0),
    thoughts: 'Done in two minutes, and the invoice has our VAT number.',
    metrics: { ces: { mean: 2, sample: 180 }, volume: 1270 },
  });

  const reminder = b.touchpoint(5, {
    title: 'Gets the annual renewal reminder',
    channel: 'email',
    emotion: 0,
    personaEmotions: feels(0, 0),
    thoughts: 'How much did we actually use it this year?',
    opportunities: [
      {
        text: 'Send a year-in-review: meetings booked and hours saved',
        status: 'planned',
        owner: 'Customer success',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['bridges', 'customer service'],
      },
    ],
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service'],
    metrics: { nps: { promoters: 96, passives: 71, detractors: 33 }, volume: 1100 },
  });
  const forum = b.touchpoint(5, {
    title: 'Asks for a feature in the community forum',
    channel: 'social media',
    emotion: 1,
    personaEmotions: feels(1, 2),
    thoughts: 'They answered within a day and put it on the roadmap.',
    loyaltyQuestions: ['Why evolve?'],
    pillars: ['community and affinity'],
  });

  b.path(search, signUp, connect, invite, firstBooking, plans, pays, reminder);
  b.connect(sharedLink, signUp, 'alternative', 'Came from a booking link', 30);
  b.connect(invite, seatLimit, 'failure', 'Team larger than the trial allows', 25);
  b.connect(seatLimit, plans, 'recovery', 'Sales extends the trial');
  b.connect(reminder, forum, 'alternative', 'Engaged customers', 15);

  b.note(2, 'IT approval took 9 days on average for companies over 200 people.', 'blue');

  return b.build();
}
