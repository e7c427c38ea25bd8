import { useEffect } from 'react';
import { useEditorUi } from '../../editor/ui-store';
import { useCommandHandler } from '../../services';
import { useEditorStore } from '../../session/react';
import { useWorkshopUi } from '../workshop-ui';
import { endLive, resumeLive, useLiveSession } from './live-session';
import { roomPresent, roomTimer } from './room';
import { askForLiveSection } from './live-ui';
import { RemoteCursors } from './RemoteCursors';
import { resumeTeamSync } from './team-sync';
import './live.css';

/**
 * The live session inside the editor: takes up a session the server still
 * runs for this journey, takes the File menu's "Start Live Session…", sends
 * the presentation and the timer to every participant, and ends the session
 * when the journey closes (its store goes with it); editors' pointers and
 * selections show on the map.
 */
export function LiveLayer() {
  const store = useEditorStore();
  useEffect(() => {
    void resumeLive(store);
    return () => {
      const s = useLiveSession.getState();
      if (s.journeyId === store.getState().doc.journey.id) void endLive();
    };
  }, [store]);

  // A journey shared to a team server reconnects when it opens, and lets go when it closes.
  useEffect(() => resumeTeamSync(store, 'Waymark'), [store]);

  useCommandHandler((command) => {
    if (command !== 'start-live-session') return false;
    useEditorUi.getState().set({ panel: 'workshop' });
    askForLiveSection();
    return true;
  });

  useRoomPublisher();
  return <RemoteCursors />;
}

/** While a session runs: the presented stage, the timer and whether voting is open, sent to the room whenever they change. */
function useRoomPublisher() {
  const store = useEditorStore();
  const host = useLiveSession((s) => (s.phase === 'running' ? s.host : null));
  useEffect(() => {
    if (!host) return;
    let last = '';
    const publish = () => {
      // Not before the room has come from the server: a session taken up again keeps its voting setting
      // (live-session.ts reads it first), which this window's fresh default would write over.
      if (host.state.getState().status !== 'live') return;
      const ui = useWorkshopUi.getState();
      const present = roomPresent(ui.presenting, ui.presentIndex, Object.values(store.getState().doc.stages));
      // The timer's state (end time or time left), not the ticking clock, decides whether to send again.
      const key = JSON.stringify([present, ui.timer, ui.timeUp, ui.participantVoting]);
      if (key === last) return;
      last = key;
      host.setRoom({
        present,
        timer: roomTimer(ui.timer, ui.timeUp, Date.now()),
        voting: { open: ui.participantVoting },
      });
    };
    publish();
    const offHost = host.state.subscribe(publish);
    const offUi = useWorkshopUi.subscribe(publish);
    const offDoc = store.subscribe((s, prev) => s.doc.stages !== prev.doc.stages && publish());
    return () => {
      offHost();
      offUi();
      offDoc();
    };
  }, [host, store]);
}
