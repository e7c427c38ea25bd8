/**
 * The services a window's screens use, created once by `app/` and handed down
 * through one React context: features and the editor never import `app/`.
 */
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { WaymarkDB } from '../storage';
import type { CommandBus, CommandHandler } from './command-bus';
import type { Route } from './routes';

export interface AppServices {
  /** This window's database. */
  db: WaymarkDB;
  /** Go to a screen. */
  navigate(route: Route): void;
  /** App commands from the OS menu and the web host's shortcuts. */
  commands: CommandBus;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside the ServicesProvider');
  return services;
}

/** Handle app commands while the calling component is mounted. Return true when handled. */
export function useCommandHandler(handler: CommandHandler) {
  const { commands } = useServices();
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => commands.register((c) => ref.current(c)), [commands]);
}
