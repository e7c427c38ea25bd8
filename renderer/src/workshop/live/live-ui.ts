/** The live section's own view state (this window only): the role whose link is shown, and requests to show the section. */
import { create } from 'zustand';
import type { LiveRole } from '../../../../electron/common/live';

interface LiveUi {
  /** The role whose join link and QR code are shown. */
  linkRole: LiveRole;
  requireApproval: boolean;
  /** Bumped to ask the section to scroll into view and take focus (File › Start Live Session…). */
  askTick: number;
}

export const useLiveUi = create<LiveUi>(() => ({ linkRole: 'contributor', requireApproval: false, askTick: 0 }));

export function askForLiveSection() {
  useLiveUi.setState((s) => ({ askTick: s.askTick + 1 }));
}
