/**
 * A touchpoint's channel as a deliverable prints it: a default channel is
 * stored by its English id ('delivery') and printed by its name in the
 * deliverable's language; a channel of the user's own is printed as typed.
 */
import type { Labels } from './labels';

export function channelText(channel: string, labels: Labels): string {
  const id = channel.trim();
  return Object.hasOwn(labels.channels, id) ? labels.channels[id as keyof Labels['channels']] : channel;
}
