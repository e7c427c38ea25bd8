import { useEffect, useMemo, useState } from 'react';
import { LIVE_ROLES, type LiveParticipant, type LiveRole } from '../../../../electron/common/live';
import { useEditorStore } from '../../session/react';
import { confirmAction } from '../../ui/confirm';
import { toast } from '../../ui/toasts';
import { t } from '../../i18n';
import { messageText } from '../../i18n/messages';
import type { Awareness } from 'y-protocols/awareness';
import { endElsewhere, endLive, startLive, useLiveSession } from './live-session';
import { askForLiveSection, useLiveUi } from './live-ui';
import { readPresence } from './presence';
import { qrDataUrl } from './qr';

/** Someone in the session as the panel lists them, with the colour they picked for their presence. */
export interface PanelParticipant extends LiveParticipant {
  colour: string | null;
}

export const NO_COLOUR = '#868e96';

/** participantId → colour, from what each participant announces in the session's awareness. */
export function presenceColours(awareness: Awareness | null): Map<string, string> {
  return new Map(awareness ? readPresence(awareness).map((p) => [p.participantId, p.colour]) : []);
}

/** Bumped whenever anyone's presence changes (the awareness changes in place). */
export function useAwarenessVersion(awareness: Awareness | null): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!awareness) return;
    const bump = () => setVersion((v) => v + 1);
    awareness.on('change', bump);
    return () => awareness.off('change', bump);
  }, [awareness]);
  return version;
}

/** The live session section's state and actions (views in LiveSectionView.tsx). */
export function useLiveSection() {
  const store = useEditorStore();
  const session = useLiveSession();
  const ui = useLiveUi();
  const journeyId = store.getState().doc.journey.id;
  const mine = session.journeyId === journeyId;
  const running = session.phase === 'running' && mine ? session : null;
  const info = running?.state?.info ?? null;
  const link = info ? info.joinUrls[ui.linkRole] : null;
  const [qr, setQr] = useState<{ link: string; url: string } | null>(null);
  useEffect(() => {
    if (!link) return;
    let live = true;
    qrDataUrl(link).then(
      (url) => live && setQr({ link, url }),
      () => live && setQr(null),
    );
    return () => {
      live = false;
    };
  }, [link]);

  const awareness = running?.host?.awareness ?? null;
  const awarenessVersion = useAwarenessVersion(awareness);
  const participants: PanelParticipant[] = useMemo(() => {
    const colours = presenceColours(awareness);
    return (running?.state?.participants ?? []).map((p) => ({ ...p, colour: colours.get(p.participantId) ?? null }));
    // awarenessVersion: the colours come from the awareness, which changes in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running?.state?.participants, awareness, awarenessVersion]);

  const host = running?.host ?? null;
  const actions = {
    start: () => void startLive({ store, requireApproval: ui.requireApproval }),
    end: async () => {
      const ok = await confirmAction({
        title: t('live.confirmEndTitle'),
        message: t('live.confirmEndMessage'),
        confirmLabel: t('live.end'),
        danger: true,
      });
      if (!ok) return;
      await endLive();
      // End session goes with the running session: the focus would fall to the page, so it moves to Start live session.
      askForLiveSection();
    },
    endElsewhere: () => void endElsewhere().catch(() => toast.error(t('live.endElsewhereFailed'))),
    setRequireApproval: (required: boolean) => {
      useLiveUi.setState({ requireApproval: required });
      host?.setRequireApproval(required);
    },
    setLinkRole: (role: LiveRole) => useLiveUi.setState({ linkRole: role }),
    admit: (id: string) => host?.admit(id),
    deny: (id: string) => host?.deny(id),
    remove: async (p: LiveParticipant) => {
      const ok = await confirmAction({
        title: t('live.confirmRemoveTitle', { name: p.name }),
        message: t('live.confirmRemoveMessage', { name: p.name }),
        confirmLabel: t('live.confirmRemove'),
        danger: true,
      });
      if (ok) host?.remove(p.participantId);
    },
  };

  return {
    phase: mine ? session.phase : 'idle',
    error: session.error,
    elsewhere: running ? null : session.elsewhere,
    elsewhereSameJourney: session.elsewhere?.journeyId === journeyId,
    busyElsewhere: !mine && session.phase !== 'idle',
    status: running?.state?.status ?? null,
    hostError: running?.state?.error ?? null,
    info,
    link,
    qr: qr && qr.link === link ? qr.url : null,
    linkRole: ui.linkRole,
    roles: LIVE_ROLES,
    requireApproval: ui.requireApproval,
    participants,
    refusedRows: running?.state?.refusedRows ?? 0,
    lastRefusal: running?.state?.lastRefusalText
      ? messageText(running.state.lastRefusalText)
      : (running?.state?.lastRefusal ?? null),
    askTick: ui.askTick,
    actions,
  };
}

export type LiveSectionModel = ReturnType<typeof useLiveSection>;
