import type { JourneyDocument } from '../../../renderer/src/domain/model';

/** Rows of a document by Dexie table name. */
export function documentRows(doc: JourneyDocument): Record<string, readonly unknown[]> {
  return {
    journeys: [doc.journey],
    stages: doc.stages,
    lanes: doc.lanes,
    touchpoints: doc.touchpoints,
    connections: doc.connections,
    personas: doc.personas,
  };
}
