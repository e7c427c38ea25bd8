import type { MenuCommand } from '../platform';

/**
 * App commands arrive from the OS menu (Electron) or from keyboard shortcuts
 * (web), and go to the innermost screen that handles them: screens register a
 * handler while mounted; the newest handler is asked first.
 */
export type CommandHandler = (command: MenuCommand) => boolean;

export interface CommandBus {
  /** Offer a command to the handlers, newest first; true when one took it. */
  dispatch(command: MenuCommand): boolean;
  /** Add a handler; the returned function removes it. */
  register(handler: CommandHandler): () => void;
}

export function createCommandBus(): CommandBus {
  const stack: CommandHandler[] = [];
  return {
    dispatch(command) {
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!(command)) return true;
      }
      return false;
    },
    register(handler) {
      stack.push(handler);
      return () => {
        const i = stack.indexOf(handler);
        if (i >= 0) stack.splice(i, 1);
      };
    },
  };
}
