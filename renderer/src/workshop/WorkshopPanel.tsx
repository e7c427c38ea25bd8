import { LiveSection } from './live/LiveSection';
import { TeamSection } from './live/TeamSection';
import { FacilitateSection } from './panel/FacilitateSection';
import { NotesSection } from './panel/NotesSection';
import { ParkingSection } from './panel/ParkingSection';
import { SessionSection } from './panel/SessionSection';
import { VotingSection } from './panel/VotingSection';

/** The Workshop side panel: session and summary, the live session, the team server, facilitation tools, notes and clusters, dot voting, parking lot. */
export function WorkshopPanel() {
  return (
    <div className="ws-panel">
      <SessionSection />
      <LiveSection />
      <TeamSection />
      <FacilitateSection />
      <NotesSection />
      <VotingSection />
      <ParkingSection />
    </div>
  );
}
