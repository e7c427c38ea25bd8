/**
 * Template in Malayalam: a family's hotel stay, built on the Malayalam seed
 * text's fifteen facts about the delighted customer
 * (shared/seeds/ml-delighted-customer-15-facts.txt): a hello that makes a
 * waiting guest patient, a complaint put first and solved beyond what was
 * expected, a "wow" nobody asked for, too much attention becoming a nuisance,
 * "tell us five things you disliked and win a gift", and the delighted guest
 * who books again and recommends the hotel for free. Every text is in Malayalam.
 */
import type { JourneyDocument } from '../model';
import { TemplateBuilder } from './builder';

export function buildHotelStayMalayalamTemplate(now: number = Date.now()): JourneyDocument {
  const b = new TemplateBuilder(
    {
      title: 'ഹോട്ടൽ താമസം: കുടുംബ അവധിക്കാലം',
      description:
        'ഒരു കുടുംബം മൂന്നു ദിവസം ഒരു ഹോട്ടലിൽ താമസിക്കുന്നു: ബുക്കിംഗ്, റിസപ്ഷനിലെ നീണ്ട ക്യൂ, പ്രവർത്തിക്കാത്ത എസി, പരാതിക്ക് കിട്ടിയ മുൻഗണന, കുട്ടികൾക്കുള്ള അപ്രതീക്ഷിത സമ്മാനം, ചെക്ക്-ഔട്ട്, വീണ്ടും ബുക്കിംഗ്. അതൃപ്തനായ അതിഥി എവിടെ ഡിലൈറ്റഡ് കസ്റ്റമർ ആയി മാറുന്നു എന്ന് കാണാൻ ഇത് ഉപയോഗിക്കുക.',
      client: 'കായൽ റിസോർട്ട്',
      locale: 'ml',
      tags: ['ഹോസ്പിറ്റാലിറ്റി', 'ഹോട്ടൽ', 'ഡിലൈറ്റഡ് കസ്റ്റമർ'],
    },
    [
      { name: 'ബുക്കിംഗ്', customerGoal: 'ന്യായമായ വിലയ്ക്ക് നല്ലൊരു മുറി ഉറപ്പാക്കുക.' },
      { name: 'എത്തിച്ചേരൽ', customerGoal: 'യാത്രാക്ഷീണത്തോടെ കാത്തുനിൽക്കാതെ മുറിയിലെത്തുക.' },
      { name: 'താമസം', customerGoal: 'കുടുംബത്തോടൊപ്പം സമാധാനമായി വിശ്രമിക്കുക.' },
      { name: 'ചെക്ക്-ഔട്ട്', customerGoal: 'ശരിയായ ബില്ലുമായി സമയത്ത് ഇറങ്ങുക.' },
      { name: 'വീണ്ടും', customerGoal: 'അടുത്ത അവധിക്കും ഇവിടെ തന്നെ വരണമോ എന്ന് തീരുമാനിക്കുക.' },
    ],
    now,
  );

  b.persona({
    name: 'അനിത മേനോൻ',
    role: 'രണ്ടു കുട്ടികളുള്ള അധ്യാപിക, വർഷത്തിൽ രണ്ടുതവണ കുടുംബത്തോടൊപ്പം യാത്ര ചെയ്യുന്നു',
    quote: 'ഞങ്ങളെ കസ്റ്റമർ ആയല്ല, മനുഷ്യരായി കണ്ടാൽ മതി.',
    needs: ['വൃത്തിയുള്ള, തണുപ്പുള്ള മുറി', 'കുട്ടികൾക്ക് സുരക്ഷിതമായ കുളം', 'വ്യക്തമായ ബിൽ'],
    fears: ['അവധി ദിവസങ്ങൾ പരാതി പറഞ്ഞ് തീരുന്നത്', 'ബില്ലിലെ അപ്രതീക്ഷിത ചാർജുകൾ'],
    goals: ['കുട്ടികളോടൊപ്പം മൂന്നു ദിവസം സന്തോഷമായി ചെലവഴിക്കുക'],
    desires: ['വീണ്ടും വരുമ്പോൾ പേരു പറഞ്ഞ് സ്വീകരിക്കുന്ന ഒരു ഹോട്ടൽ'],
    colour: '#2f9e44',
    sender: true,
    challenges: ['പണഞെരുക്കം'],
  });

  const book = b.touchpoint(0, {
    title: 'ഓൺലൈനിൽ മുറി ബുക്ക് ചെയ്യുന്നു',
    channel: 'website',
    feel: [0],
    thoughts: 'വില കൊള്ളാം, പക്ഷേ നികുതി അവസാന പേജിൽ മാത്രമാണ് കാണിക്കുന്നത്.',
    painPoints: [['നികുതിയും സർവീസ് ചാർജും അവസാന ഘട്ടത്തിൽ മാത്രം കാണിക്കുന്നു', 2]],
    friction: { score: 2, types: ['price', 'missing information'] },
    metrics: { volume: 6400, dropOff: 21 },
  });
  const friend = b.touchpoint(0, {
    title: 'ഒരു സുഹൃത്തിന്റെ റെക്കമെന്റേഷൻ കേൾക്കുന്നു',
    channel: 'word of mouth',
    feel: [2],
    thoughts: 'അവൾ പറഞ്ഞാൽ വിശ്വസിക്കാം. പരസ്യത്തേക്കാൾ ഇരട്ടി വിശ്വാസം.',
    pillars: ['community and affinity'],
    loyaltyQuestions: ['Why you?'],
  });
  const queue = b.touchpoint(1, {
    title: 'റിസപ്ഷനിൽ നീണ്ട ക്യൂ',
    channel: 'store',
    feel: [-2],
    thoughts: 'കുട്ടികൾ ക്ഷീണിച്ചു. നാൽപ്പതു മിനിറ്റായി ഞങ്ങൾ നിൽക്കുന്നു.',
    painPoints: [['ഒരേ സമയം മൂന്നു ബസുകൾ എത്തി; ഒരു ജീവനക്കാരൻ മാത്രം', 2]],
    friction: { score: 4, types: ['waiting'] },
    opportunities: [
      { text: 'തിരക്കുള്ള സമയങ്ങളിൽ ലോബിയിൽ ടാബ്‌ലെറ്റ് ചെക്ക്-ഇൻ', status: 'planned', owner: 'ഫ്രണ്ട് ഓഫീസ് മാനേജർ' },
    ],
    metrics: { volume: 1800, ces: { mean: 2.9, sample: 340 } },
  });
  const hello = b.touchpoint(1, {
    title: 'ഒരു ജീവനക്കാരൻ ഹായ് പറഞ്ഞ് വെൽക്കം ഡ്രിങ്ക് നൽകുന്നു',
    channel: 'store',
    feel: [1],
    thoughts: 'ഞങ്ങളെ ശ്രദ്ധിക്കുന്നുണ്ട് എന്ന് മനസ്സിലായി. ഇനി കാത്തുനിൽക്കാം.',
    pillars: ['customer service'],
  });
  const ac = b.touchpoint(2, {
    title: 'മുറിയിലെ എസി പ്രവർത്തിക്കുന്നില്ല',
    description: 'രാത്രി പതിനൊന്നു മണി. മുറിയിൽ മുപ്പത്തിരണ്ട് ഡിഗ്രി ചൂട്.',
    channel: 'phone',
    owner: 'ഹൗസ്‌കീപ്പിംഗ്',
    feel: [-3],
    emotionLabel: 'ദേഷ്യം',
    thoughts: 'ഇത്രയും പണം കൊടുത്തിട്ട് കുട്ടികൾക്ക് ഉറങ്ങാൻ പോലും പറ്റുന്നില്ല.',
    quotes: ['“മൂന്നു തവണ വിളിച്ചു, ആരും വന്നില്ല.”'],
    painPoints: [
      ['എസി കേടായ മുറി അതിഥിക്ക് നൽകി', 3],
      ['രാത്രിയിൽ മെയിന്റനൻസിന് ആളില്ല', 3],
    ],
    friction: { score: 5, types: ['errors', 'waiting', 'hand-offs'] },
    momentOfTruth: true,
    opportunities: [
      {
        text: 'ഓരോ ചെക്ക്-ഇന്നിനും മുമ്പ് മുറി പരിശോധനാ പട്ടിക',
        status: 'in progress',
        owner: 'ഹൗസ്‌കീപ്പിംഗ് മേധാവി',
        loyaltyQuestions: ['Why stay?'],
      },
    ],
    metrics: { volume: 90, csat: { mode: 'mean', value: 1.4, sample: 60 }, expectedEmotion: 1 },
  });
  const upgrade = b.touchpoint(2, {
    title: 'പരാതിക്ക് മുൻഗണന: പത്തു മിനിറ്റിനുള്ളിൽ കായലിനഭിമുഖമായ മുറി',
    channel: 'store',
    owner: 'ഡ്യൂട്ടി മാനേജർ',
    feel: [3],
    emotionLabel: 'ഡിലൈറ്റഡ്',
    thoughts: 'പ്രതീക്ഷിച്ചതിലും നന്നായി അവർ പ്രശ്നം പരിഹരിച്ചു. ഇതാണ് ശരിയായ സർവീസ്.',
    delight: true,
    momentOfTruth: true,
    loyaltyQuestions: ['Why stay?'],
    pillars: ['customer service'],
    metrics: { csat: { mode: 'share', value: 96, sample: 50 } },
  });
  const breakfast = b.touchpoint(2, {
    title: 'പ്രഭാതഭക്ഷണത്തിൽ കുട്ടികൾക്ക് അപ്രതീക്ഷിത സമ്മാനം',
    channel: 'store',
    feel: [3],
    thoughts: 'ആരും ആവശ്യപ്പെടാത്ത ഒരു വൗ ഫീൽ. കുട്ടികൾ ഇപ്പോഴും അതിനെക്കുറിച്ച് സംസാരിക്കുന്നു.',
    delight: true,
    pillars: ['experiences'],
  });
  const knocks = b.touchpoint(2, {
    title: 'ജീവനക്കാർ ഇടയ്ക്കിടെ വാതിലിൽ മുട്ടുന്നു',
    channel: 'store',
    feel: [-1],
    thoughts: 'ഒരു ദിവസം നാലു തവണ. ഇത്ര കെയറിങ് വേണ്ട, ഞങ്ങൾക്ക് വിശ്രമിക്കണം.',
    painPoints: [['അമിതമായ ശ്രദ്ധ ശല്യമാകുന്നു', 1]],
    friction: { score: 2, types: ['effort'] },
    opportunities: [
      { text: 'വാതിലിൽ “ശല്യപ്പെടുത്തരുത്” കാർഡും സർവീസ് സമയം തിരഞ്ഞെടുക്കാനുള്ള സൗകര്യവും', status: 'idea', owner: 'ഗസ്റ്റ് റിലേഷൻസ്' },
    ],
  });
  const bill = b.touchpoint(3, {
    title: 'ചെക്ക്-ഔട്ട് ബില്ലിൽ അറിയാത്ത ചാർജ്',
    channel: 'store',
    feel: [-2],
    thoughts: 'മിനിബാറിൽ നിന്ന് ഒന്നും എടുത്തില്ല. എന്നിട്ടും ബില്ലിൽ ഉണ്ട്.',
    painPoints: [['ഉപയോഗിക്കാത്ത മിനിബാർ ബില്ലിൽ ചേർത്തു', 2]],
    friction: { score: 3, types: ['errors', 'price'] },
    metrics: { volume: 1700, dropOff: 2 },
  });
  const feedback = b.touchpoint(3, {
    title: '“അഞ്ച് അതൃപ്തികൾ പറഞ്ഞുതരിക, സമ്മാനം നേടുക” ഫീഡ്‌ബാക്ക് ഫോം',
    channel: 'email',
    feel: [1],
    thoughts: 'പരാതി പറയാൻ അവർ തന്നെ ക്ഷണിക്കുന്നു. ഇത് പുതുമയാണ്.',
    opportunities: [
      {
        text: 'ലഭിക്കുന്ന ഓരോ പരാതിയും ഒരാഴ്ചയ്ക്കുള്ളിൽ മറുപടിയോടെ പരിഹരിക്കുക',
        status: 'planned',
        owner: 'ജനറൽ മാനേജർ',
        loyaltyQuestions: ['Why evolve?'],
      },
    ],
    metrics: { csat: { mode: 'mean', value: 4.3, sample: 620 } },
  });
  const rebook = b.touchpoint(4, {
    title: 'അടുത്ത അവധിക്ക് വീണ്ടും ബുക്ക് ചെയ്യുന്നു',
    channel: 'phone',
    feel: [2],
    thoughts: 'പ്രശ്നങ്ങൾ ഉണ്ടായി, പക്ഷേ അവർ അത് എങ്ങനെ കൈകാര്യം ചെയ്തു എന്നതാണ് ഓർമ്മ.',
    loyaltyQuestions: ['Why stay?'],
    metrics: { nps: { promoters: 410, passives: 150, detractors: 60 }, volume: 620 },
  });
  const social = b.touchpoint(4, {
    title: 'സോഷ്യൽ മീഡിയയിൽ അനുഭവം പങ്കുവയ്ക്കുന്നു',
    channel: 'social media',
    feel: [2],
    thoughts: 'ഒറ്റ പൈസ ചിലവില്ലാതെ ഞാൻ അവരുടെ ബ്രാൻഡ് അംബാസിഡർ ആയി.',
    pillars: ['community and affinity'],
  });

  b.path(book, queue, hello, upgrade, breakfast, bill, feedback, rebook);
  b.connect(friend, book, 'alternative', 'സുഹൃത്ത് പറഞ്ഞു', 25);
  b.connect(queue, ac, 'failure', 'കേടായ മുറി', 5);
  b.connect(ac, upgrade, 'recovery', 'ഡ്യൂട്ടി മാനേജർ ഇടപെടുന്നു');
  b.connect(breakfast, knocks, 'alternative');
  b.connect(rebook, social, 'alternative', 'അനുഭവം പങ്കുവയ്ക്കുന്നു', 40);

  b.note(2, 'ഒരു ഡിലൈറ്റഡ് കസ്റ്റമറെ സൃഷ്ടിക്കാൻ ശ്രമിക്കുമ്പോൾ നൂറു തൃപ്തരായ കസ്റ്റമർ ഉണ്ടാകുന്നു.', 'green');
  return b.build();
}
