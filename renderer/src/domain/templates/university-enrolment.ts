/**
 * Template: an international student's enrolment at a university, from the
 * offer letter to the first teaching week. The low point is the visa letter
 * (CAS) arriving late; the delight is a student buddy at the airport.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildUniversityEnrolmentTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'University enrolment: international master’s student',
      description:
        'An international student accepts a master’s offer, pays a deposit, waits for her visa letter, arrives, enrols and starts teaching. Seen by the student and her parent, who pays. Use it to find where offer-holders drop out before term and which moments make them advocates.',
      client: 'Northgate University',
      tags: ['higher education', 'enrolment', 'international'],
      churn: [{ period: 'Offer to enrolment', start: 1800, end: 1260, recordedAt: now }],
    },
    [
      { name: 'Accept offer', customerGoal: 'Be sure this is the right course before I commit.' },
      { name: 'Visa and funding', customerGoal: 'Get my visa and pay without surprises.' },
      { name: 'Arrive', customerGoal: 'Land, find my room and feel safe.' },
      { name: 'Enrol', customerGoal: 'Be a registered student with my card and timetable.' },
      { name: 'First weeks', customerGoal: 'Settle into classes and make friends.' },
    ],
    now,
  );

  b.persona({
    name: 'Ananya Iyer',
    role: 'Master’s student in data science, first time abroad',
    quote: 'I chose this university because a student answered my question at midnight.',
    needs: ['A visa letter in time for her appointment', 'Accommodation before she flies'],
    fears: ['Her visa being refused', 'Arriving alone at night'],
    goals: ['Finish top of the cohort and get a work visa'],
    desires: ['Friends from the first week'],
    colour: '#f76707',
    sender: true,
  });
  b.persona({
    name: 'Ramesh Iyer',
    role: 'Her father, pays the fees from home',
    quote: 'Tell me the full cost once, in rupees, and I will pay it.',
    needs: ['One clear invoice', 'A payment route without high bank fees'],
    fears: ['Hidden costs after she has flown'],
    goals: ['See her settled and safe'],
    desires: ['To hear from the university directly, not only through her'],
    colour: '#495057',
    spender: true,
    challenges: ['money-tight'],
  });

  const offer = b.touchpoint(0, {
    title: 'Receives the offer letter by email',
    channel: 'email',
    feel: [3, 2],
    emotionLabel: 'Delighted',
    thoughts: 'I got in! But three other universities said yes too.',
    metrics: { volume: 1800 },
  });
  const ambassador = b.touchpoint(0, {
    title: 'Chats with a student ambassador about the course',
    channel: 'chat',
    feel: [2, 1],
    thoughts: 'She told me which modules are hard and where to live. That decided it.',
    delight: true,
    momentOfTruth: true,
    metrics: { volume: 740, csat: { mode: 'share', value: 95, sample: 300 } },
    loyaltyQuestions: ['Why you?'],
    pillars: ['community and affinity'],
  });
  const deposit = b.touchpoint(0, {
    title: 'Pays the £2,000 deposit',
    channel: 'website',
    feel: [0, -1],
    thoughts: 'The international transfer cost us £45 and took six days to show.',
    painPoints: [['No local-currency payment option; bank fees and a six-day delay', 2]],
    friction: { score: 3, types: ['price', 'waiting'] },
    opportunities: [
      {
        text: 'Offer payment in local currency through a payments partner',
        status: 'in progress',
        owner: 'Finance, student fees',
      },
    ],
    metrics: { dropOff: 12, volume: 1500 },
  });
  const cas = b.touchpoint(1, {
    title: 'Waits for the visa letter (CAS) past her appointment date',
    description:
      'The CAS is issued only after the deposit clears and documents are checked by a team of four in August.',
    channel: 'email',
    owner: 'International admissions compliance',
    feel: [-3, -3],
    emotionLabel: 'Angry',
    thoughts: 'My visa appointment is in three days and I still have no letter.',
    painPoints: [
      ['CAS issued after the visa appointment she had booked', 3],
      ['Emails to the compliance team get an auto-reply only', 3],
    ],
    friction: { score: 5, types: ['waiting', 'hand-offs', 'missing information'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'A CAS tracker with the date it will be issued, and a priority lane for booked appointments',
        status: 'planned',
        owner: 'Director of admissions',
        loyaltyQuestions: ['Why stay?'],
      },
    ],
    metrics: { volume: 1400, dropOff: 9, csat: { mode: 'mean', value: 1.7, sample: 260 }, expectedEmotion: 0 },
  });
  const visa = b.touchpoint(1, {
    title: 'Visa granted',
    channel: 'mail',
    feel: [2, 2],
    thoughts: 'Everything is real now.',
    metrics: { volume: 1300 },
  });
  const airport = b.touchpoint(2, {
    title: 'Met at the airport by a student buddy',
    channel: 'partner',
    feel: [3, 2],
    emotionLabel: 'Delighted',
    thoughts: 'A sign with my name, at 6 am, and she knew which bus to take.',
    delight: true,
    metrics: { csat: { mode: 'share', value: 98, sample: 220 } },
    pillars: ['experiences', 'community and affinity'],
  });
  const room = b.touchpoint(2, {
    title: 'Collects keys to a room that is not ready',
    channel: 'store',
    feel: [-2, -1],
    thoughts: 'No bedding, no kettle, and the office closes at five.',
    painPoints: [['Arrival packs sold out; nothing open on a Sunday', 2]],
    friction: { score: 3, types: ['missing information', 'waiting'] },
    metrics: { volume: 900 },
  });
  const enrol = b.touchpoint(3, {
    title: 'Enrols online and queues for the ID card',
    channel: 'website',
    feel: [-1, 0],
    thoughts: 'Online took five minutes. The card queue took two hours.',
    painPoints: [['Passport check must be done in person in a single hall', 2]],
    friction: { score: 3, types: ['waiting'] },
    opportunities: [{ text: 'Check passports at the airport welcome desk', status: 'idea', owner: 'Registry' }],
    metrics: { ces: { mean: 4.1, sample: 800 }, volume: 1260 },
  });
  const timetable = b.touchpoint(3, {
    title: 'Timetable appears in the student app',
    channel: 'mobile app',
    feel: [1, 0],
    thoughts: 'Two classes at the same time. Which one is mine?',
    painPoints: [['Optional module clashes shown without a way to choose', 1]],
    friction: { score: 2, types: ['confusion'] },
  });
  const firstClass = b.touchpoint(4, {
    title: 'First seminar and study group',
    channel: 'store',
    feel: [2, 1],
    thoughts: 'The tutor knew my name. Four of us are meeting on Thursday.',
    metrics: { nps: { promoters: 520, passives: 480, detractors: 160 }, volume: 1230 },
    loyaltyQuestions: ['Why stay?'],
  });
  const feeInvoice = b.touchpoint(4, {
    title: 'Parent receives the second fee instalment invoice',
    channel: 'email',
    feel: [0, -2],
    thoughts: 'The invoice is in pounds and includes a fee nobody mentioned.',
    painPoints: [['A £150 “international student services” charge appears for the first time', 2]],
    friction: { score: 3, types: ['price', 'missing information'] },
    opportunities: [
      {
        text: 'One total-cost statement before the deposit, sent to the payer as well',
        status: 'planned',
        owner: 'Head of student finance',
        loyaltyQuestions: ['Why pay?'],
        pillars: ['bridges'],
      },
    ],
  });

  b.path(offer, deposit, cas, visa, airport, enrol, timetable, firstClass);
  b.connect(offer, ambassador, 'alternative', 'Asks a student', 41);
  b.connect(ambassador, deposit, 'alternative');
  b.connect(airport, room, 'failure', 'Room not ready', 15);
  b.connect(room, enrol, 'recovery', 'Buddy brings bedding');
  b.connect(firstClass, feeInvoice, 'alternative');
  b.note(1, '30% of offer-holders who wait over four weeks for a CAS enrol elsewhere.', 'blue');
  return b.build();
}
