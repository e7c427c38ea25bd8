import { createCommandBus, type AppServices } from '../services';
import { WaymarkDB } from '../storage';
import { navigate } from './router';

/** The services of this window: one database, the hash router and the command bus. */
export function createAppServices(): AppServices {
  return { db: new WaymarkDB(), navigate, commands: createCommandBus() };
}
