/** Journey templates: complete, realistic journeys to start from, built with fresh ids each time. */
import type { JourneyDocument } from '../model';
import { matchesQuery } from '../search';
import { buildOnlineOrderTemplate } from './online-order';
import { buildSaasTrialTemplate } from './saas-trial';

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
export { TemplateBuilder, FIRST_TOUCHPOINT_Y, TOUCHPOINT_SPACING } from './builder';
