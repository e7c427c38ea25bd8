/**
 * Template: a weeknight dinner ordered through a food delivery app, seen by
 * a customer and the restaurant's owner. The low point is the courier
 * marked “delivered” at the wrong door; the recovery is an instant refund
 * and a re-cook.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildFoodDeliveryTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Food delivery: weeknight dinner order',
      description:
        'A family orders dinner from a local restaurant through a delivery app: choosing, paying, a courier at the wrong door, a refund and the next order. Seen by the customer and the restaurant owner, who carries the cost of every failed delivery. Use it to find where the platform, the courier and the kitchen hand the customer to each other.',
      client: 'Dishdash',
      tags: ['food delivery', 'marketplace', 'last mile'],
    },
    [
      { name: 'Choose', customerGoal: 'Find something everyone will eat, arriving before 7.' },
      { name: 'Order', customerGoal: 'Pay fast and know the real total.' },
      { name: 'Wait', customerGoal: 'Know when the food will come.' },
      { name: 'Receive', customerGoal: 'Hot food, at my door, complete.' },
      { name: 'Reorder', customerGoal: 'Order again without thinking about it.' },
    ],
    now,
  );

  b.persona({
    name: 'Jess Walker',
    role: 'Working parent, orders twice a week',
    quote: 'By half six I have no patience left for surprises.',
    needs: ['A delivery time she can believe', 'Allergy information she can trust'],
    fears: ['A hungry six-year-old at 7:30', 'Fighting a chatbot for a refund'],
    goals: ['Dinner on the table by seven on training nights'],
    desires: ['The app to remember what the family likes'],
    colour: '#f03e3e',
    spender: true,
    challenges: ['time-scarce'],
  });
  b.persona({
    name: 'Marco Bellini',
    role: 'Owner of the family pizzeria on the app',
    quote: 'When the courier gets it wrong, the one-star review is mine.',
    needs: ['Couriers who arrive when the food is ready', 'Fair handling of refunds'],
    fears: ['Commission rising again', 'Being delisted for reviews he did not cause'],
    goals: ['Keep delivery at a third of his sales without losing margin'],
    desires: ['A direct line to his regular customers'],
    colour: '#fab005',
  });

  const browse = b.touchpoint(0, {
    title: 'Scrolls the app for something everyone likes',
    channel: 'mobile app',
    feel: [0, 0],
    thoughts: 'Forty-five minutes everywhere. Who is actually close?',
    painPoints: [['Delivery estimates look the same for every restaurant', 1]],
    friction: { score: 2, types: ['confusion'] },
    metrics: { volume: 52000, dropOff: 22 },
  });
  const reorderBtn = b.touchpoint(0, {
    title: 'Taps “Order again” on last Tuesday’s pizza',
    channel: 'mobile app',
    feel: [2, 1],
    thoughts: 'Two taps. Same as last week.',
    delight: true,
    metrics: { volume: 14000 },
  });
  const allergens = b.touchpoint(0, {
    title: 'Checks allergens for a child with a nut allergy',
    channel: 'mobile app',
    feel: [-2, -1],
    thoughts: '“Ask the restaurant.” At 6:30 pm, how?',
    painPoints: [['Allergen information missing for most dishes', 3]],
    friction: { score: 4, types: ['missing information', 'accessibility'] },
    opportunities: [
      {
        text: 'Require the 14 allergens on every dish before a menu goes live',
        status: 'planned',
        owner: 'Restaurant partnerships lead',
      },
    ],
  });
  const checkout = b.touchpoint(1, {
    title: 'Sees the total with service and delivery fees',
    channel: 'mobile app',
    feel: [-1, 0],
    thoughts: '£27 became £34.60 at the last step.',
    painPoints: [['Fees appear only at checkout', 2]],
    friction: { score: 3, types: ['price'] },
    metrics: { dropOff: 14, volume: 30000, ces: { mean: 5.4, sample: 2100 } },
    loyaltyQuestions: ['Why pay?'],
  });
  const tracking = b.touchpoint(2, {
    title: 'Watches the courier on the live map',
    channel: 'mobile app',
    feel: [1, 0],
    thoughts: 'He is two streets away. Plates out.',
    metrics: { volume: 26000 },
  });
  const delayed = b.touchpoint(2, {
    title: 'Food ready, courier still 20 minutes away',
    channel: 'partner',
    owner: 'Courier dispatch',
    feel: [-1, -2],
    thoughts: 'The pizza is going cold on my counter (Marco).',
    painPoints: [['Courier assigned after the food is ready', 2]],
    friction: { score: 3, types: ['waiting', 'hand-offs'] },
    opportunities: [
      {
        text: 'Dispatch couriers from the kitchen’s own ready-time estimate',
        status: 'in progress',
        owner: 'Logistics product manager',
      },
    ],
    metrics: { volume: 5200 },
  });
  const wrongDoor = b.touchpoint(3, {
    title: 'Marked “delivered” but nothing at the door',
    description: 'The courier left the order at number 14 of the next street; the app shows it as delivered.',
    channel: 'delivery',
    owner: 'Courier operations',
    feel: [-3, -2],
    emotionLabel: 'Angry',
    thoughts: 'It says delivered. It is not here. The children are starving.',
    quotes: ['“The photo shows somebody else’s door.”'],
    painPoints: [
      ['Delivered to the wrong address with a photo as “proof”', 3],
      ['Chat bot asks four questions before offering a person', 2],
    ],
    friction: { score: 5, types: ['errors', 'hand-offs', 'waiting'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'One-tap “not received”: instant refund for customers in good standing',
        status: 'in progress',
        owner: 'Head of customer care',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['customer service'],
      },
    ],
    metrics: { volume: 780, csat: { mode: 'mean', value: 1.6, sample: 500 }, expectedEmotion: 1 },
  });
  const refund = b.touchpoint(3, {
    title: 'Instant refund and a free re-cook from the restaurant',
    channel: 'chat',
    feel: [3, 1],
    emotionLabel: 'Delighted',
    thoughts: 'Refunded in a minute, and Marco sent a new pizza with a free tiramisu.',
    delight: true,
    metrics: { csat: { mode: 'share', value: 93, sample: 400 } },
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service'],
  });
  const eats = b.touchpoint(3, {
    title: 'Dinner arrives hot, on time',
    channel: 'delivery',
    feel: [2, 2],
    thoughts: 'Ten to seven. Made it.',
    metrics: { volume: 25000, csat: { mode: 'share', value: 88, sample: 9000 } },
  });
  const review = b.touchpoint(4, {
    title: 'Rates the order and the courier',
    channel: 'mobile app',
    feel: [1, -1],
    thoughts: 'Five stars for the food, one for the delivery. Will Marco see the difference?',
    painPoints: [['One rating mixes kitchen and courier; restaurants carry courier faults', 2]],
    friction: { score: 1, types: ['policy'] },
    opportunities: [
      { text: 'Separate food and delivery ratings', status: 'planned', owner: 'Marketplace product owner' },
    ],
    metrics: { nps: { promoters: 4200, passives: 3100, detractors: 2300 } },
  });
  const direct = b.touchpoint(4, {
    title: 'Orders directly from the restaurant’s own site next time',
    channel: 'website',
    feel: [1, 3],
    thoughts: 'Same pizza, lower price, and Marco keeps the commission.',
    loyaltyQuestions: ['Why change?'],
    pillars: ['bridges'],
  });

  b.path(browse, checkout, tracking, eats, review);
  b.connect(browse, reorderBtn, 'alternative', 'Regular customer', 27);
  b.connect(reorderBtn, checkout, 'alternative');
  b.connect(browse, allergens, 'alternative', 'Has an allergy to check', 8);
  b.connect(tracking, delayed, 'alternative', 'Kitchen waits for courier', 20);
  b.connect(tracking, wrongDoor, 'failure', 'Wrong address', 3);
  b.connect(wrongDoor, refund, 'recovery', 'Reports “not received”');
  b.connect(refund, review, 'recovery');
  b.connect(review, direct, 'alternative', 'Finds the restaurant’s own site', 9);
  b.note(3, 'Failed deliveries: 3% of orders, 41% of one-star reviews.', 'pink');
  return b.build();
}
