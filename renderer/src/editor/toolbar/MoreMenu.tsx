import { Check, Ellipsis } from 'lucide-react';
import { useRef } from 'react';
import { DropdownMenu, type MenuItem } from '../../ui/menu';
import { GROUPS, type ToolbarCommand } from './commands';

/**
 * The commands that do not fit the toolbar row, in toolbar group order.
 * A toggle that is on shows a check instead of its icon. After a command
 * that leaves focus nowhere (the item it was on is gone), focus goes back
 * to the More button so keyboard users keep their place.
 */
export function MoreMenu({ commands }: { commands: ToolbarCommand[] }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const ordered = GROUPS.flatMap((group) => commands.filter((c) => c.group === group));

  const items: MenuItem[] = ordered.map((command) => ({
    label: command.menuLabel ?? command.label,
    icon: command.pressed ? <Check size={16} aria-hidden /> : command.icon,
    shortcut: command.shortcut,
    disabled: command.disabled,
    onSelect: () => {
      command.run();
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return;
        rootRef.current?.querySelector<HTMLButtonElement>('button[aria-haspopup]')?.focus();
      });
    },
  }));

  if (items.length === 0) return null;
  return (
    <div className="toolbar-more" ref={rootRef}>
      <DropdownMenu label="More tools" title="More tools" trigger={<Ellipsis size={16} aria-hidden />} items={items} />
    </div>
  );
}
