import {
  ArrowLeft,
  CheckCircle2,
  CircleAlert,
  Columns3,
  Download,
  Gauge,
  Grid3x3,
  HeartHandshake,
  History,
  Keyboard,
  Lightbulb,
  LoaderCircle,
  Network,
  PanelRight,
  Presentation,
  Plus,
  Redo2,
  Search,
  StickyNote,
  Undo2,
  Users,
} from 'lucide-react';
import { navigate } from '../app/router';
import { updateJourney } from './state/commands';
import { useEditor, useEditorStore } from './store-context';
import { useEditorUi, type SidePanel } from './ui-store';
import { useEditorActions } from './actions-context';
import { DropdownMenu } from '../ui/menu';
import { dispatchCommand } from '../app/commands';
import { autoLayoutJourney } from './layout/run-auto-layout';
import { FutureStateButton } from '../insights-ui/FutureStateButton';
import { WorkshopToolbarButtons } from '../workshop/WorkshopToolbarButtons';
import { HeatMenu } from './canvas/HeatMenu';

function SaveIndicator() {
  const save = useEditor((s) => s.save);
  if (save.status === 'saving') {
    return (
      <span className="save-state" role="status" aria-live="polite">
        <LoaderCircle size={14} className="spin" aria-hidden /> Saving…
      </span>
    );
  }
  if (save.status === 'error') {
    return (
      <span className="save-state save-error" role="alert" title={save.message ?? undefined}>
        <CircleAlert size={14} aria-hidden /> Not saved
      </span>
    );
  }
  return (
    <span className="save-state" role="status" aria-live="polite">
      <CheckCircle2 size={14} aria-hidden /> Saved
    </span>
  );
}

function JourneyTitle() {
  const store = useEditorStore();
  const title = useEditor((s) => s.doc.journey.title);
  return (
    <input
      className="journey-title-input"
      aria-label="Journey title"
      data-history-field
      value={title}
      onChange={(e) => {
        const s = store.getState();
        s.run('Rename journey', updateJourney(s.doc, { title: e.target.value }), { coalesceKey: 'journey:title' });
      }}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  );
}

function ToolButton(props: {
  label: string;
  shortcut?: string;
  onClick: () => void;
  icon: React.ReactNode;
  disabled?: boolean;
  pressed?: boolean;
  text?: string;
}) {
  return (
    <button
      type="button"
      className={`btn ${props.text ? '' : 'icon-btn'} ${props.pressed ? 'is-pressed' : ''}`}
      aria-label={props.label}
      aria-pressed={props.pressed}
      title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
      onClick={props.onClick}
      disabled={props.disabled}
    >
      {props.icon}
      {props.text}
    </button>
  );
}

export function Toolbar() {
  const store = useEditorStore();
  const actions = useEditorActions();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const panel = useEditorUi((s) => s.panel);
  const snap = useEditorUi((s) => s.snapToGrid);
  const setUi = useEditorUi((s) => s.set);
  const toggle = (p: SidePanel) => setUi({ panel: panel === p ? null : p });

  return (
    <header className="editor-toolbar" role="toolbar" aria-label="Journey tools">
      <ToolButton
        label="Back to journeys"
        icon={<ArrowLeft size={16} />}
        onClick={() => navigate({ name: 'library' })}
      />
      <JourneyTitle />
      <SaveIndicator />
      <span className="toolbar-sep" />
      <ToolButton
        label="Undo"
        shortcut="Ctrl+Z"
        icon={<Undo2 size={16} />}
        disabled={!canUndo}
        onClick={() => store.getState().undo()}
      />
      <ToolButton
        label="Redo"
        shortcut="Ctrl+Shift+Z"
        icon={<Redo2 size={16} />}
        disabled={!canRedo}
        onClick={() => store.getState().redo()}
      />
      <span className="toolbar-sep" />
      <ToolButton label="Add stage" icon={<Columns3 size={16} />} onClick={() => actions.addStage()} />
      <ToolButton
        label="Add touchpoint"
        shortcut="N"
        icon={<Plus size={16} />}
        text="Touchpoint"
        onClick={() => actions.addTouchpoint({ connectFromSelection: true })}
      />
      <ToolButton
        label="Add sticky note"
        shortcut="S"
        icon={<StickyNote size={16} />}
        onClick={() => actions.addNote()}
      />
      <ToolButton label="Auto layout" icon={<Network size={16} />} onClick={() => void autoLayoutJourney(store)} />
      <ToolButton
        label="Snap to grid"
        icon={<Grid3x3 size={16} />}
        pressed={snap}
        onClick={() => setUi({ snapToGrid: !snap })}
      />
      <HeatMenu />
      <span className="toolbar-fill" />
      <WorkshopToolbarButtons />
      <FutureStateButton />
      <ToolButton
        label="Search and filter"
        shortcut="Ctrl+F"
        icon={<Search size={16} />}
        pressed={panel === 'search'}
        onClick={() => toggle('search')}
      />
      <ToolButton
        label="Personas"
        icon={<Users size={16} />}
        pressed={panel === 'personas'}
        onClick={() => toggle('personas')}
      />
      <ToolButton
        label="Insights"
        icon={<Lightbulb size={16} />}
        pressed={panel === 'insights'}
        onClick={() => toggle('insights')}
      />
      <ToolButton
        label="Metrics"
        icon={<Gauge size={16} />}
        pressed={panel === 'metrics'}
        onClick={() => toggle('metrics')}
      />
      <ToolButton
        label="Loyalty lens"
        icon={<HeartHandshake size={16} />}
        pressed={panel === 'lens'}
        onClick={() => toggle('lens')}
      />
      <ToolButton
        label="Versions"
        icon={<History size={16} />}
        pressed={panel === 'versions'}
        onClick={() => toggle('versions')}
      />
      <ToolButton
        label="Workshop"
        icon={<Presentation size={16} />}
        pressed={panel === 'workshop'}
        onClick={() => toggle('workshop')}
      />
      <ToolButton
        label="Inspector"
        icon={<PanelRight size={16} />}
        pressed={panel === 'inspector'}
        onClick={() => toggle('inspector')}
      />
      <DropdownMenu
        label="Export"
        title="Save and export"
        trigger={
          <>
            <Download size={16} aria-hidden /> Export
          </>
        }
        items={[
          { label: 'Save as .journey file…', shortcut: 'Ctrl+Shift+S', onSelect: () => dispatchCommand('save-as') },
          { label: 'PDF report…', shortcut: 'Ctrl+P', onSelect: () => dispatchCommand('export-pdf') },
          { label: 'PNG image…', onSelect: () => dispatchCommand('export-png') },
          { label: 'SVG image…', onSelect: () => dispatchCommand('export-svg') },
          { label: 'HTML report…', onSelect: () => dispatchCommand('export-html') },
          { label: 'Markdown…', onSelect: () => dispatchCommand('export-markdown') },
          { label: 'CSV (touchpoints)…', onSelect: () => dispatchCommand('export-csv') },
          { label: 'Excel workbook…', onSelect: () => dispatchCommand('export-xlsx') },
          { label: 'Import touchpoints from CSV…', onSelect: () => dispatchCommand('import-csv') },
        ]}
      />
      <ToolButton
        label="Keyboard shortcuts"
        shortcut="?"
        icon={<Keyboard size={16} />}
        onClick={() => setUi({ showShortcuts: true })}
      />
    </header>
  );
}
