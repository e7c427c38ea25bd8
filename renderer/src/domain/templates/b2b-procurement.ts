/**
 * Template: a mid-size manufacturer buys a fleet-telematics platform through
 * its procurement process, seen by the business sponsor and the procurement
 * manager. The low point is the security questionnaire stall; the recovery
 * is a pre-filled trust pack and a call with the vendor's security lead.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildB2bProcurementTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'B2B procurement: buying a software platform',
      description:
        'A logistics manager wants a fleet-telematics platform; procurement runs an RFP, legal and security review it, and the contract is signed a quarter later than planned. Seen by the business sponsor and the procurement manager. Use it to find where deals stall and what a vendor can do to make buying easy.',
      client: 'Fleetline Telematics',
      tags: ['B2B', 'procurement', 'enterprise sales'],
    },
    [
      { name: 'Need', customerGoal: 'Make the case for a budget this financial year.' },
      { name: 'Evaluate', customerGoal: 'Compare vendors fairly and quickly.' },
      { name: 'Approve', customerGoal: 'Get security, legal and finance to sign off.' },
      { name: 'Contract', customerGoal: 'Sign terms we can live with for three years.' },
      { name: 'Roll out', customerGoal: 'Have the first depot live within a month.' },
    ],
    now,
  );

  b.persona({
    name: 'Sofia Brandt',
    role: 'Head of logistics, the business sponsor',
    quote: 'I knew which product I wanted in March. We signed in September.',
    needs: ['A business case she can take to the board', 'A vendor who helps with internal paperwork'],
    fears: ['Losing the budget at year end', 'A tool the drivers refuse to use'],
    goals: ['Cut fuel costs 8% across 240 vans'],
    desires: ['To be seen as the one who modernised the fleet'],
    colour: '#2b8a3e',
  });
  b.persona({
    name: 'Mark Ellison',
    role: 'Procurement manager, runs 40 tenders a year',
    quote: 'Answer the questions I asked, in the format I asked for.',
    needs: ['Comparable prices', 'Complete answers to the RFP', 'Standard contract terms'],
    fears: ['An audit finding on a single-source purchase'],
    goals: ['Close the tender inside the 90-day policy'],
    desires: ['Vendors who do not go around him to the sponsor'],
    colour: '#5f3dc4',
  });

  const pain = b.touchpoint(0, {
    title: 'Fuel bill review shows idling costs of £310k a year',
    channel: 'other',
    feel: [-1, 0],
    thoughts: 'We cannot see which vans idle. Other fleets can.',
    metrics: { volume: 1 },
  });
  const webinar = b.touchpoint(0, {
    title: 'Joins a webinar with a peer fleet’s case study',
    channel: 'website',
    feel: [2, 0],
    thoughts: 'Same size, same depots, 11% fuel saving in a year.',
    delight: true,
    loyaltyQuestions: ['Why you?', 'Why now?'],
    pillars: ['community and affinity'],
    metrics: { volume: 420, csat: { mode: 'share', value: 88, sample: 160 } },
  });
  const rfp = b.touchpoint(1, {
    title: 'Procurement issues an RFP to five vendors',
    channel: 'email',
    feel: [0, 1],
    thoughts: 'Two hundred questions, four weeks to answer.',
    metrics: { volume: 5 },
  });
  const demo = b.touchpoint(1, {
    title: 'Vendor demo uses the buyer’s own depot data',
    channel: 'partner',
    feel: [3, 1],
    emotionLabel: 'Delighted',
    thoughts: 'That was our Leeds depot on screen, with our routes.',
    delight: true,
    momentOfTruth: true,
    loyaltyQuestions: ['Why you?'],
    pillars: ['products and services'],
  });
  const pricing = b.touchpoint(1, {
    title: 'Compares pricing sheets',
    channel: 'email',
    feel: [-1, -2],
    thoughts: 'One prices per van, one per driver, one per depot. Nothing compares.',
    painPoints: [['Vendors ignore the pricing template; totals cannot be compared', 2]],
    friction: { score: 3, types: ['effort', 'price', 'confusion'] },
    opportunities: [
      {
        text: 'Answer in the buyer’s pricing template, with our own model as an annex',
        status: 'done',
        owner: 'Bid manager',
      },
    ],
  });
  const security = b.touchpoint(2, {
    title: 'Security questionnaire stalls for seven weeks',
    description:
      '312 questions; the vendor answers in a PDF, IT security asks for their spreadsheet, and the reviewer goes on leave.',
    channel: 'email',
    owner: 'Vendor security team',
    feel: [-3, -2],
    emotionLabel: 'Frustrated',
    thoughts: 'We are going to lose the budget over a spreadsheet.',
    painPoints: [
      ['Answers sent in the wrong format, and the review restarts', 3],
      ['No one owns the review on either side', 3],
    ],
    friction: { score: 5, types: ['hand-offs', 'waiting', 'policy'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'A trust pack (ISO 27001, pen test summary, standard questionnaires pre-filled) sent with the proposal',
        status: 'in progress',
        owner: 'Chief information security officer',
        loyaltyQuestions: ['Why now?'],
      },
    ],
    metrics: { dropOff: 25, expectedEmotion: 0 },
  });
  const securityCall = b.touchpoint(2, {
    title: 'Call between both security leads closes the open points',
    channel: 'phone',
    feel: [1, 2],
    thoughts: 'One hour, eleven open questions closed.',
    pillars: ['customer service'],
  });
  const legal = b.touchpoint(3, {
    title: 'Legal redlines the liability cap',
    channel: 'email',
    feel: [-1, -1],
    thoughts: 'Three rounds on one clause.',
    painPoints: [['Vendor paper differs from the buyer’s standard terms on liability and data location', 2]],
    friction: { score: 3, types: ['policy', 'waiting'] },
    metrics: { ces: { mean: 3.5, sample: 30 } },
  });
  const signed = b.touchpoint(3, {
    title: 'Contract signed by e-signature',
    channel: 'email',
    feel: [2, 2],
    thoughts: 'Done before the quarter closed. Just.',
  });
  const kickoff = b.touchpoint(4, {
    title: 'Kick-off with a named implementation manager',
    channel: 'partner',
    feel: [2, 1],
    thoughts: 'A plan per depot, with dates, on day one.',
    metrics: { csat: { mode: 'share', value: 90, sample: 40 } },
  });
  const drivers = b.touchpoint(4, {
    title: 'Drivers push back on being tracked',
    channel: 'store',
    feel: [-2, 0],
    thoughts: 'The union rep thinks this is about disciplining drivers.',
    painPoints: [['No material to explain to drivers what is tracked and why', 2]],
    friction: { score: 3, types: ['missing information'] },
    opportunities: [
      {
        text: 'A driver briefing kit and a privacy one-pager for unions',
        status: 'planned',
        owner: 'Customer success lead',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['bridges'],
      },
    ],
    metrics: { nps: { promoters: 6, passives: 9, detractors: 5 } },
  });

  b.path(pain, rfp, demo, pricing, security, legal, signed, kickoff, drivers);
  b.connect(pain, webinar, 'alternative', 'Finds a peer case study', 30);
  b.connect(webinar, rfp, 'alternative');
  b.connect(security, securityCall, 'failure', 'Review restarts', 60);
  b.connect(securityCall, legal, 'recovery', 'Open points closed');
  b.note(2, 'Median time in security review: 41 days. Deals with a trust pack: 12 days.', 'blue');
  return b.build();
}
