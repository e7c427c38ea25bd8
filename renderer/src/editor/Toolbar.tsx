import { ArrowLeft, Download } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { useServices } from '../services';
import { DropdownMenu } from '../ui/menu';
import { useEditorSlots } from './slots';
import { useEditor } from '../session/react';
import { HeatMenu } from './canvas/HeatMenu';
import { GROUP_LABELS, useToolbarCommands, type ToolbarCommand, type ToolbarGroup } from './toolbar/toolbar-items';
import { JourneyTitle } from './toolbar/JourneyTitle';
import { Breadcrumbs } from './links/Breadcrumbs';
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
  const { navigate, commands: bus } = useServices();
  const slots = useEditorSlots();
  const slotKey = slots.useToolbarLayoutKey();
  const futureState = useEditor((s) => s.doc.journey.futureStateOf !== null);
  const tier = useToolbarTier(ref, `${slotKey}:${futureState}`);
  const WorkshopStart = slots.groupStart.workshop;
  const commands = useToolbarCommands();
  const visible = commands.filter((c) => showsAt(c.visibleFrom, tier));
  const overflow = commands.filter((c) => !showsAt(c.visibleFrom, tier));
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
      <Breadcrumbs />
      <JourneyTitle />
      <SaveIndicator />
      {sep}
      <Group group="edit" visible={visible} tier={tier} />
      {sep}
      <Group group="add" visible={visible} tier={tier} />
      {sep}
      <Group group="view" visible={visible} tier={tier} after={<HeatMenu />} />
      <span className="toolbar-fill" />
      <Group group="workshop" visible={visible} tier={tier} before={WorkshopStart ? <WorkshopStart /> : undefined} />
      {sep}
      <Group group="panels" visible={visible} tier={tier} />
      {sep}
      <div className="toolbar-group" role="group" aria-label="Share">
        {slots.shareControls.map((Control, i) => (
          <Control key={i} />
        ))}
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
            { label: 'Save as .journey file…', shortcut: 'Ctrl+Shift+S', onSelect: () => bus.dispatch('save-as') },
            { label: 'PDF report…', shortcut: 'Ctrl+P', onSelect: () => bus.dispatch('export-pdf') },
            { label: 'PNG image…', onSelect: () => bus.dispatch('export-png') },
            { label: 'SVG image…', onSelect: () => bus.dispatch('export-svg') },
            { label: 'HTML report…', onSelect: () => bus.dispatch('export-html') },
            { label: 'Interactive viewer (.html)…', onSelect: () => bus.dispatch('export-viewer') },
            { label: 'Markdown…', onSelect: () => bus.dispatch('export-markdown') },
            { label: 'CSV (touchpoints)…', onSelect: () => bus.dispatch('export-csv') },
            { label: 'Excel workbook…', onSelect: () => bus.dispatch('export-xlsx') },
            { label: 'PowerPoint (.pptx)…', onSelect: () => bus.dispatch('export-pptx') },
            { label: 'Poster (PDF)…', onSelect: () => bus.dispatch('export-poster') },
            { label: 'Import touchpoints from CSV…', onSelect: () => bus.dispatch('import-csv') },
          ]}
        />
        <MoreMenu commands={overflow} />
      </div>
    </header>
  );
}
