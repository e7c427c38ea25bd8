/**
 * Template: an online clothing order where the parcel arrives damaged and
 * the retailer wins the customer back. The emotional low point is “Parcel
 * arrives damaged” (−3); the friction and pain hot spot is “Contacts support
 * by phone” (friction 5, a severe pain point).
 */
import type { JourneyDocument } from '../model';
import { DEFAULT_STAGE_NAMES } from '../vocabulary';
import { TemplateBuilder } from './builder';

export const ONLINE_ORDER_LOW_POINT_TITLE = 'Parcel arrives damaged';
export const ONLINE_ORDER_HOT_SPOT_TITLE = 'Contacts support by phone';

const [DISCOVER, CHOOSE, BUY, RECEIVE, USE, RENEW] = DEFAULT_STAGE_NAMES;

export function buildOnlineOrderTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Online order: damaged item and service recovery',
      description:
        'A customer orders a winter jacket online. The parcel arrives damaged, support takes too long, and a fast replacement with a personal note wins her back. Use it to find where a failure costs loyalty and where recovery earns it.',
      client: 'Northwind Outfitters',
      tags: ['e-commerce', 'service recovery', 'delivery'],
      churn: [
        { period: 'Q1', start: 5200, end: 4680, recordedAt: now },
        { period: 'Q2', start: 4680, end: 4490, recordedAt: now },
      ],
    },
    [
      { name: DISCOVER, customerGoal: 'Find a warm jacket before the cold weather starts.' },
      { name: CHOOSE, customerGoal: 'Pick the right size and be sure it arrives in time.' },
      { name: BUY, customerGoal: 'Pay quickly without creating yet another account.' },
      { name: RECEIVE, customerGoal: 'Get the jacket intact, on the day promised.' },
      { name: USE, customerGoal: 'Wear it and feel it was worth the money.' },
      { name: RENEW, customerGoal: 'Come back when the next season starts.' },
    ],
    now,
  );

  const maya = b.persona({
    name: 'Maya Fernandes',
    role: 'Working parent who shops on her phone in short breaks',
    quote: 'I don’t have time to chase a parcel. Just get it right the first time.',
    needs: ['Clear delivery dates', 'Sizes she can trust without trying on', 'Support that answers quickly'],
    fears: ['Wasting an evening on returns', 'Being passed from one agent to another'],
    goals: ['Have the children’s and her own winter clothes sorted by November'],
    desires: ['A shop that remembers her sizes and treats her as a regular'],
    colour: '#e64980',
    spender: true,
    sender: true,
    challenges: ['time-scarce'],
  });
  const feels = (emotion: number) => ({ [maya.id]: emotion });

  const ad = b.touchpoint(0, {
    title: 'Sees a social ad for the jacket',
    channel: 'social media',
    emotion: 1,
    personaEmotions: feels(1),
    thoughts: 'That looks warm, and the price is fair.',
    metrics: { volume: 12000 },
  });
  const friend = b.touchpoint(0, {
    title: 'Hears about the shop from a friend',
    channel: 'word of mouth',
    emotion: 2,
    personaEmotions: feels(2),
    thoughts: 'If she was happy with them, I probably will be too.',
    loyaltyQuestions: ['Why you?'],
    pillars: ['community and affinity'],
  });

  const compare = b.touchpoint(1, {
    title: 'Compares sizes and delivery options',
    channel: 'mobile app',
    emotion: -1,
    personaEmotions: feels(-1),
    thoughts: 'Is a medium a medium here? Will it come before Friday?',
    painPoints: [['The size chart is hidden three taps away on mobile', 2]],
    friction: { score: 2, types: ['confusion', 'missing information'] },
    opportunities: [{ text: 'Show the size chart next to the size picker', status: 'planned', owner: 'Web team' }],
    metrics: { dropOff: 18, volume: 9000 },
  });

  const checkout = b.touchpoint(2, {
    title: 'Checks out as a guest',
    channel: 'mobile app',
    emotion: 1,
    personaEmotions: feels(1),
    thoughts: 'Good, no account needed.',
    friction: { score: 1, types: ['effort'] },
    metrics: { ces: { mean: 6.1, sample: 310 }, dropOff: 7, volume: 7400 },
  });
  const confirmation = b.touchpoint(2, {
    title: 'Receives the order confirmation',
    channel: 'email',
    emotion: 2,
    personaEmotions: feels(2),
    thoughts: 'Delivery on Thursday. Perfect.',
    metrics: { csat: { mode: 'share', value: 88, sample: 540 }, volume: 6900 },
  });

  const tracking = b.touchpoint(3, {
    title: 'Tracks the parcel',
    channel: 'mobile app',
    emotion: 0,
    personaEmotions: feels(-1),
    thoughts: 'No update for two days. Is it lost?',
    painPoints: [['Tracking shows no update for two days', 1]],
    friction: { score: 2, types: ['waiting'] },
    metrics: { volume: 6900 },
  });
  const unboxes = b.touchpoint(3, {
    title: 'Unboxes the jacket',
    channel: 'delivery',
    emotion: 2,
    personaEmotions: feels(2),
    thoughts: 'It fits, and it is as warm as it looked.',
    metrics: { csat: { mode: 'mean', value: 4.4, sample: 820 }, volume: 6480 },
  });
  const damaged = b.touchpoint(3, {
    title: 'Parcel arrives damaged',
    description:
      'The box is crushed and the jacket’s zip is torn. About one parcel in sixteen since the courier change.',
    channel: 'delivery',
    emotion: -3,
    emotionLabel: 'Angry',
    personaEmotions: feels(-3),
    thoughts: 'I paid for this, and now I have to sort it out myself.',
    quotes: ['“The box looked like someone sat on it.”'],
    painPoints: [['The box is crushed and the zip is torn', 3]],
    friction: { score: 3, types: ['errors'] },
    momentOfTruth: true,
    metrics: { volume: 420, expectedEmotion: 2 },
    opportunities: [
      { text: 'Pack jackets in padded bags for the new courier', status: 'in progress', owner: 'Warehouse lead' },
    ],
  });
  const support = b.touchpoint(3, {
    title: 'Contacts support by phone',
    description: 'Maya calls the hotline to report the damage and ask for a replacement.',
    channel: 'phone',
    owner: 'Customer service',
    emotion: -2,
    personaEmotions: feels(-2),
    thoughts: 'Twenty-five minutes on hold, and now they want photos by email?',
    quotes: ['“I had to explain the whole thing twice.”'],
    painPoints: [
      ['Waited 25 minutes on hold before reaching an agent', 3],
      ['Asked to send photos by email after the call', 2],
      ['Transferred to a second agent who asked the same questions', 2],
    ],
    friction: { score: 5, types: ['waiting', 'hand-offs', 'policy', 'effort'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'Let customers report damage with photos in the app',
        status: 'in progress',
        owner: 'Customer service lead',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['customer service'],
      },
      { text: 'Offer a call-back instead of the hold queue', status: 'idea', owner: 'Contact centre manager' },
    ],
    metrics: {
      ces: { mean: 2.2, sample: 212 },
      csat: { mode: 'mean', value: 2.1, sample: 212 },
      nps: { promoters: 18, passives: 46, detractors: 148 },
      volume: 380,
      expectedEmotion: 0,
    },
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service'],
  });
  const replacement = b.touchpoint(3, {
    title: 'Replacement arrives next day with a handwritten note',
    channel: 'delivery',
    emotion: 3,
    emotionLabel: 'Delighted',
    personaEmotions: feels(3),
    thoughts: 'They actually apologised, and it came the very next day.',
    delight: true,
    metrics: { csat: { mode: 'share', value: 94, sample: 180 }, expectedEmotion: 0 },
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service', 'experiences'],
  });

  const wears = b.touchpoint(4, {
    title: 'Wears it on the first cold day',
    channel: 'other',
    emotion: 2,
    personaEmotions: feels(2),
    thoughts: 'Warm, light, and the colour is right.',
    metrics: { volume: 6860 },
  });

  const review = b.touchpoint(5, {
    title: 'Asked to review the purchase',
    channel: 'email',
    emotion: 1,
    personaEmotions: feels(1),
    thoughts: 'Happy to, after how they handled it.',
    metrics: { nps: { promoters: 412, passives: 188, detractors: 96 }, volume: 2100 },
  });
  const reorder = b.touchpoint(5, {
    title: 'Orders again in the winter sale',
    channel: 'website',
    emotion: 2,
    personaEmotions: feels(2),
    thoughts: 'I know they will sort it out if something goes wrong.',
    opportunities: [
      {
        text: 'Remember sizes from earlier orders',
        status: 'idea',
        owner: 'Product manager',
        loyaltyQuestions: ['Why stay?', 'Why evolve?'],
        pillars: ['products and services'],
      },
    ],
    loyaltyQuestions: ['Why stay?'],
    pillars: ['products and services'],
    metrics: { volume: 2600 },
  });

  b.path(ad, compare, checkout, confirmation, tracking, unboxes, wears, review, reorder);
  b.connect(friend, compare, 'alternative', 'Recommended by a friend', 12);
  b.connect(tracking, damaged, 'failure', 'Damaged in transit', 6);
  b.connect(damaged, support, 'failure', 'Reports the damage');
  b.connect(support, replacement, 'recovery', 'Replacement sent');
  b.connect(replacement, wears, 'recovery', 'Back on track');

  b.note(3, 'Damage rate doubled after the courier change in March.', 'pink');
  b.note(4, 'Customers who got a fast replacement reorder more often than those with no problem at all.', 'green');

  return b.build();
}
