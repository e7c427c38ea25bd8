/**
 * The table view's tabs: the touchpoints grid, the connections grid and the stages grid
 * (WAI-ARIA tabs: arrow keys move between the tabs, the chosen one shows its grid).
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import { ConnectionsTable } from './ConnectionsTable';
import { StagesTable } from './StagesTable';
import { TableView } from './TableView';

const TABS = [
  { id: 'touchpoints', label: 'table.tabTouchpoints' },
  { id: 'connections', label: 'table.tabConnections' },
  { id: 'stages', label: 'table.tabStages' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export function TableScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('touchpoints');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const index = TABS.findIndex((x) => x.id === tab);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? TABS.length - 1
          : (index + (e.key === 'ArrowRight' ? 1 : -1) + TABS.length) % TABS.length;
    const id = TABS[next]!.id;
    setTab(id);
    refs.current[id]?.focus();
  };

  return (
    <section className="table-screen" aria-label={t('table.toggle')}>
      <div className="table-tabs" role="tablist" aria-label={t('table.tabsLabel')} onKeyDown={onKeyDown}>
        {TABS.map((x) => (
          <button
            key={x.id}
            ref={(el) => {
              refs.current[x.id] = el;
            }}
            type="button"
            role="tab"
            id={`table-tab-${x.id}`}
            aria-selected={tab === x.id}
            aria-controls={`table-panel-${x.id}`}
            tabIndex={tab === x.id ? 0 : -1}
            className={tab === x.id ? 'is-on' : undefined}
            onClick={() => setTab(x.id)}
          >
            {t(x.label)}
          </button>
        ))}
      </div>
      <div className="table-panel" role="tabpanel" id={`table-panel-${tab}`} aria-labelledby={`table-tab-${tab}`}>
        {tab === 'touchpoints' ? <TableView /> : tab === 'connections' ? <ConnectionsTable /> : <StagesTable />}
      </div>
    </section>
  );
}
