import { FacilitateSection } from './panel/FacilitateSection';
import { NotesSection } from './panel/NotesSection';
import { ParkingSection } from './panel/ParkingSection';
import { SessionSection } from './panel/SessionSection';
import { VotingSection } from './panel/VotingSection';

/** The Workshop side panel: session and summary, facilitation tools, notes and clusters, dot voting, parking lot. */
export function WorkshopPanel() {
  return (
    <div className="ws-panel">
      <SessionSection />
      <FacilitateSection />
      <NotesSection />
      <VotingSection />
      <ParkingSection />
    </div>
  );
}
