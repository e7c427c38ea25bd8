/**
 * Template: a hospital outpatient visit for a knee problem, from the GP
 * referral to follow-up care, seen by the patient and her adult son who
 * drives her. The low point is the waiting room after a clinic overrun; the
 * hot spot is getting the results.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildHospitalVisitTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Hospital outpatient visit',
      description:
        'An older patient referred to orthopaedics: the referral, the appointment letter, parking and check-in, a two-hour clinic delay, the scan, and the wait for results. Seen by the patient and her son, who books time off to drive her. Use it to find where anxiety builds and where information would calm it.',
      client: 'St Anne’s University Hospital',
      tags: ['healthcare', 'outpatients', 'patient experience'],
    },
    [
      { name: 'Referral', customerGoal: 'Know when I will be seen and by whom.' },
      { name: 'Prepare', customerGoal: 'Arrive on time with what the clinic needs.' },
      { name: 'Arrive', customerGoal: 'Find the clinic and check in without fuss.' },
      { name: 'Consultation', customerGoal: 'Be listened to and leave with a plan.' },
      { name: 'Follow-up', customerGoal: 'Get results and treatment without chasing.' },
    ],
    now,
  );

  b.persona({
    name: 'Margaret Osei',
    role: 'Patient, 74, knee pain for eight months',
    quote: 'I don’t mind waiting if somebody tells me why.',
    needs: ['Large-print letters', 'Somewhere to sit near the desk', 'A clear next step'],
    fears: ['Being forgotten on a list', 'An operation she does not understand'],
    goals: ['Walk to church again without the stick'],
    desires: ['A doctor who explains it to her, not to her son'],
    colour: '#d6336c',
  });
  b.persona({
    name: 'Kwame Osei',
    role: 'Her son, takes unpaid leave to drive her',
    quote: 'Every hour in that waiting room is an hour I am not paid.',
    needs: ['A realistic time for the appointment', 'Parking he can pay by phone'],
    fears: ['His mother being discharged without a plan'],
    goals: ['One visit, not three'],
    desires: ['Updates by text so he can wait in the café'],
    colour: '#1c7ed6',
    challenges: ['time-scarce'],
  });

  b.lane('Patient actions', 'customer');
  b.lane('Clinical and front-desk staff', 'frontstage-people');
  b.lane('Letters, texts and kiosks', 'frontstage-systems');
  b.lane('Booking and records office', 'backstage');
  b.lane('Community and estates', 'support');

  const referral = b.touchpoint(0, {
    title: 'GP refers her to orthopaedics',
    lane: 1,
    channel: 'store',
    feel: [0, 0],
    thoughts: 'The GP said “a few weeks”. She could not say how many.',
    painPoints: [['No estimate of the waiting time at referral', 2]],
    friction: { score: 2, types: ['waiting', 'missing information'] },
    metrics: { volume: 5200 },
  });
  const letter = b.touchpoint(0, {
    title: 'Appointment letter arrives after 11 weeks',
    lane: 2,
    channel: 'mail',
    feel: [1, -1],
    thoughts: 'At last. But a Tuesday at 9:10, across town.',
    opportunities: [
      {
        text: 'Let patients choose from three slots by text or phone',
        status: 'planned',
        owner: 'Outpatient booking manager',
      },
    ],
    metrics: { volume: 4900, dropOff: 6 },
  });
  const portal = b.touchpoint(1, {
    title: 'Completes the pre-visit questionnaire online',
    lane: 2,
    channel: 'website',
    feel: [-1, 1],
    thoughts: 'Kwame had to do it for me; the boxes are tiny.',
    painPoints: [['The questionnaire is not usable at large text sizes', 2]],
    friction: { score: 3, types: ['accessibility', 'effort'] },
    opportunities: [
      { text: 'Offer the questionnaire by phone with a volunteer', status: 'idea', owner: 'Patient experience lead' },
    ],
    metrics: { dropOff: 24, volume: 3700, ces: { mean: 3.4, sample: 290 } },
  });
  const reminder = b.touchpoint(1, {
    title: 'Text reminder two days before, with a map and parking advice',
    lane: 2,
    channel: 'mobile app',
    feel: [1, 2],
    thoughts: 'Good: it says to allow 30 minutes for parking and which entrance to use.',
    opportunities: [
      { text: 'Add a “running late” reply that warns the clinic', status: 'idea', owner: 'Outpatient booking manager' },
    ],
    metrics: { volume: 4800, dropOff: 3 },
  });
  const parking = b.touchpoint(2, {
    title: 'Circles the car park for twenty minutes',
    lane: 4,
    channel: 'other',
    feel: [-2, -2],
    thoughts: 'We left an hour early and we are still going to be late.',
    painPoints: [['No free disabled bays before 10 am; pay machine takes coins only', 2]],
    friction: { score: 4, types: ['waiting', 'accessibility'] },
    metrics: { volume: 4100 },
  });
  const kiosk = b.touchpoint(2, {
    title: 'Checks in at the self-service kiosk',
    lane: 2,
    channel: 'other',
    feel: [1, 1],
    thoughts: 'That was quick: it knew who I was from my date of birth.',
    metrics: { ces: { mean: 6, sample: 800 }, volume: 4300 },
  });
  const waiting = b.touchpoint(3, {
    title: 'Waits two hours after the clinic overruns',
    lane: 0,
    description: 'The consultant was called to theatre; the board still shows “On time”.',
    channel: 'store',
    owner: 'Clinic coordinator',
    feel: [-3, -3],
    emotionLabel: 'Angry',
    thoughts: 'Have they forgotten me? Nobody has said anything since nine.',
    quotes: ['“The screen said on time the whole morning.”'],
    painPoints: [
      ['No announcement or apology for a two-hour delay', 3],
      ['Leaving the room to eat risks missing the call', 2],
    ],
    friction: { score: 5, types: ['waiting', 'missing information'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'Text patients live clinic delays and call them back from the café',
        status: 'in progress',
        owner: 'Outpatients transformation lead',
        pillars: ['customer service'],
      },
    ],
    metrics: { volume: 1300, csat: { mode: 'mean', value: 1.9, sample: 410 }, expectedEmotion: 0 },
  });
  const consult = b.touchpoint(3, {
    title: 'Consultant explains the scan and the options with a model knee',
    lane: 1,
    channel: 'store',
    feel: [3, 2],
    emotionLabel: 'Delighted',
    thoughts: 'She spoke to me, not to Kwame, and drew it out for me.',
    delight: true,
    momentOfTruth: true,
    metrics: {
      csat: { mode: 'share', value: 93, sample: 620 },
      nps: { promoters: 380, passives: 140, detractors: 60 },
    },
    loyaltyQuestions: ['Why you?'],
    pillars: ['experiences'],
  });
  const results = b.touchpoint(4, {
    title: 'Chases the MRI results by phone',
    lane: 3,
    channel: 'phone',
    feel: [-2, -2],
    thoughts: 'Three weeks, four calls, and the secretary line rings out.',
    painPoints: [['Results go to the GP, the GP waits for the clinic letter', 3]],
    friction: { score: 4, types: ['hand-offs', 'waiting'] },
    opportunities: [
      {
        text: 'Publish results and the clinic letter to the patient app at the same time as the GP',
        status: 'planned',
        owner: 'Digital health lead',
      },
    ],
    metrics: { volume: 1900 },
  });
  const physio = b.touchpoint(4, {
    title: 'Starts physiotherapy in a community clinic near home',
    lane: 4,
    channel: 'partner',
    feel: [2, 2],
    thoughts: 'Ten minutes from home, and the physio had read my notes.',
    metrics: { csat: { mode: 'share', value: 90, sample: 250 }, volume: 2200 },
  });

  b.path(referral, letter, portal, reminder, kiosk, consult, physio);
  b.connect(reminder, parking, 'alternative', 'Arrives by car', 64);
  b.connect(parking, kiosk, 'alternative');
  b.connect(kiosk, waiting, 'failure', 'Clinic overruns', 30);
  b.connect(waiting, consult, 'recovery', 'Seen at last');
  b.connect(consult, results, 'failure', 'Results not sent', 40);
  b.connect(results, physio, 'recovery', 'Clinic letter arrives');
  b.note(3, 'Did-not-attend rate 9%: a third say the letter came too late to change the slot.', 'yellow');
  return b.build();
}
