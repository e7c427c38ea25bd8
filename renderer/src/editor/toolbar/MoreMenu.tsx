import { Ellipsis } from 'lucide-react';
import { useTranslation } from '../../i18n';
import { DropdownMenu, type MenuItem, type MenuSection } from '../../ui/menu';
import { GROUP_LABELS, GROUPS, type ToolbarCommand } from './toolbar-items';

function menuItem(command: ToolbarCommand): MenuItem {
  return {
    label: command.label,
    icon: command.icon,
    shortcut: command.shortcut,
    disabled: command.disabled,
    checked: command.pressed,
    onSelect: command.run,
  };
}

/**
 * The More menu's sections: one per toolbar group, in toolbar order, named
 * like the group; a command with settings to choose from follows its group
 * as a section of radio items. Pure, so the order is the same every render.
 */
export function moreMenuSections(
  commands: readonly ToolbarCommand[],
  groupLabel: (key: string) => string = (key) => key,
): MenuSection[] {
  return GROUPS.flatMap((group) => {
    const inGroup = commands.filter((c) => c.group === group);
    const sections: MenuSection[] = [
      { label: groupLabel(GROUP_LABELS[group]), items: inGroup.filter((c) => !c.choices).map(menuItem) },
    ];
    for (const command of inGroup) {
      if (!command.choices) continue;
      sections.push({
        label: command.choices.label,
        items: command.choices.options.map((choice) => ({
          label: choice.label,
          checked: choice.checked,
          radio: true,
          disabled: command.disabled,
          onSelect: choice.run,
        })),
      });
    }
    return sections.filter((s) => s.items.length > 0);
  });
}

/**
 * The commands that do not fit the toolbar row, in sections by toolbar group.
 * Toggles are check box items, a cycling command's settings radio items; the
 * menu puts focus back on its button once a command has run.
 */
export function MoreMenu({ commands }: { commands: ToolbarCommand[] }) {
  const { t } = useTranslation();
  const sections = moreMenuSections(commands, (key) => t(key));
  if (sections.length === 0) return null;
  return (
    <div className="toolbar-more">
      <DropdownMenu
        label={t('toolbar.moreTools')}
        title={t('toolbar.moreTools')}
        trigger={<Ellipsis size={16} aria-hidden />}
        sections={sections}
      />
    </div>
  );
}
