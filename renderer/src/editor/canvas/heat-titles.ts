import type { HeatMode } from '../ui-store';

/** The heat legend's title per overlay (catalogue keys), for the legend and the image export's heat option. */
export const LEGEND_TITLES: Record<Exclude<HeatMode, 'off'>, string> = {
  emotion: 'editor.heat.emotion',
  friction: 'editor.heat.frictionScale',
  pain: 'editor.heat.worstPain',
  csat: 'editor.heat.csat',
  ces: 'editor.heat.cesScale',
  nps: 'editor.heat.nps',
  dropOff: 'editor.heat.dropOff',
};
