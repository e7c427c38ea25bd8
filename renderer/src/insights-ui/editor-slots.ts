/** What the insights feature plugs into the editor (composed by `app/`). */
import { Gauge, Grid2x2, HeartHandshake } from 'lucide-react';
import type { EditorPanelSlot, ShortcutGroup } from '../editor/slots';
import { t } from '../i18n';
import { FutureStateButton } from './FutureStateButton';
import { LoyaltyLensPanel } from './LoyaltyLensPanel';
import { MetricsPanel } from './MetricsPanel';
import { OpportunityMatrixPanel } from './OpportunityMatrixPanel';

export const insightsPanels: EditorPanelSlot[] = [
  {
    id: 'metrics',
    get title() {
      return t('insights.panel.metrics');
    },
    Component: MetricsPanel,
    button: {
      get label() {
        return t('insights.panel.metrics');
      },
      icon: Gauge,
      visibleFrom: 'full',
    },
  },
  {
    id: 'lens',
    get title() {
      return t('insights.panel.lens');
    },
    Component: LoyaltyLensPanel,
    button: {
      get label() {
        return t('insights.panel.lens');
      },
      icon: HeartHandshake,
      visibleFrom: 'full',
    },
  },
  {
    id: 'matrix',
    get title() {
      return t('insights.panel.matrix');
    },
    Component: OpportunityMatrixPanel,
    button: {
      get label() {
        return t('insights.panel.matrix');
      },
      icon: Grid2x2,
      visibleFrom: 'full',
    },
  },
];

export const insightsShareControls = [FutureStateButton];

/** The comparison screen's key, listed in the editor's shortcut sheet, from which the comparison is opened. */
export const insightsShortcuts: ShortcutGroup = {
  group: 'insights.compare.title',
  items: [{ keys: 'Esc', description: 'insights.compare.backToJourney' }],
};
