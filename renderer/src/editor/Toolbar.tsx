import { ArrowLeft, Download } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { useServices } from '../services';
import { useTranslation } from '../i18n';
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
  const { t } = useTranslation();
  const buttons = props.visible.filter((c) => c.group === props.group);
  if (buttons.length === 0 && !props.before && !props.after) return null;
  return (
    <div className="toolbar-group" role="group" aria-label={t(GROUP_LABELS[props.group])}>
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
  const { t, i18n } = useTranslation();
  // Labels change width with the language: a new one measures again from the width's tier.
  const tier = useToolbarTier(ref, `${slotKey}:${futureState}:${i18n.language}`);
  const WorkshopStart = slots.groupStart.workshop;
  const commands = useToolbarCommands();
  const visible = commands.filter((c) => showsAt(c.visibleFrom, tier));
  const overflow = commands.filter((c) => !showsAt(c.visibleFrom, tier));
  const sep = <span className="toolbar-sep" aria-hidden />;

  return (
    <header ref={ref} className="editor-toolbar" role="toolbar" aria-label={t('toolbar.journeyTools')} data-tier={tier}>
      {slots.backToLibrary && (
        <button
          type="button"
          className="btn icon-btn"
          aria-label={t('toolbar.back')}
          title={t('toolbar.back')}
          onClick={() => navigate({ name: 'library' })}
        >
          <ArrowLeft size={16} aria-hidden />
        </button>
      )}
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
      <div className="toolbar-group" role="group" aria-label={t('toolbar.share')}>
        {slots.shareControls.map((Control, i) => (
          <Control key={i} />
        ))}
        <DropdownMenu
          label={t('toolbar.export')}
          title={t('toolbar.exportTitle')}
          trigger={
            <>
              <Download size={16} aria-hidden />
              {showsAt('compact', tier) ? t('toolbar.export') : null}
            </>
          }
          items={[
            { label: t('toolbar.saveJourney'), shortcut: 'Ctrl+Shift+S', onSelect: () => bus.dispatch('save-as') },
            { label: t('toolbar.pdfReport'), shortcut: 'Ctrl+P', onSelect: () => bus.dispatch('export-pdf') },
            { label: t('toolbar.png'), onSelect: () => bus.dispatch('export-png') },
            { label: t('toolbar.svg'), onSelect: () => bus.dispatch('export-svg') },
            { label: t('toolbar.htmlReport'), onSelect: () => bus.dispatch('export-html') },
            { label: t('toolbar.viewer'), onSelect: () => bus.dispatch('export-viewer') },
            { label: t('toolbar.markdown'), onSelect: () => bus.dispatch('export-markdown') },
            { label: t('toolbar.csv'), onSelect: () => bus.dispatch('export-csv') },
            { label: t('toolbar.xlsx'), onSelect: () => bus.dispatch('export-xlsx') },
            { label: t('toolbar.pptx'), onSelect: () => bus.dispatch('export-pptx') },
            { label: t('toolbar.poster'), onSelect: () => bus.dispatch('export-poster') },
            { label: t('toolbar.importCsv'), onSelect: () => bus.dispatch('import-csv') },
          ]}
        />
        <MoreMenu commands={overflow} />
      </div>
    </header>
  );
}
