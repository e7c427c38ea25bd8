/** Journey templates: complete, realistic journeys to start from, built with fresh ids each time. */
import type { JourneyDocument } from '../model';
import { matchesQuery } from '../search';
import { buildB2bProcurementTemplate } from './b2b-procurement';
import { buildBakeryLoyaltyTeluguTemplate } from './bakery-loyalty-te';
import { buildBankAccountTemplate } from './bank-account';
import { buildEmployeeOnboardingTemplate } from './employee-onboarding';
import { buildFoodDeliveryTemplate } from './food-delivery';
import { buildGovernmentServiceTemplate } from './government-service';
import { buildHospitalVisitTemplate } from './hospital-visit';
import { buildHotelStayMalayalamTemplate } from './hotel-stay-ml';
import { buildInsuranceClaimTemplate } from './insurance-claim';
import { buildOnlineOrderTemplate } from './online-order';
import { buildOnlineReturnsTamilTemplate } from './online-returns-ta';
import { buildSaasTrialTemplate } from './saas-trial';
import { buildServiceBlueprintTemplate } from './service-blueprint';
import { buildTelecomSwitchArmenianTemplate } from './telecom-switch-hy';
import { buildUniversityEnrolmentTemplate } from './university-enrolment';

/** The languages templates are written in, each named in itself (as the gallery shows it). */
export const TEMPLATE_LANGUAGES = {
  en: 'English',
  ta: 'தமிழ்',
  te: 'తెలుగు',
  ml: 'മലയാളം',
  hy: 'Հայերեն',
} as const;
export type TemplateLanguage = keyof typeof TEMPLATE_LANGUAGES;

export interface JourneyTemplate {
  id: string;
  /** The template's title, in its own language (also the built journey's title). */
  name: string;
  /** The industry or field it comes from, in the template's language. */
  industry: string;
  /** Every text of the template is written in this language; the journey's locale. */
  language: TemplateLanguage;
  description: string;
  build(now?: number): JourneyDocument;
}

