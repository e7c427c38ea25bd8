/**
 * Template in Armenian: a small-business owner switches her mobile and
 * internet provider, built on the Armenian seed text's six loyalty questions
 * (shared/seeds/hy-loyalty-six-questions.txt): why you, why now, why pay, why
 * stay, why evolve, why change; and its warning that making it hard to leave
 * breeds resentment. Every text is in Armenian.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildTelecomSwitchArmenianTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'Կապի օպերատորի փոխում. բջջային կապ և ինտերնետ',
      description:
        'Փոքր սրճարանի սեփականատերը փոխում է բջջային կապի և ինտերնետի օպերատորը՝ բարձրացած հաշվից մինչև առաջին ամիսները նոր օպերատորի հետ։ Քարտեզը կառուցված է հավատարմության վեց հարցերի շուրջ՝ ինչու՞ դու, ինչու՞ հիմա, ինչու՞ վճարել, ինչու՞ մնալ, ինչու՞ զարգանալ, ինչու՞ փոխել։ Օգտագործեք այն՝ տեսնելու, թե որտեղ են հաճախորդները կորչում և որտեղ կարելի է նրանց պահել։',
      client: 'Արև Տելեկոմ',
      locale: 'hy',
      tags: ['հեռահաղորդակցություն', 'օպերատորի փոխում', 'հավատարմություն'],
      churn: [{ period: 'Առաջին եռամսյակ', start: 8000, end: 7360, recordedAt: now }],
    },
    [
      { name: 'Դժգոհություն', customerGoal: 'Հասկանալ՝ արդյոք արժե փոխել օպերատորը։' },
      { name: 'Համեմատում', customerGoal: 'Գտնել ավելի լավ առաջարկ՝ առանց թաքնված վճարների։' },
      { name: 'Հեռանալ', customerGoal: 'Լուծել պայմանագիրը մեկ զանգով, առանց վեճի։' },
      { name: 'Միացում', customerGoal: 'Պահել համարը և մնալ կապի մեջ։' },
      { name: 'Առաջին ամիսներ', customerGoal: 'Համոզվել, որ ճիշտ որոշում եմ կայացրել։' },
    ],
    now,
  );

  b.persona({
    name: 'Անի Հակոբյան',
    role: 'Փոքր սրճարանի սեփականատեր, օգտագործում է բջջային կապ և տնային ինտերնետ',
    quote: 'Ինչու՞ պետք է մնամ, եթե ինձ ոչ ոք չի բացատրում, թե ինչի համար եմ վճարում։',
    needs: ['Կայուն ինտերնետ սրճարանում', 'Պարզ հաշիվ՝ առանց անակնկալների'],
    fears: ['Մի քանի օր առանց կապի', 'Հին համարի կորուստ, որը գիտեն բոլոր հաճախորդները'],
    goals: ['Կրճատել ամսական ծախսերը մեկ քառորդով'],
    desires: ['Օպերատոր, որը հիշում է, որ նա փոքր բիզնես է'],
    colour: '#c2255c',
    challenges: ['դրամական նեղություն', 'ժամանակի սղություն'],
  });

  const bill = b.touchpoint(0, {
    title: 'Ստանում է 30%-ով բարձր հաշիվ',
    channel: 'mail',
    feel: [-2],
    thoughts: 'Ոչինչ չի փոխվել, իսկ հաշիվն աճել է։ Ինչու՞ վճարել ավելին։',
    painPoints: [['Գնի բարձրացումը ոչ մի տեղ բացատրված չէ', 2]],
    friction: { score: 3, types: ['price', 'missing information'] },
    loyaltyQuestions: ['Why pay?'],
    metrics: { volume: 8000 },
  });
  const neighbour = b.touchpoint(0, {
    title: 'Հարևան խանութի տերը պատմում է նոր օպերատորի մասին',
    channel: 'word of mouth',
    feel: [1],
    thoughts: 'Նա վճարում է ավելի քիչ, և ինտերնետը երբեք չի անջատվում։ Գուցե ժամանակն է։',
    loyaltyQuestions: ['Why change?', 'Why now?'],
    pillars: ['community and affinity'],
  });
  const compare = b.touchpoint(1, {
    title: 'Համեմատում է սակագները կայքերում',
    channel: 'website',
    feel: [-1],
    thoughts: 'Բոլորն ասում են «անսահմանափակ», բայց միացման վճարը գրված է մանրատառով։',
    painPoints: [['Միացման և սարքավորման վճարները թաքնված են պայմաններում', 2]],
    friction: { score: 3, types: ['confusion', 'price'] },
    metrics: { volume: 3100, dropOff: 28 },
  });
  const store = b.touchpoint(1, {
    title: 'Նոր օպերատորի խորհրդատուն հաշվարկում է տարեկան խնայողությունը',
    channel: 'store',
    feel: [2],
    thoughts: 'Նա ցույց տվեց, թե որքան կխնայեմ տարվա ընթացքում, և ինչ կլինի, եթե ոչինչ չփոխեմ։',
    delight: true,
    momentOfTruth: true,
    loyaltyQuestions: ['Why you?', 'Why change?'],
    pillars: ['customer service'],
    opportunities: [
      {
        text: 'Տալ խնայողության հաշվարկը գրավոր՝ տանը կրկին նայելու համար',
        status: 'done',
        owner: 'Վաճառքի ղեկավար',
      },
    ],
    metrics: { volume: 900, csat: { mode: 'share', value: 90, sample: 260 } },
  });
  const cancel = b.touchpoint(2, {
    title: 'Զանգում է հին օպերատորին՝ պայմանագիրը լուծելու',
    description: 'Պահպանման բաժինը երեք անգամ փոխանցում է զանգը և ամեն անգամ առաջարկում նոր զեղչ։',
    channel: 'phone',
    owner: 'Պահպանման բաժին',
    feel: [-3],
    emotionLabel: 'Զայրույթ',
    thoughts: 'Ես արդեն որոշել եմ։ Ինչու՞ է այսքան դժվար հեռանալը։',
    quotes: ['«Քառասուն րոպե հեռախոսով, և նրանք դեռ չեն լսում, որ ես հեռանում եմ»։'],
    painPoints: [
      ['Երեք փոխանցում և երեք զեղչ՝ հրաժարման փոխարեն', 3],
      ['Պայմանագրի վաղաժամկետ լուծման տույժը նախապես չէր ասվել', 2],
    ],
    friction: { score: 5, types: ['hand-offs', 'policy', 'waiting'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'Չդժվարացնել հեռանալը. լուծում մեկ զանգով կամ առցանց',
        status: 'planned',
        owner: 'Հաճախորդների պահպանման ղեկավար',
        loyaltyQuestions: ['Why stay?'],
        pillars: ['customer service'],
      },
    ],
    metrics: { volume: 640, csat: { mode: 'mean', value: 1.5, sample: 210 }, expectedEmotion: 0 },
  });
  const porting = b.touchpoint(3, {
    title: 'Համարի փոխանցումը ձախողվում է',
    channel: 'mobile app',
    feel: [-2],
    thoughts: 'Հեռախոսն անջատված է, իսկ հաճախորդները չեն կարողանում պատվեր տալ։',
    painPoints: [['Մեկ օր առանց կապի, քանի որ հին օպերատորը չի հաստատել փոխանցումը', 3]],
    friction: { score: 4, types: ['errors', 'hand-offs'] },
    metrics: { volume: 140 },
  });
  const fixed = b.touchpoint(3, {
    title: 'Նոր օպերատորն ավարտում է փոխանցումը նույն օրը և փոխհատուցում',
    channel: 'phone',
    feel: [2],
    thoughts: 'Նրանք իրենք զանգեցին, ներողություն խնդրեցին և մեկ ամիսն անվճար դարձրին։',
    delight: true,
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service'],
    metrics: { csat: { mode: 'share', value: 92, sample: 120 } },
  });
  const technician = b.touchpoint(3, {
    title: 'Տեխնիկը միացնում է ինտերնետը սրճարանում',
    channel: 'other',
    feel: [2],
    thoughts: 'Մեկ ժամում ամեն ինչ աշխատում էր, նա նույնիսկ տեղափոխեց սարքը հյուրերից հեռու։',
    metrics: { ces: { mean: 6.1, sample: 400 }, volume: 760 },
  });
  const firstBill = b.touchpoint(4, {
    title: 'Առաջին հաշիվը ճիշտ այնքան է, որքան խոստացվել էր',
    channel: 'email',
    feel: [1],
    thoughts: 'Ոչ մի անակնկալ։ Ահա թե ինչու եմ վճարում։',
    loyaltyQuestions: ['Why pay?'],
    metrics: { volume: 740 },
  });
  const report = b.touchpoint(4, {
    title: 'Ստանում է ամսական հաշվետվություն՝ որքան է խնայել',
    channel: 'email',
    feel: [2],
    thoughts: 'Երեք ամսում խնայել եմ մեկ ամսվա վարձավճարը։',
    loyaltyQuestions: ['Why stay?'],
    pillars: ['bridges'],
    opportunities: [
      {
        text: 'Ավելացնել հաշվետվությանը կապի կայունությունը՝ ժամերով',
        status: 'idea',
        owner: 'Արտադրանքի ղեկավար',
        loyaltyQuestions: ['Why stay?'],
      },
    ],
    metrics: { nps: { promoters: 320, passives: 210, detractors: 90 } },
  });
  const guestWifi = b.touchpoint(4, {
    title: 'Առաջարկ՝ հյուրերի համար առանձին անվճար ցանց',
    channel: 'store',
    feel: [1],
    thoughts: 'Սա իսկապես պետք է սրճարանին։ Նրանք հասկանում են իմ բիզնեսը։',
    loyaltyQuestions: ['Why evolve?'],
    pillars: ['products and services'],
  });

  b.path(bill, compare, store, cancel, technician, firstBill, report);
  b.connect(bill, neighbour, 'alternative', 'Խորհուրդ հարևանից', 22);
  b.connect(neighbour, store, 'alternative');
  b.connect(technician, porting, 'failure', 'Համարը չի փոխանցվել', 18);
  b.connect(porting, fixed, 'recovery', 'Նոր օպերատորը զանգում է');
  b.connect(fixed, firstBill, 'recovery');
  b.connect(report, guestWifi, 'alternative', 'Զարգանալու առաջարկ', 15);

  b.note(
    2,
    'Հեռանալը դժվարացնելը ստեղծում է դժգոհություն և վիրուսային արձագանք. հաճախորդները պետք է հասկանան, թե ինչու մնալ։',
    'pink',
  );
  return b.build();
}
