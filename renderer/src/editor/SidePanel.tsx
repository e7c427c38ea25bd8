import { X } from 'lucide-react';
import { useLayoutEffect, useRef, type ComponentType } from 'react';
import { Inspector } from './inspector/Inspector';
import { PersonasPanel } from './panels/PersonasPanel';
import { SearchPanel } from './panels/SearchPanel';
import { InsightsPanel } from './panels/InsightsPanel';
import { useEditorSlots } from './slots';
import { useEditorUi } from './ui-store';
import { useTranslation } from '../i18n';
import { focusedElement, refocus } from '../ui/focus';

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
  const aside = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const own = panel ? OWN_PANELS[panel] : undefined;
  const shown = own
    ? { title: t(own.titleKey), Component: own.Component }
    : panel
      ? slots.panels.find((p) => p.id === panel)
      : undefined;
  const open = shown ? panel : null;
  // A panel picked from a menu (More tools) takes focus at its heading: the menu's button, where focus
  // went back, does not show the panel. Closing a panel puts focus back on what opened it (that
  // button, a toolbar toggle, a card) when focus would otherwise fall to the page.
  useLayoutEffect(() => {
    if (!open) return;
    const opener = focusedElement();
    const element = aside.current;
    if (opener?.getAttribute('aria-haspopup') === 'menu') heading.current?.focus();
    return () => void refocus([opener], element);
  }, [open]);
  if (!shown) return null;
  const { title, Component } = shown;
  return (
    <aside className="side-panel" aria-label={title} ref={aside}>
      <div className="side-panel-head">
        <h2 ref={heading} tabIndex={-1}>
          {title}
        </h2>
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
      {/* One body per panel: a panel opens at its top, not where the last one was scrolled to. */}
      <div className="side-panel-body" key={open}>
        <Component />
      </div>
    </aside>
  );
}
