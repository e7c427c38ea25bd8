/** Journey templates: complete, realistic journeys to start from, built with fresh ids each time. */
import type { JourneyDocument } from '../model';
import { buildOnlineOrderTemplate } from './online-order';
import { buildSaasTrialTemplate } from './saas-trial';
import { buildServiceBlueprintTemplate } from './service-blueprint';

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
  {
    id: 'service-blueprint-phone-repair',
    name: 'Service blueprint',
    description:
      'A same-day phone repair in five lanes: the customer, the technician and the app in front, the workshop behind, and the parts and courier systems that support it, with the lines of interaction, visibility and internal interaction. Rename or remove lanes to fit your service.',
    build: buildServiceBlueprintTemplate,
  },
];

export { buildOnlineOrderTemplate, ONLINE_ORDER_HOT_SPOT_TITLE, ONLINE_ORDER_LOW_POINT_TITLE } from './online-order';
export { buildSaasTrialTemplate } from './saas-trial';
export { buildServiceBlueprintTemplate, SERVICE_BLUEPRINT_LANES } from './service-blueprint';
export { TemplateBuilder, FIRST_TOUCHPOINT_Y, TOUCHPOINT_SPACING } from './builder';
