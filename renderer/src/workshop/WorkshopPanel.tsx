import { LiveSection } from './live/LiveSection';
import { FacilitateSection } from './panel/FacilitateSection';
import { NotesSection } from './panel/NotesSection';
import { ParkingSection } from './panel/ParkingSection';
import { SessionSection } from './panel/SessionSection';
import { VotingSection } from './panel/VotingSection';

/** The Workshop side panel: session and summary, the live session, facilitation tools, notes and clusters, dot voting, parking lot. */
export function WorkshopPanel() {
  return (
    <div className="ws-panel">
      <SessionSection />
      <LiveSection />
      <FacilitateSection />
      <NotesSection />
      <VotingSection />
      <ParkingSection />
    </div>
  );
}
