/**
 * A touchpoint's friction types as a deliverable prints them: stored by their
 * English ids ('missing information'), printed by their names in the
 * deliverable's language, in the order they were chosen.
 */
import type { FrictionType } from '../domain/vocabulary';
import type { Labels } from './labels';

export function frictionTypeText(type: FrictionType, labels: Labels): string {
  return Object.hasOwn(labels.frictionTypes, type) ? labels.frictionTypes[type] : type;
}

/** The types as one list: "Waiting, Price". */
export function frictionTypesText(types: readonly FrictionType[], labels: Labels): string {
  return types.map((t) => frictionTypeText(t, labels)).join(', ');
}
