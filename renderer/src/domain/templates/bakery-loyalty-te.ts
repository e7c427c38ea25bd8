/**
 * Template in Telugu: a birthday cake from a family bakery, built on the
 * Telugu seed text about Customer Loyalty 3.0
 * (shared/seeds/te-customer-loyalty-3.0.txt): a stamp card that is loyalty
 * 1.0's bribe, a price comparison the bakery should answer with value rather
 * than discounts, customers drowning in messages, the owner's own call that
 * turns a failure round (customer service), a children's workshop (community
 * and experiences), ordering in one message for a customer short of time
 * (bridges), and the difference between a spender and a sender. Two personas:
 * a mother who spends little and sends her whole colony, and an office
 * manager who spends a lot. Every text is in Telugu.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildBakeryLoyaltyTeluguTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'బేకరీ కేక్ ఆర్డర్: పుట్టినరోజు నుండి నమ్మకమైన కస్టమర్ వరకు',
      description:
        'హైదరాబాద్‌లోని ఒక కుటుంబ బేకరీ నుండి పుట్టినరోజు కేక్: కాలనీ గ్రూప్‌లో సిఫార్సు, వాట్సాప్‌లో ఆర్డర్, పనిచేయని చెల్లింపు లింక్, తప్పు పేరుతో వచ్చిన కేక్, యజమాని స్వయంగా సరిదిద్దడం, పిల్లల వర్క్‌షాప్. తక్కువ ఖర్చు పెట్టి ఎక్కువ మందిని పంపే కస్టమర్, ఎక్కువ ఖర్చు పెట్టే కస్టమర్ ఇద్దరి దృష్టిలో కస్టమర్ లాయల్టీ 3.0.',
      client: 'అమ్మమ్మ బేకరీ',
      locale: 'te',
      tags: ['చిన్న వ్యాపారం', 'బేకరీ', 'కస్టమర్ లాయల్టీ 3.0'],
    },
    [
      { name: 'కనుగొనడం', customerGoal: 'పుట్టినరోజుకి నమ్మదగిన బేకరీని కనుక్కోవడం.' },
      { name: 'ఆర్డర్', customerGoal: 'నచ్చిన డిజైన్‌తో, ముందే తెలిసిన ధరకు కేక్ ఆర్డర్ చేయడం.' },
      { name: 'డెలివరీ', customerGoal: 'వేడుకకు ముందే సరైన కేక్ ఇంటికి రావడం.' },
      { name: 'వేడుక తర్వాత', customerGoal: 'ఏదైనా తప్పు జరిగితే త్వరగా, మర్యాదగా సరిదిద్దుకోవడం.' },
      { name: 'మళ్లీ మళ్లీ', customerGoal: 'తదుపరి సందర్భానికి కూడా ఇక్కడే ఆర్డర్ చేయాలా అని నిర్ణయించడం.' },
    ],
    now,
  );

  b.persona({
    name: 'లక్ష్మి రెడ్డి',
    role: 'ఇద్దరు పిల్లల తల్లి, స్కూల్ టీచర్, కాలనీ వాట్సాప్ గ్రూప్ నిర్వాహకురాలు',
    quote: 'మంచి దుకాణం దొరికితే మా కాలనీ మొత్తానికి చెబుతాను.',
    needs: ['గుడ్డు లేని కేక్ ఎంపిక', 'సమయానికి డెలివరీ', 'ముందే స్పష్టమైన ధర'],
    fears: ['వేడుక సమయానికి కేక్ రాకపోవడం', 'అతిథుల ముందు ఇబ్బంది పడటం'],
    goals: ['తక్కువ ఖర్చుతో పిల్లల పుట్టినరోజు ఘనంగా జరపడం'],
    desires: ['తన పేరు గుర్తుపెట్టుకుని పలకరించే దుకాణం'],
    colour: '#e8590c',
    sender: true,
    challenges: ['సమయం కొరత', 'డబ్బు ఇబ్బంది'],
  });
  b.persona({
    name: 'శ్రీనివాస్ రావు',
    role: 'ఐటీ కంపెనీలో ఆఫీస్ మేనేజర్, ప్రతి నెలా ఉద్యోగుల పుట్టినరోజులకు పెద్ద ఆర్డర్లు ఇస్తారు',
    quote: 'నాకు ధర కంటే సమయం ముఖ్యం. ఒక్క మెసేజ్‌తో పని అయిపోవాలి.',
    needs: ['నెలవారీ జీఎస్టీ బిల్లు', 'ఒకేసారి పది కేక్‌ల ఆర్డర్'],
    fears: ['ఆఫీస్ వేడుక ఆలస్యం కావడం'],
    goals: ['ఒక ఆర్డర్‌కి ఐదు నిమిషాల కంటే ఎక్కువ పట్టకూడదు'],
    desires: ['ఒక్క ఫోన్ కాల్‌తో అన్నీ చూసుకునే బేకరీ'],
    colour: '#1971c2',
    spender: true,
    challenges: ['సమయం కొరత'],
  });

  const group = b.touchpoint(0, {
    title: 'కాలనీ వాట్సాప్ గ్రూప్‌లో సిఫార్సు',
    channel: 'word of mouth',
    feel: [2, 0],
    thoughts: 'పక్కింటి అక్క చెప్పింది, వాళ్ల కేక్ రుచి బాగుంటుంది అని. ప్రకటన కంటే ఇదే నమ్మకం.',
    pillars: ['community and affinity'],
    loyaltyQuestions: ['Why you?'],
  });
  const compare = b.touchpoint(0, {
    title: 'ఫుడ్ యాప్‌లో ధరలు పోల్చడం',
    channel: 'mobile app',
    feel: [-1, 0],
    thoughts: 'పెద్ద చైన్ బేకరీలో ఇరవై శాతం తగ్గింపు ఉంది. ఇక్కడ ఎందుకు ఎక్కువ?',
    painPoints: [['యాప్‌లో ధర చైన్ దుకాణాల కంటే ఎక్కువగా కనిపిస్తుంది; ఎందుకో ఎక్కడా చెప్పలేదు', 2]],
    friction: { score: 2, types: ['price', 'missing information'] },
    opportunities: [
      {
        text: 'యాప్ పేజీలో “ఇంట్లో తయారైనది, ప్రిజర్వేటివ్‌లు లేవు” అని చూపించడం: తగ్గింపుతో కాదు, విలువతో పోటీ',
        status: 'planned',
        owner: 'యజమాని (సుజాత)',
        pillars: ['products and services'],
      },
    ],
    metrics: { volume: 5200, dropOff: 34 },
  });
  const order = b.touchpoint(1, {
    title: 'వాట్సాప్‌లో డిజైన్ ఫోటో పంపి ఆర్డర్',
    channel: 'chat',
    feel: [1, 2],
    thoughts: 'ఫోటో పంపాను, పది నిమిషాల్లో ధరతో సమాధానం వచ్చింది. దుకాణానికి వెళ్లాల్సిన పని లేదు.',
    pillars: ['bridges'],
    metrics: { volume: 1400, ces: { mean: 5.8, sample: 210 } },
  });
  const link = b.touchpoint(1, {
    title: 'అడ్వాన్స్ చెల్లింపు లింక్ పనిచేయలేదు',
    channel: 'mobile app',
    feel: [-2, -1],
    thoughts: 'మూడు సార్లు ప్రయత్నించాను. డబ్బు కట్ అయిందో లేదో తెలియదు.',
    painPoints: [['యూపీఐ లింక్ గడువు ముగిసింది; కొత్త లింక్ కోసం మళ్లీ అడగాలి', 3]],
    friction: { score: 4, types: ['errors', 'effort'] },
    opportunities: [
      {
        text: 'ఆర్డర్ మెసేజ్‌లోనే దుకాణం క్యూఆర్ కోడ్; లింక్ గడువు ఇరవై నాలుగు గంటలు',
        status: 'in progress',
        owner: 'కౌంటర్ ఇన్‌చార్జ్ (రవి)',
      },
    ],
    metrics: { volume: 1400, dropOff: 12 },
  });
  const corporate = b.touchpoint(1, {
    title: 'ఇమెయిల్‌లో పది కేక్‌ల ఆర్డర్',
    channel: 'email',
    feel: [0, 1],
    thoughts: 'డిజైన్లు, ధర, జీఎస్టీ బిల్లు అన్నీ ఒకే మెయిల్‌లో అడిగాను. సమాధానం మరుసటి రోజు వచ్చింది.',
    friction: { score: 1, types: ['waiting'] },
    metrics: { volume: 40 },
  });
  const delivered = b.touchpoint(2, {
    title: 'వేడుకకు గంట ముందే కేక్ ఇంటికి',
    channel: 'delivery',
    feel: [1, 1],
    thoughts: 'సమయానికి వచ్చింది. ఇప్పుడు డెకరేషన్ మీద దృష్టి పెట్టొచ్చు.',
    metrics: { volume: 1250, csat: { mode: 'share', value: 84, sample: 310 } },
  });
  const wrongName = b.touchpoint(2, {
    title: 'కేక్ మీద తప్పు పేరు',
    description: 'సాయంత్రం ఆరు గంటలు. అతిథులు వచ్చేశారు. కేక్ మీద “అనన్య” బదులు “అనిత” అని రాసి ఉంది.',
    channel: 'delivery',
    owner: 'కేక్ డెకరేటర్',
    feel: [-3, -2],
    emotionLabel: 'కోపం, సిగ్గు',
    thoughts: 'పిల్లల ముందు ఈ కేక్ ఎలా కట్ చేయాలి? ఇంత ఖర్చు పెట్టి ఇదా?',
    quotes: ['“మూడు సార్లు ఫోన్ చేశాను, ఎవరూ ఎత్తలేదు.”'],
    painPoints: [
      ['కేక్ మీద పేరు తప్పుగా రాశారు', 3],
      ['సాయంత్రం రద్దీలో దుకాణం ఫోన్ ఎవరూ ఎత్తరు', 2],
    ],
    friction: { score: 5, types: ['errors', 'waiting'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'ఆర్డర్ ముగించే ముందు కేక్ మీద రాసే పేరును కస్టమర్‌కి తిరిగి చదివి ధృవీకరించడం',
        status: 'planned',
        owner: 'కేక్ డెకరేటర్ (ఫాతిమా)',
        loyaltyQuestions: ['Why stay?'],
      },
    ],
    metrics: { volume: 60, csat: { mode: 'mean', value: 1.6, sample: 40 }, expectedEmotion: 2 },
  });
  const office = b.touchpoint(2, {
    title: 'ఆఫీస్‌కి పది కేక్‌లు సమయానికి',
    channel: 'delivery',
    feel: [1, 2],
    thoughts: 'ఒక్క మెసేజ్, పది కేక్‌లు, బిల్లు మెయిల్‌లో. నాకు కావాల్సింది ఇదే.',
    pillars: ['products and services'],
    metrics: { volume: 120, csat: { mode: 'share', value: 88, sample: 95 } },
  });
  const messages = b.touchpoint(3, {
    title: 'ఆఫర్ మెసేజ్‌లకు అంతు లేదు',
    channel: 'chat',
    feel: [-1, -1],
    thoughts: 'రోజుకు మూడు ఆఫర్ మెసేజ్‌లు. చదవకుండానే డిలీట్ చేస్తున్నాను.',
    painPoints: [['రోజుకు మూడు ప్రచార సందేశాలు; ముఖ్యమైన మెసేజ్ కూడా వాటిలో కలిసిపోతుంది', 1]],
    friction: { score: 2, types: ['confusion'] },
    opportunities: [{ text: 'నెలకు ఒకే ఒక్క సందేశం, కస్టమర్ ఎంచుకున్న రోజున', status: 'idea', owner: 'మార్కెటింగ్ (కిరణ్)' }],
  });
  const owner = b.touchpoint(3, {
    title: 'యజమాని స్వయంగా ఫోన్ చేసి క్షమాపణ చెప్పడం',
    channel: 'phone',
    owner: 'యజమాని (సుజాత)',
    feel: [2, 1],
    emotionLabel: 'ఊరట',
    thoughts: 'ఆమె స్వయంగా ఫోన్ చేసింది. అరగంటలో సరైన కేక్, పిల్లలకు కప్‌కేక్‌లు ఉచితం.',
    delight: true,
    momentOfTruth: true,
    pillars: ['customer service'],
    loyaltyQuestions: ['Why stay?'],
    metrics: { csat: { mode: 'share', value: 92, sample: 38 } },
  });
  const stamps = b.touchpoint(4, {
    title: '“తొమ్మిది కొంటే ఒకటి ఉచితం” స్టాంప్ కార్డు',
    channel: 'store',
    feel: [0, -1],
    thoughts: 'ఇంకో కార్డు. నా పర్సులో ఇలాంటివి ఇప్పటికే ఏడు ఉన్నాయి.',
    painPoints: [['స్టాంప్ కార్డు తరచుగా పోతుంది; ఉచిత కేక్ దాకా ఎవరూ చేరరు', 1]],
    friction: { score: 1, types: ['effort'] },
    loyaltyQuestions: ['Why stay?'],
    metrics: { volume: 900 },
  });
  const workshop = b.touchpoint(4, {
    title: 'పిల్లల కప్‌కేక్ తయారీ వర్క్‌షాప్',
    channel: 'store',
    feel: [3, 1],
    emotionLabel: 'ఆనందం',
    thoughts: 'మా పాప ఇప్పుడు ఆ బేకరీ పేరే చెబుతుంది. ఇది దుకాణం కాదు, మా కాలనీ క్లబ్.',
    delight: true,
    pillars: ['community and affinity', 'experiences'],
    metrics: { volume: 45, nps: { promoters: 38, passives: 5, detractors: 2 } },
  });
  const refer = b.touchpoint(4, {
    title: 'కాలనీ గ్రూప్‌లో బేకరీని సిఫార్సు చేయడం',
    channel: 'word of mouth',
    feel: [2, 0],
    thoughts: 'నేను నెలకు ఐదు వందలే ఖర్చు పెడతాను, కానీ పది కుటుంబాలను అక్కడికి పంపాను.',
    pillars: ['community and affinity'],
    loyaltyQuestions: ['Why you?'],
    opportunities: [
      {
        text: 'సిఫార్సు చేసినవారిని గుర్తించడం: తగ్గింపు కాదు, పేరుతో కృతజ్ఞత, పండుగలకు ముందస్తు ఆర్డర్ సమయం',
        status: 'idea',
        owner: 'యజమాని (సుజాత)',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['bridges'],
      },
    ],
    metrics: { volume: 300, nps: { promoters: 180, passives: 80, detractors: 40 } },
  });
  const contract = b.touchpoint(4, {
    title: 'నెలవారీ కార్పొరేట్ ఆర్డర్ ఒప్పందం',
    channel: 'email',
    feel: [1, 3],
    thoughts: 'ప్రతి నెలా ఆర్డర్ దానంతట అదే వెళ్తుంది. వేరే బేకరీ వెతకాల్సిన అవసరం లేదు.',
    loyaltyQuestions: ['Why stay?'],
    pillars: ['bridges'],
    metrics: { volume: 12 },
  });

  b.path(group, order, delivered, messages, stamps, workshop, refer);
  b.connect(compare, order, 'alternative', 'ధర పోల్చిన తర్వాత', 40);
  b.connect(compare, corporate, 'alternative', 'ఆఫీస్ కోసం పెద్ద ఆర్డర్', 15);
  b.connect(order, link, 'failure', 'చెల్లింపు విఫలం', 12);
  b.connect(link, delivered, 'recovery', 'దుకాణంలో క్యూఆర్ కోడ్‌తో చెల్లింపు');
  b.connect(corporate, office, 'main');
  b.connect(office, contract, 'main');
  b.connect(delivered, wrongName, 'failure', 'పేరు తప్పు', 4);
  b.connect(wrongName, owner, 'recovery', 'యజమాని జోక్యం');
  b.connect(owner, workshop, 'main');

  b.note(0, 'కస్టమర్ లాయల్టీ 1.0 ఒక లంచం లాంటిది; 3.0 కస్టమర్ దృష్టిని గౌరవిస్తుంది. మనం ధరతో కాదు, విలువతో పోటీ చేస్తాం.', 'green');
  b.note(4, 'ఎక్కువ ఖర్చు పెట్టేవారు మాత్రమే కాదు, ఇతరులను పంపేవారు కూడా మన ఉత్తమ కస్టమర్లు.', 'blue');
  return b.build();
}
