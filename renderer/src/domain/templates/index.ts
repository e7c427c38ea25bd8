/** Journey templates: complete, realistic journeys to start from, built with fresh ids each time. */
import type { JourneyDocument } from '../model';
import { buildOnlineOrderTemplate } from './online-order';
import { buildSaasTrialTemplate } from './saas-trial';

export interface JourneyTemplate {
  id: string;
  name: string;
  description: string;
  build(now?: number): JourneyDocument;
}

export const JOURNEY_TEMPLATES: readonly JourneyTemplate[] = [
  {
    id: 'online-order-service-recovery',
    name: 'Online order: damaged item and service recovery',
    description:
      'An online order from first ad to reorder, with a damaged parcel, a slow support call and a replacement that wins the customer back. One persona, metrics and opportunities filled in.',
    build: buildOnlineOrderTemplate,
  },
  {
    id: 'saas-trial-to-paid',
    name: 'SaaS trial to paid',
    description:
      'A team tool’s free trial from first search to the first renewal, seen by the buyer and a daily user, with loyalty questions and pillars tagged.',
    build: buildSaasTrialTemplate,
  },
];

export { buildOnlineOrderTemplate, ONLINE_ORDER_HOT_SPOT_TITLE, ONLINE_ORDER_LOW_POINT_TITLE } from './online-order';
export { buildSaasTrialTemplate } from './saas-trial';
export { TemplateBuilder, FIRST_TOUCHPOINT_Y, TOUCHPOINT_SPACING } from './builder';
