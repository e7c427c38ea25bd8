import type { JourneyId } from '../domain/ids';
/** Placeholder replaced by the current vs future state comparison. */
export default function CompareScreen(_props: { journeyId: JourneyId }) {
  return null;
}
