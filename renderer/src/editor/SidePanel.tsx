import { X } from 'lucide-react';
import type { ComponentType } from 'react';
import { Inspector } from './inspector/Inspector';
import { PersonasPanel } from './panels/PersonasPanel';
import { SearchPanel } from './panels/SearchPanel';
import { InsightsPanel } from './panels/InsightsPanel';
import { useEditorSlots } from './slots';
import { useEditorUi } from './ui-store';
import { useTranslation } from '../i18n';

/** The editor's own panels (titles are catalogue keys); features add theirs through the panel slots. */
const OWN_PANELS: Record<string, { titleKey: string; Component: ComponentType }> = {
  inspector: { titleKey: 'panels.inspector', Component: Inspector },
  personas: { titleKey: 'panels.personas', Component: PersonasPanel },
  search: { titleKey: 'panels.search', Component: SearchPanel },
  insights: { titleKey: 'panels.insights', Component: InsightsPanel },
};

export function SidePanel() {
  const panel = useEditorUi((s) => s.panel);
  const setUi = useEditorUi((s) => s.set);
  const slots = useEditorSlots();
  const { t } = useTranslation();
  const own = panel ? OWN_PANELS[panel] : undefined;
  const shown = own
    ? { title: t(own.titleKey), Component: own.Component }
    : panel
      ? slots.panels.find((p) => p.id === panel)
      : undefined;
  if (!shown) return null;
  const { title, Component } = shown;
  return (
    <aside className="side-panel" aria-label={title}>
      <div className="side-panel-head">
        <h2>{title}</h2>
        <button
          type="button"
          className="btn btn-ghost icon-btn"
          aria-label={t('panels.closePanel', { title })}
          title={t('panels.close')}
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
