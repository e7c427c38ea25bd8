/** What the insights feature plugs into the editor (composed by `app/`). */
import { Gauge, Grid2x2, HeartHandshake } from 'lucide-react';
import type { EditorPanelSlot } from '../editor/slots';
import { FutureStateButton } from './FutureStateButton';
import { LoyaltyLensPanel } from './LoyaltyLensPanel';
import { MetricsPanel } from './MetricsPanel';
import { OpportunityMatrixPanel } from './OpportunityMatrixPanel';

export const insightsPanels: EditorPanelSlot[] = [
  {
    id: 'metrics',
    title: 'Metrics',
    Component: MetricsPanel,
    button: { label: 'Metrics', icon: Gauge, visibleFrom: 'full' },
  },
  {
    id: 'lens',
    title: 'Loyalty lens',
    Component: LoyaltyLensPanel,
    button: { label: 'Loyalty lens', icon: HeartHandshake, visibleFrom: 'full' },
  },
  {
    id: 'matrix',
    title: 'Opportunity matrix',
    Component: OpportunityMatrixPanel,
    button: { label: 'Opportunity matrix', icon: Grid2x2, visibleFrom: 'full' },
  },
];

export const insightsShareControls = [FutureStateButton];
