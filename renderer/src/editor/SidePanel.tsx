import { X } from 'lucide-react';
import type { ComponentType } from 'react';
import { Inspector } from './inspector/Inspector';
import { PersonasPanel } from './panels/PersonasPanel';
import { SearchPanel } from './panels/SearchPanel';
import { InsightsPanel } from './panels/InsightsPanel';
import { useEditorSlots } from './slots';
import { useEditorUi } from './ui-store';

/** The editor's own panels; features add theirs through the panel slots. */
const OWN_PANELS: Record<string, { title: string; Component: ComponentType }> = {
  inspector: { title: 'Inspector', Component: Inspector },
  personas: { title: 'Personas', Component: PersonasPanel },
  search: { title: 'Search and filter', Component: SearchPanel },
  insights: { title: 'Insights', Component: InsightsPanel },
};

export function SidePanel() {
  const panel = useEditorUi((s) => s.panel);
  const setUi = useEditorUi((s) => s.set);
  const slots = useEditorSlots();
  const shown = panel ? (OWN_PANELS[panel] ?? slots.panels.find((p) => p.id === panel)) : undefined;
  if (!shown) return null;
  const { title, Component } = shown;
  return (
    <aside className="side-panel" aria-label={title}>
      <div className="side-panel-head">
        <h2>{title}</h2>
        <button
          type="button"
          className="btn btn-ghost icon-btn"
          aria-label={`Close ${title}`}
          title="Close"
          onClick={() => setUi({ panel: null })}
        >
          <X size={16} />
        </button>
      </div>
      <div className="side-panel-body">
        <Component />
      </div>
    </aside>
  );
}
