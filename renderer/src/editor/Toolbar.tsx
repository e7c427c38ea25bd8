import { ArrowLeft, Download } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { navigate } from '../app/router';
import { dispatchCommand } from '../services/command-bus';
import { DropdownMenu } from '../ui/menu';
import { FutureStateButton } from '../insights-ui/FutureStateButton';
import { isTimerShown } from '../workshop/timer';
import { TimerBadge } from '../workshop/timer/TimerBadge';
import { useWorkshopUi } from '../workshop/workshop-ui';
import { useEditor } from '../session/react';
import { HeatMenu } from './canvas/HeatMenu';
import { useEditorUi } from './ui-store';
import { GROUP_LABELS, useToolbarCommands, type ToolbarCommand, type ToolbarGroup } from './toolbar/toolbar-items';
import { JourneyTitle } from './toolbar/JourneyTitle';
import { MoreMenu } from './toolbar/MoreMenu';
import { SaveIndicator } from './toolbar/SaveIndicator';
import { ToolButton } from './toolbar/ToolButton';
import { showsAt, type Tier } from './toolbar/tiers';
import { useToolbarTier } from './toolbar/use-toolbar-tier';

function Group(props: {
  group: ToolbarGroup;
  visible: ToolbarCommand[];
  tier: Tier;
  before?: ReactNode;
  after?: ReactNode;
}) {
  const buttons = props.visible.filter((c) => c.group === props.group);
  if (buttons.length === 0 && !props.before && !props.after) return null;
  return (
    <div className="toolbar-group" role="group" aria-label={GROUP_LABELS[props.group]}>
      {props.before}
      {buttons.map((command) => (
        <ToolButton key={command.id} command={command} tier={props.tier} />
      ))}
      {props.after}
    </div>
  );
}

/**
 * The editor's one-row toolbar: edit, add and view on the left; workshop,
 * panels, future state and export on the right. What does not fit the
 * window's width moves into "More tools", least used first.
 */
export function Toolbar() {
  const ref = useRef<HTMLElement>(null);
  const timerShown = useWorkshopUi((s) => isTimerShown(s.timer, s.timeUp));
  const futureState = useEditor((s) => s.doc.journey.futureStateOf !== null);
  const tier = useToolbarTier(ref, `${timerShown}:${futureState}`);
  const commands = useToolbarCommands();
  const visible = commands.filter((c) => showsAt(c.visibleFrom, tier));
  const overflow = commands.filter((c) => !showsAt(c.visibleFrom, tier));
  const openWorkshop = () => useEditorUi.getState().set({ panel: 'workshop' });
  const sep = <span className="toolbar-sep" aria-hidden />;

  return (
    <header ref={ref} className="editor-toolbar" role="toolbar" aria-label="Journey tools" data-tier={tier}>
      <button
        type="button"
        className="btn icon-btn"
        aria-label="Back to journeys"
        title="Back to journeys"
        onClick={() => navigate({ name: 'library' })}
      >
        <ArrowLeft size={16} aria-hidden />
      </button>
      <JourneyTitle />
      <SaveIndicator />
      {sep}
      <Group group="edit" visible={visible} tier={tier} />
      {sep}
      <Group group="add" visible={visible} tier={tier} />
      {sep}
      <Group group="view" visible={visible} tier={tier} after={<HeatMenu />} />
      <span className="toolbar-fill" />
      <Group
        group="workshop"
        visible={visible}
        tier={tier}
        before={<TimerBadge variant="toolbar" onClick={openWorkshop} />}
      />
      {sep}
      <Group group="panels" visible={visible} tier={tier} />
      {sep}
      <div className="toolbar-group" role="group" aria-label="Share">
        <FutureStateButton />
        <DropdownMenu
          label="Export"
          title="Save and export"
          trigger={
            <>
              <Download size={16} aria-hidden />
              {showsAt('compact', tier) ? 'Export' : null}
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
        <MoreMenu commands={overflow} />
      </div>
    </header>
  );
}
