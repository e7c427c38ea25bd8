import './live.css';
import { LiveSectionView } from './LiveSectionView';
import { useLiveSection } from './use-live-section';

/** The workshop panel's "Live session" section. */
export function LiveSection() {
  return <LiveSectionView model={useLiveSection()} />;
}
