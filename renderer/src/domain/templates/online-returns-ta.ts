/**
 * Template in Tamil: returning an online pet-food order, from the example in
 * the Tamil seed text (shared/seeds/ta-customer-experience-management.txt):
 * a delivery arrives broken and customer care turns it round; later the
 * customer asks to return an unopened bag after her dog died, and the shop
 * refunds in full, asks her to donate the food to a shelter and sends flowers
 * with a card signed by the person she spoke to. Every text is in Tamil.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildOnlineReturnsTamilTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'ஆன்லைன் ஆர்டரைத் திருப்பி அனுப்புதல்: செல்லப்பிராணி உணவு',
      description:
        'மாதந்தோறும் நாய் உணவு வாங்கும் ஒரு வாடிக்கையாளர்: உடைந்த டெலிவரி, வாடிக்கையாளர் பராமரிப்புக் குழுவின் விரைவான தீர்வு, நாய் இறந்த பிறகு திறக்கப்படாத பையைத் திருப்பித் தரும் கோரிக்கை, முழுப் பணம் திரும்புதல், பூக்கள். ஏமாற்றமளிக்கும் அனுபவம் எங்கே நேர்மறையானதாக மாறுகிறது என்பதைக் காண இதைப் பயன்படுத்துங்கள்.',
      client: 'பாவ் செல்லப்பிராணி கடை',
      locale: 'ta',
      tags: ['இணைய வணிகம்', 'திருப்பி அனுப்புதல்', 'சேவை மீட்பு'],
      churn: [{ period: 'முதல் காலாண்டு', start: 500, end: 450, recordedAt: now }],
    },
    [
      { name: 'ஆர்டர்', customerGoal: 'நாய்க்கு உணவு தீர்வதற்கு முன் புதிய பை வந்து சேர வேண்டும்.' },
      { name: 'டெலிவரி', customerGoal: 'பை உடையாமல், சொன்ன நாளில் கிடைக்க வேண்டும்.' },
      { name: 'திருப்பி அனுப்புதல்', customerGoal: 'படிவங்கள் இல்லாமல், மரியாதையுடன் திருப்பித் தர வேண்டும்.' },
      { name: 'பணம் திரும்புதல்', customerGoal: 'பணம் விரைவாகத் திரும்ப வர வேண்டும்.' },
      { name: 'மீண்டும் வாங்குதல்', customerGoal: 'நம்பிக்கையுடன் மீண்டும் இதே கடையில் வாங்க வேண்டும்.' },
    ],
    now,
  );

  b.persona({
    name: 'கவிதா ராஜன்',
    role: 'பள்ளி ஆசிரியை, மாதந்தோறும் ஆன்லைனில் நாய் உணவு வாங்குபவர்',
    quote: 'திறக்கப்படாத உணவுப் பையைத் திருப்பித் தர முடியுமா என்று மட்டுமே கேட்டேன்.',
    needs: ['சொன்ன நாளில் டெலிவரி', 'தெளிவான திருப்பி அனுப்பும் கொள்கை', 'மனிதரிடம் பேசும் வாய்ப்பு'],
    fears: ['உடைந்த பையுடன் நாயைப் பட்டினி போடுவது', 'துக்க நேரத்தில் நீண்ட படிவங்கள்'],
    goals: ['வீட்டுச் செலவுகளை ஒழுங்காக வைத்திருப்பது'],
    desires: ['தன்னைப் புரிந்துகொள்ளும் ஒரு கடை'],
    colour: '#0b7285',
    sender: true,
    challenges: ['நேரப் பற்றாக்குறை'],
  });

  const order = b.touchpoint(0, {
    title: 'மாதாந்திர நாய் உணவு ஆர்டரைச் செய்கிறார்',
    channel: 'website',
    feel: [1],
    thoughts: 'ஒவ்வொரு மாதமும் அதே பை, இரண்டு நிமிடங்களில் முடிந்தது.',
    metrics: { volume: 500, ces: { mean: 6.3, sample: 120 } },
  });
  const bot = b.touchpoint(0, {
    title: 'சாட்போட்டிடம் டெலிவரி நாளைக் கேட்கிறார்',
    channel: 'chat',
    feel: [2],
    thoughts: 'நள்ளிரவிலும் உடனடியாகப் பதில் கிடைத்தது. காத்திருக்கத் தேவையில்லை.',
    delight: true,
    metrics: { volume: 180, csat: { mode: 'share', value: 87, sample: 90 } },
  });
  const broken = b.touchpoint(1, {
    title: 'டெலிவரி பெட்டி உடைந்து வருகிறது',
    channel: 'delivery',
    feel: [-2],
    thoughts: 'மிகவும் உற்சாகமாகத் திறந்தேன். பை கிழிந்து உணவு சிதறியிருக்கிறது.',
    painPoints: [['பை கிழிந்து உணவு பெட்டி முழுவதும் சிதறியுள்ளது', 2]],
    friction: { score: 3, types: ['errors'] },
    opportunities: [{ text: 'கனமான பைகளுக்கு இரட்டை அட்டைப் பெட்டி', status: 'planned', owner: 'கிடங்கு மேலாளர்' }],
    metrics: { volume: 30 },
  });
  const care = b.touchpoint(1, {
    title: 'வாடிக்கையாளர் பராமரிப்புக் குழு உடனே புதிய பையை அனுப்புகிறது',
    channel: 'chat',
    feel: [2],
    thoughts: 'புகைப்படம் கூடக் கேட்கவில்லை. நாளையே புதிய பை வரும் என்றார்கள்.',
    delight: true,
    metrics: { csat: { mode: 'share', value: 94, sample: 28 } },
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service'],
  });
  const arrives = b.touchpoint(1, {
    title: 'பை சொன்ன நாளில் பத்திரமாக வருகிறது',
    channel: 'delivery',
    feel: [1],
    thoughts: 'நல்லது. இந்த மாதமும் கவலை இல்லை.',
    metrics: { volume: 470 },
  });
  const returnCall = b.touchpoint(2, {
    title: 'நாய் இறந்த பிறகு, திறக்கப்படாத பையைத் திருப்பித் தர அழைக்கிறார்',
    description: 'அவருடைய நாய் கடந்த வாரம் இறந்துவிட்டது. இரண்டு பைகள் திறக்கப்படாமல் உள்ளன.',
    channel: 'phone',
    owner: 'வாடிக்கையாளர் பராமரிப்புக் குழு',
    feel: [-2],
    emotionLabel: 'துக்கம்',
    thoughts: 'இதைப் பற்றிப் பேசுவதே கடினம். நீண்ட படிவம் நிரப்பச் சொன்னால் தாங்க முடியாது.',
    quotes: ['“என் நாய் இறந்துவிட்டது. இந்தப் பையைத் திருப்பித் தரலாமா?”'],
    momentOfTruth: true,
    metrics: { volume: 40, expectedEmotion: -2 },
  });
  const policy = b.touchpoint(2, {
    title: 'இணையதளத்தில் திருப்பி அனுப்பும் கொள்கையைத் தேடுகிறார்',
    channel: 'website',
    feel: [-3],
    emotionLabel: 'கோபம்',
    thoughts: 'லேபிளை அச்சிட்டு, தபால் நிலையத்துக்குப் போக வேண்டுமா? இப்போது அது முடியாது.',
    painPoints: [
      ['கொள்கை பக்கம் ஆறு படிகள் கேட்கிறது: லேபிள், அச்சு, தபால் நிலையம்', 3],
      ['செல்லப்பிராணி இறந்தால் என்ன செய்வது என்று எங்கும் சொல்லவில்லை', 2],
    ],
    friction: { score: 5, types: ['effort', 'policy', 'missing information'] },
    opportunities: [
      {
        text: 'துக்கத்தில் உள்ள வாடிக்கையாளருக்கு எந்தப் படிவமும் இல்லாமல் பணம் திரும்புதல்',
        status: 'in progress',
        owner: 'வாடிக்கையாளர் அனுபவத் தலைவர்',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['customer service'],
      },
    ],
    metrics: { dropOff: 35, csat: { mode: 'mean', value: 1.6, sample: 25 } },
  });
  const refund = b.touchpoint(3, {
    title: 'முழுப் பணத்தையும் திருப்பிக் கொடுக்கிறார்கள்',
    channel: 'phone',
    feel: [2],
    thoughts: 'பையைத் திருப்பி அனுப்பக்கூடத் தேவையில்லை என்றார்கள். ஆனால் பணம் வர ஐந்து நாட்கள் ஆகுமாம்.',
    painPoints: [['பணம் வங்கிக் கணக்கில் சேர ஐந்து வேலை நாட்கள் ஆகிறது', 1]],
    friction: { score: 1, types: ['waiting'] },
    metrics: { volume: 40 },
  });
  const donate = b.touchpoint(3, {
    title: 'உணவைத் தங்குமிடத்திற்கு நன்கொடையாக அளிக்கச் சொல்கிறார்கள்',
    channel: 'phone',
    feel: [2],
    thoughts: 'அவனுடைய உணவு வேறு நாய்களுக்குப் பயன்படும். அது ஆறுதலாக இருக்கிறது.',
    pillars: ['community and affinity'],
  });
  const flowers = b.touchpoint(3, {
    title: 'பேசிய நபர் கையொப்பமிட்ட அட்டையுடன் பூக்கள் வருகின்றன',
    channel: 'delivery',
    feel: [3],
    emotionLabel: 'நெகிழ்ச்சி',
    thoughts: 'ஒரு கடை இப்படிச் செய்யும் என்று நினைக்கவே இல்லை.',
    quotes: ['“இன்று பூக்களை டெலிவரி செய்தார்கள், நான் பேசிய நபர் கையொப்பமிட்ட குறிப்புடன்.”'],
    delight: true,
    momentOfTruth: true,
    opportunities: [
      {
        text: 'பராமரிப்புக் குழுவுக்கு ஒவ்வொரு மாதமும் “மகிழ்விக்கும்” சிறு நிதி',
        status: 'planned',
        owner: 'வாடிக்கையாளர் பராமரிப்பு மேலாளர்',
        pillars: ['experiences'],
      },
    ],
    metrics: { expectedEmotion: 0 },
  });
  const survey = b.touchpoint(4, {
    title: 'வாடிக்கையாளர் திருப்தி (CSAT) கணக்கெடுப்புக்குப் பதிலளிக்கிறார்',
    channel: 'email',
    feel: [2],
    thoughts: '“உங்கள் அனுபவம் எவ்வளவு திருப்தியாக இருந்தது?” ஐந்துக்கு ஐந்து.',
    metrics: { csat: { mode: 'mean', value: 4.8, sample: 36 }, nps: { promoters: 31, passives: 4, detractors: 1 } },
  });
  const shares = b.touchpoint(4, {
    title: 'சமூக ஊடகங்களில் தன் அனுபவத்தைப் பகிர்கிறார்',
    channel: 'social media',
    feel: [3],
    thoughts: 'எல்லோருக்கும் தெரிய வேண்டும். இது போன்ற கடைகள் அரிது.',
    loyaltyQuestions: ['Why you?'],
    pillars: ['community and affinity'],
    metrics: { volume: 12000 },
  });
  const puppy = b.touchpoint(4, {
    title: 'புதிய நாய்க்குட்டிக்கு மீண்டும் இதே கடையில் வாங்குகிறார்',
    channel: 'website',
    feel: [2],
    thoughts: 'வேறு கடைக்குப் போக ஒரு காரணமும் இல்லை.',
    loyaltyQuestions: ['Why stay?'],
    pillars: ['products and services'],
  });

  b.path(order, arrives, returnCall, refund, donate, flowers, survey, puppy);
  b.connect(order, bot, 'alternative', 'டெலிவரி நாளைக் கேட்கிறார்', 36);
  b.connect(bot, arrives, 'alternative');
  b.connect(order, broken, 'failure', 'பெட்டி உடைந்தது', 6);
  b.connect(broken, care, 'failure', 'புகார் செய்கிறார்');
  b.connect(care, arrives, 'recovery', 'புதிய பை அனுப்பப்பட்டது');
  b.connect(returnCall, policy, 'failure', 'முதலில் இணையதளத்தில் தேடுகிறார்', 40);
  b.connect(policy, refund, 'recovery', 'முகவர் படிவமின்றிப் பணம் திருப்புகிறார்');
  b.connect(survey, shares, 'alternative', 'அனுபவத்தைப் பகிர்கிறார்', 30);

  b.note(2, 'சலர் விகிதம்: (500 – 450) / 500 = 10%. புகார் தீர்க்கப்பட்ட வாடிக்கையாளர்கள் பெரும்பாலும் மீண்டும் வருகிறார்கள்.', 'green');
  return b.build();
}
