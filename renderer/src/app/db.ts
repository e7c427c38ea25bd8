import { WaymarkDB } from '../storage';

/** The one database of this window. */
export const db = new WaymarkDB();
