import type { ToolbarCommand } from './toolbar-items';
import { showsAt, type Tier } from './tiers';

/** The tooltip: the command's own, else its name with the shortcut in brackets. */
export function commandTitle(command: ToolbarCommand): string {
  if (command.title) return command.title;
  return command.shortcut ? `${command.label} (${command.shortcut})` : command.label;
}

/** One toolbar button for a command; text beside the icon only where the tier leaves room. */
export function ToolButton({ command, tier }: { command: ToolbarCommand; tier: Tier }) {
  const text = command.text && showsAt(command.textFrom ?? 'narrow', tier) ? command.text : null;
  return (
    <button
      type="button"
      className={`btn${text ? '' : ' icon-btn'}${command.pressed ? ' is-pressed' : ''}`}
      aria-label={command.label}
      aria-pressed={command.pressed}
      title={commandTitle(command)}
      onClick={command.run}
      disabled={command.disabled}
    >
      {command.icon}
      {text}
    </button>
  );
}
