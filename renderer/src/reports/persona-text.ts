/**
 * What kind of customer a persona is, as a deliverable prints it: "Spender" and "Sender" (a
 * persona who spends, who recommends), in the deliverable's language, each only when it holds.
 */
import type { Persona } from '../domain/model';
import type { Labels } from './labels';

export function personaKinds(p: Pick<Persona, 'spender' | 'sender'>, labels: Labels): string[] {
  return [p.spender ? labels.persona.spender : '', p.sender ? labels.persona.sender : ''].filter(Boolean);
}