export const JOURNEY_TEMPLATES: readonly JourneyTemplate[] = [
  {
    id: 'online-order-service-recovery',
    name: 'Online order: damaged item and service recovery',
    industry: 'Retail and e-commerce',
    language: 'en',
    description:
      'An online order from first ad to reorder, with a damaged parcel, a slow support call and a replacement that wins the customer back. One persona, metrics and opportunities filled in.',
    build: buildOnlineOrderTemplate,
  },
  {
    id: 'saas-trial-to-paid',
    name: 'SaaS trial to paid',
    industry: 'Software (SaaS)',
    language: 'en',
    description:
      'A team tool’s free trial from first search to the first renewal, seen by the buyer and a daily user, with loyalty questions and pillars tagged.',
    build: buildSaasTrialTemplate,
  },
  {
    id: 'bank-account-opening',
    name: 'Bank account opening',
    industry: 'Banking',
    language: 'en',
    description:
      'A current account opened on a phone by a newcomer with an overseas passport and a sole trader: eligibility, a failed selfie check, a video-call recovery, the card in the wallet and the first salary.',
    build: buildBankAccountTemplate,
  },
  {
    id: 'insurance-claim-escape-of-water',
    name: 'Home insurance claim: escape of water',
    industry: 'Insurance',
    language: 'en',
    description:
      'A burst pipe from the night-time call to the settlement and the renewal: a form asked twice, a loss adjuster rescheduled twice, a named claims handler who turns it round, and a renewal price rise.',
    build: buildInsuranceClaimTemplate,
  },
  {
    id: 'hospital-outpatient-visit',
    name: 'Hospital outpatient visit',
    industry: 'Healthcare',
    language: 'en',
    description:
      'An older patient and her son from GP referral to physiotherapy: the appointment letter, parking, a two-hour clinic overrun with no word, a consultant who explains, and chasing the scan results.',
    build: buildHospitalVisitTemplate,
  },
  {
    id: 'telecom-switch-provider-hy',
    name: 'Կապի օպերատորի փոխում. բջջային կապ և ինտերնետ',
    industry: 'Հեռահաղորդակցություն',
    language: 'hy',
    description:
      'Սրճարանի սեփականատերը փոխում է օպերատորը՝ հավատարմության վեց հարցերի շուրջ. բարձրացած հաշիվ, դժվար հեռանալ, ձախողված համարի փոխանցում և նոր օպերատորի փոխհատուցում։',
    build: buildTelecomSwitchArmenianTemplate,
  },
  {
    id: 'online-returns-pet-food-ta',
    name: 'ஆன்லைன் ஆர்டரைத் திருப்பி அனுப்புதல்: செல்லப்பிராணி உணவு',
    industry: 'இணைய வணிகம்',
    language: 'ta',
    description:
      'உடைந்த டெலிவரி, திறக்கப்படாத நாய் உணவுப் பையைத் திருப்பித் தரும் கோரிக்கை, முழுப் பணம் திரும்புதல், தங்குமிடத்துக்கு நன்கொடை, கையொப்பமிட்ட அட்டையுடன் பூக்கள்.',
    build: buildOnlineReturnsTamilTemplate,
  },
  {
    id: 'hotel-stay-family-ml',
    name: 'ഹോട്ടൽ താമസം: കുടുംബ അവധിക്കാലം',
    industry: 'ഹോസ്പിറ്റാലിറ്റി',
    language: 'ml',
    description:
      'ബുക്കിംഗ് മുതൽ വീണ്ടും ബുക്കിംഗ് വരെ: റിസപ്ഷനിലെ ക്യൂ, കേടായ എസി, പരാതിക്ക് മുൻഗണന, കുട്ടികൾക്ക് അപ്രതീക്ഷിത സമ്മാനം, “അഞ്ച് അതൃപ്തികൾ പറയൂ” ഫീഡ്‌ബാക്ക്.',
    build: buildHotelStayMalayalamTemplate,
  },
  {
    id: 'bakery-cake-loyalty-te',
    name: 'బేకరీ కేక్ ఆర్డర్: పుట్టినరోజు నుండి నమ్మకమైన కస్టమర్ వరకు',
    industry: 'ఆహారం, చిన్న వ్యాపారం',
    language: 'te',
    description:
      'కాలనీ గ్రూప్‌లో సిఫార్సు నుండి నెలవారీ ఆర్డర్ వరకు: “తొమ్మిది కొంటే ఒకటి ఉచితం” కార్డు, విఫలమైన చెల్లింపు లింక్, కేక్ మీద తప్పు పేరు, యజమాని స్వయంగా చేసిన ఫోన్, పిల్లల వర్క్‌షాప్. ఖర్చు పెట్టేవారు, పంపేవారు.',
    build: buildBakeryLoyaltyTeluguTemplate,
  },
  {
    id: 'government-childcare-benefit',
    name: 'Government service application: childcare benefit',
    industry: 'Public sector',
    language: 'en',
    description:
      'A shift-working parent applies for a council childcare benefit: eligibility calculator, digital ID, evidence upload, a rejection for a document the form never asked for, a caseworker who reopens it, and the first payment.',
    build: buildGovernmentServiceTemplate,
  },
  {
    id: 'university-enrolment-international',
    name: 'University enrolment: international master’s student',
    industry: 'Higher education',
    language: 'en',
    description:
      'An international student and the parent who pays, from offer to the first seminar: deposit fees, a late visa letter, a buddy at the airport, a room not ready, enrolment queues and a surprise fee.',
    build: buildUniversityEnrolmentTemplate,
  },
  {
    id: 'b2b-procurement-platform',
    name: 'B2B procurement: buying a software platform',
    industry: 'B2B and enterprise',
    language: 'en',
    description:
      'A business sponsor and a procurement manager buy a fleet platform: business case, RFP, a demo on their own data, a seven-week security review, legal redlines and the roll-out to drivers.',
    build: buildB2bProcurementTemplate,
  },
  {
    id: 'employee-onboarding-90-days',
    name: 'Employee onboarding: the first 90 days',
    industry: 'Human resources',
    language: 'en',
    description:
      'A new hire and her manager from offer to probation review: duplicated paperwork, a first day without a laptop, a buddy, a first shipped task, compliance overload and written feedback.',
    build: buildEmployeeOnboardingTemplate,
  },
  {
    id: 'food-delivery-weeknight',
    name: 'Food delivery: weeknight dinner order',
    industry: 'Food and delivery',
    language: 'en',
    description:
      'A parent orders dinner through an app, seen with the restaurant owner: reorder, allergens, fees at checkout, a courier at the wrong door, an instant refund and a re-cook, and ordering direct next time.',
    build: buildFoodDeliveryTemplate,
  },
  {
    id: 'service-blueprint-phone-repair',
    name: 'Service blueprint: same-day phone repair',
    industry: 'Retail services',
    language: 'en',
    description:
      'A same-day phone repair in five lanes: the customer, the technician and the app in front, the workshop behind, and the parts and courier systems that support it, with the lines of interaction, visibility and internal interaction. Rename or remove lanes to fit your service.',
    build: buildServiceBlueprintTemplate,
  },
];

/** The text a template is found by: its name, industry, description and language. */
export function templateSearchText(template: JourneyTemplate): string {
  return [template.name, template.industry, template.description, TEMPLATE_LANGUAGES[template.language]].join(' ');
}

/** The templates whose name, industry, description or language hold every word of the query (any script). */
export function searchTemplates(templates: readonly JourneyTemplate[], query: string): JourneyTemplate[] {
  return templates.filter((t) => matchesQuery(templateSearchText(t), query));
}

export { buildOnlineOrderTemplate, ONLINE_ORDER_HOT_SPOT_TITLE, ONLINE_ORDER_LOW_POINT_TITLE } from './online-order';
export { buildSaasTrialTemplate } from './saas-trial';
export { buildServiceBlueprintTemplate, SERVICE_BLUEPRINT_LANES } from './service-blueprint';
export { buildB2bProcurementTemplate } from './b2b-procurement';
export { buildBakeryLoyaltyTeluguTemplate } from './bakery-loyalty-te';
export { buildBankAccountTemplate } from './bank-account';
export { buildEmployeeOnboardingTemplate } from './employee-onboarding';
export { buildFoodDeliveryTemplate } from './food-delivery';
export { buildGovernmentServiceTemplate } from './government-service';
export { buildHospitalVisitTemplate } from './hospital-visit';
export { buildHotelStayMalayalamTemplate } from './hotel-stay-ml';
export { buildInsuranceClaimTemplate } from './insurance-claim';
export { buildOnlineReturnsTamilTemplate } from './online-returns-ta';
export { buildTelecomSwitchArmenianTemplate } from './telecom-switch-hy';
export { buildUniversityEnrolmentTemplate } from './university-enrolment';
export { TemplateBuilder, FIRST_TOUCHPOINT_Y, TOUCHPOINT_SPACING } from './builder';
