/**
 * Template: a service blueprint of a same-day phone repair at a walk-in
 * shop, in five lanes: what the customer does, the technician and the
 * booking app in front of the counter, the work behind it, and the systems
 * and suppliers that support it. Every lane can be renamed or removed.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder, type TouchpointSpec } from './builder';

export const SERVICE_BLUEPRINT_LANES = [
  'Customer actions',
  'Frontstage: technician',
  'Frontstage: app and messages',
  'Backstage',
  'Support processes',
] as const;

export function buildServiceBlueprintTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Service blueprint: same-day phone repair',
      description:
        'A cracked screen fixed the same day at a walk-in repair shop: what the customer does, what the technician and the booking app show, and what happens out of sight in the workshop and the parts system. Use it to find where a promise made at the counter depends on a process nobody sees.',
      client: 'FixPoint',
      tags: ['service blueprint', 'retail', 'repair'],
    },
    [
      { name: 'Book', customerGoal: 'Get a slot today without calling around.' },
      { name: 'Drop off', customerGoal: 'Hand the phone over and know when it will be ready.' },
      { name: 'Repair', customerGoal: 'Stay reachable and informed while the phone is away.' },
      { name: 'Collect', customerGoal: 'Get the phone back working, with data intact, and pay what was quoted.' },
    ],
    now,
  );
  const [customer, technician, app, backstage, support] = [
    b.lane(SERVICE_BLUEPRINT_LANES[0], 'customer'),
    b.lane(SERVICE_BLUEPRINT_LANES[1], 'frontstage-people'),
    b.lane(SERVICE_BLUEPRINT_LANES[2], 'frontstage-systems'),
    b.lane(SERVICE_BLUEPRINT_LANES[3], 'backstage'),
    b.lane(SERVICE_BLUEPRINT_LANES[4], 'support'),
  ].map((_, i) => i);

  const meera = b.persona({
    name: 'Meera Iyer',
    role: 'Freelance photographer who runs her business from her phone',
    quote: 'Every hour without my phone is a client I cannot answer.',
    needs: ['A firm time the phone will be ready', 'Her photos still there afterwards'],
    fears: ['Being told at collection that the part was not in stock'],
    goals: ['Be back online before her evening shoot'],
    desires: ['A repair shop she can recommend to other freelancers'],
    colour: '#7950f2',
    spender: true,
  });

  /** Every card carries the customer's feeling (behind the counter: how its outcome lands with her), channel and thoughts. */
  const tp = (stage: number, spec: TouchpointSpec) => {
    const emotion = spec.emotion ?? 0;
    return b.touchpoint(stage, {
      channel: 'other',
      ...spec,
      emotion,
      personaEmotions: { [meera.id]: emotion },
    });
  };

  const book = tp(0, {
    lane: customer,
    title: 'Books a repair slot online',
    channel: 'website',
    emotion: 1,
    thoughts: 'Good, they have a 10:30 slot and a price on the page.',
    metrics: { volume: 1200, dropOff: 18 },
  });
  const confirm = tp(0, {
    lane: app,
    title: 'Booking confirmed by text with the quote',
    thoughts: 'A price in writing. I can plan my afternoon around it.',
    channel: 'mobile app',
    emotion: 1,
    opportunities: [{ text: 'Show the part’s stock status in the confirmation', owner: 'Digital team' }],
  });
  const reserve = tp(0, {
    lane: backstage,
    title: 'Parts reserved against the booking',
    thoughts: 'Staff view: the screen should be on the shelf, if last night’s count is right.',
    owner: 'Workshop lead',
    painPoints: [['Stock count is a day old, so reserved parts are sometimes already gone', 3]],
    friction: { score: 3, types: ['errors', 'missing information'] },
  });
  const stock = tp(0, {
    lane: support,
    title: 'Parts inventory synced overnight from the supplier',
    thoughts: 'Staff view: the supplier file arrives at 2 am; anything sold after that still shows in stock.',
    owner: 'IT',
    opportunities: [{ text: 'Sync stock every hour', status: 'planned', owner: 'IT' }],
  });

  const handOver = tp(1, {
    lane: customer,
    title: 'Hands the phone over at the counter',
    channel: 'store',
    emotion: -1,
    thoughts: 'Do I really have to give them my passcode?',
    painPoints: [['Asked for the passcode with no explanation why', 2]],
  });
  const checkIn = tp(1, {
    lane: technician,
    title: 'Technician checks the phone in and promises 3 pm',
    thoughts: 'A real person and a real time. That is why I came here.',
    channel: 'store',
    owner: 'Counter staff',
    momentOfTruth: true,
    emotion: 1,
  });
  const ticket = tp(1, {
    lane: backstage,
    title: 'Repair ticket queued in the workshop',
    thoughts: 'Staff view: the ticket joins the queue; the counter cannot see where it is.',
    owner: 'Workshop lead',
    friction: { score: 2, types: ['hand-offs'] },
  });

  const waits = tp(2, {
    lane: customer,
    title: 'Waits, checking messages on a laptop',
    emotion: -1,
    thoughts: 'No news since this morning. Is it on track?',
    painPoints: [['No update between drop-off and collection', 2]],
  });
  const update = tp(2, {
    lane: app,
    title: 'Status text: “Your phone is being repaired”',
    thoughts: 'At least something. But will it be ready at three?',
    channel: 'mobile app',
    opportunities: [{ text: 'Send a photo of the finished repair with the ready text' }],
  });
  const repair = tp(2, {
    lane: backstage,
    title: 'Screen replaced and phone tested',
    thoughts: 'Staff view: the reserved screen was gone, so the repair waits for the courier.',
    owner: 'Technician',
    painPoints: [['Reserved part missing: the technician has to fetch one from another branch', 3]],
    friction: { score: 4, types: ['waiting', 'hand-offs'] },
  });
  const courier = tp(2, {
    lane: support,
    title: 'Branch-to-branch courier for missing parts',
    thoughts: 'Staff view: the courier runs every two hours, so one missing part costs the afternoon.',
    owner: 'Logistics',
  });

  const collect = tp(3, {
    lane: customer,
    title: 'Collects the phone and pays',
    channel: 'store',
    emotion: 2,
    delight: true,
    thoughts: 'Everything is still there, and it was ready at three as promised.',
    metrics: { csat: { mode: 'mean', value: 4.4, sample: 310 } },
  });
  const handBack = tp(3, {
    lane: technician,
    title: 'Technician shows the repair and the 90-day warranty',
    thoughts: 'He shows me the photos are all there. I will come back here.',
    channel: 'store',
    emotion: 2,
  });
  const receipt = tp(3, {
    lane: app,
    title: 'Receipt and warranty by email',
    thoughts: 'Good to have the warranty in my inbox, not on a paper slip.',
    channel: 'email',
  });

  b.path(book, handOver, waits, collect);
  b.connect(book, confirm);
  b.connect(confirm, reserve);
  b.connect(reserve, stock, 'alternative', 'checks stock');
  b.connect(handOver, checkIn);
  b.connect(checkIn, ticket);
  b.connect(ticket, repair);
  b.connect(repair, courier, 'failure', 'part missing');
  b.connect(courier, repair, 'recovery', 'part delivered');
  b.connect(repair, update);
  b.connect(update, waits);
  b.connect(collect, handBack);
  b.connect(handBack, receipt);
  return b.build();
}
