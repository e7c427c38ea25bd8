/**
 * The addresses participants can reach this machine on: IPv4, not internal,
 * in the order the OS lists them. A machine with no LAN still gets loopback,
 * so a session can run (and be tested) with the network off.
 */
import os from 'node:os';
import type { LiveInterface } from '../common/live';

export type NetworkInterfaces = ReturnType<typeof os.networkInterfaces>;

export const LOOPBACK_INTERFACE: LiveInterface = { name: 'loopback', address: '127.0.0.1' };

export function lanInterfaces(all: NetworkInterfaces = os.networkInterfaces()): LiveInterface[] {
  const found: LiveInterface[] = [];
  for (const [name, addresses] of Object.entries(all)) {
    for (const address of addresses ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const family = address.family as string | number;
      if ((family === 'IPv4' || family === 4) && !address.internal) found.push({ name, address: address.address });
    }
  }
  return found.length > 0 ? found : [LOOPBACK_INTERFACE];
}
