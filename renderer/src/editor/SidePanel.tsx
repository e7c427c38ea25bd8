import { X } from 'lucide-react';
import { Inspector } from './inspector/Inspector';
import { PersonasPanel } from './panels/PersonasPanel';
import { SearchPanel } from './panels/SearchPanel';
import { InsightsPanel } from './panels/InsightsPanel';
import { useEditorUi } from './ui-store';
import { LoyaltyLensPanel } from '../insights-ui/LoyaltyLensPanel';
import { MetricsPanel } from '../insights-ui/MetricsPanel';
import { WorkshopPanel } from '../workshop/WorkshopPanel';
import { VersionsPanel } from '../files-ui/VersionsPanel';

const TITLES = {
  inspector: 'Inspector',
  personas: 'Personas',
  search: 'Search and filter',
  insights: 'Insights',
  metrics: 'Metrics',
  lens: 'Loyalty lens',
  workshop: 'Workshop',
  versions: 'Versions',
} as const;

export function SidePanel() {
  const panel = useEditorUi((s) => s.panel);
  const setUi = useEditorUi((s) => s.set);
  if (!panel) return null;
  return (
    <aside className="side-panel" aria-label={TITLES[panel]}>
      <div className="side-panel-head">
        <h2>{TITLES[panel]}</h2>
        <button
          type="button"
          className="btn btn-ghost icon-btn"
          aria-label={`Close ${TITLES[panel]}`}
          title="Close"
          onClick={() => setUi({ panel: null })}
        >
          <X size={16} />
        </button>
      </div>
      <div className="side-panel-body">
        {panel === 'inspector' && <Inspector />}
        {panel === 'personas' && <PersonasPanel />}
        {panel === 'search' && <SearchPanel />}
        {panel === 'insights' && <InsightsPanel />}
        {panel === 'metrics' && <MetricsPanel />}
        {panel === 'lens' && <LoyaltyLensPanel />}
        {panel === 'workshop' && <WorkshopPanel />}
        {panel === 'versions' && <VersionsPanel />}
      </div>
    </aside>
  );
}
