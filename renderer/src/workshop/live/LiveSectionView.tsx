import { Check, Copy, Radio, UserMinus, UserX, Wifi } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { ROLE_LABELS, type LiveRole, type LiveSessionInfo } from '../../../../electron/common/live';
import { Segmented } from '../../ui/segmented';
import { copyText } from './copy-text';
import { NO_COLOUR, type LiveSectionModel, type PanelParticipant } from './use-live-section';

const STATUS_TEXT: Record<NonNullable<LiveSectionModel['status']>, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  ended: 'Ended',
  error: 'Not connected',
};

const ROLE_HINTS: Record<LiveRole, string> = {
  contributor: 'adds sticky notes and votes',
  editor: 'edits everything (laptop)',
  viewer: 'follows the map only',
};

/** The "Live session" section of the workshop panel, drawn from its model (see use-live-section.ts). */
export function LiveSectionView({ model }: { model: LiveSectionModel }) {
  const startRef = useRef<HTMLButtonElement>(null);
  const sectionRef = useRef<HTMLDetailsElement>(null);
  // File › Start Live Session… opens the section and puts the focus on its first action.
  useEffect(() => {
    if (model.askTick === 0 || !sectionRef.current) return;
    sectionRef.current.open = true;
    sectionRef.current.scrollIntoView({ block: 'nearest' });
    (startRef.current ?? sectionRef.current.querySelector<HTMLElement>('summary'))?.focus();
  }, [model.askTick]);

  return (
    <details className="inspector-section ws-live" open ref={sectionRef} aria-label="Live session">
      <summary>Live session</summary>
      <div className="inspector-section-body">
        {model.phase === 'running' && model.info ? (
          <Running model={model} info={model.info} />
        ) : (
          <Idle model={model} startRef={startRef} />
        )}
        {model.error && (
          <p className="ws-live-error" role="alert">
            {model.error}
          </p>
        )}
      </div>
    </details>
  );
}

function Idle({ model, startRef }: { model: LiveSectionModel; startRef: React.RefObject<HTMLButtonElement | null> }) {
  if (model.elsewhere) {
    return (
      <>
        <p className="ws-p">
          {model.elsewhereSameJourney
            ? 'This journey is live from another window: manage the session there, or end it here.'
            : 'A live session of another journey is still running; end it to start one here.'}
        </p>
        <div className="ws-row">
          <button type="button" className="btn" onClick={model.actions.endElsewhere}>
            {model.elsewhereSameJourney ? 'End the live session' : 'End the other session'}
          </button>
        </div>
      </>
    );
  }
  const starting = model.phase === 'starting';
  return (
    <>
      <p className="muted ws-p">
        Share this journey on the local network: people join from a phone or laptop browser by a link or QR code.
        Nothing leaves the room.
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={model.requireApproval}
          onChange={(e) => model.actions.setRequireApproval(e.target.checked)}
        />
        Let people in one by one (require approval)
      </label>
      <div className="ws-row">
        <button
          ref={startRef}
          type="button"
          className="btn btn-primary"
          disabled={starting || model.phase === 'ending' || model.busyElsewhere}
          onClick={model.actions.start}
          title="Start a live session on the local network"
        >
          <Radio size={16} aria-hidden /> {starting ? 'Starting…' : 'Start live session'}
        </button>
      </div>
    </>
  );
}

function Running({ model, info }: { model: LiveSectionModel; info: LiveSessionInfo }) {
  const waiting = model.participants.filter((p) => p.state === 'waiting');
  const inside = model.participants.filter((p) => p.state === 'in');
  const iface = info.interfaces[0];
  return (
    <>
      <p className="ws-live-status" role="status">
        <span className={`ws-live-dot is-${model.status ?? 'connecting'}`} aria-hidden />
        <strong>{STATUS_TEXT[model.status ?? 'connecting']}</strong>
        <span className="muted">
          {' · '}
          {inside.length === 1 ? '1 person' : `${inside.length} people`} connected
          {info.resumed ? ' · resumed with the same links' : ''}
        </span>
      </p>
      {model.hostError && <p className="ws-live-error">{model.hostError}</p>}
      <Segmented
        label="Link for"
        name="ws-live-role"
        value={model.linkRole}
        options={model.roles.map((r) => [r, ROLE_LABELS[r]] as const)}
        onChange={model.actions.setLinkRole}
      />
      <p className="muted ws-p">
        {ROLE_LABELS[model.linkRole]}: {ROLE_HINTS[model.linkRole]}.
      </p>
      <div className="ws-live-qr">
        {model.qr ? (
          <img src={model.qr} alt={`QR code of the ${ROLE_LABELS[model.linkRole].toLowerCase()} link`} />
        ) : (
          <div className="ws-live-qr-empty" aria-hidden />
        )}
      </div>
      {model.link && <LinkField label={`${ROLE_LABELS[model.linkRole]} link`} link={model.link} />}
      <p className="muted ws-p ws-live-where">
        <Wifi size={14} aria-hidden /> {iface ? `${iface.name} · ${iface.address}` : 'this computer'}, port {info.port}
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={model.requireApproval}
          onChange={(e) => model.actions.setRequireApproval(e.target.checked)}
        />
        Require approval to join
      </label>

      {waiting.length > 0 && (
        <div>
          <div className="field-label">Waiting to join ({waiting.length})</div>
          <ul className="ws-live-people">
            {waiting.map((p) => (
              <li key={p.participantId}>
                <Person p={p} />
                <button
                  type="button"
                  className="btn btn-sm btn-primary"
                  onClick={() => model.actions.admit(p.participantId)}
                >
                  Let in
                </button>
                <button type="button" className="btn btn-sm" onClick={() => model.actions.deny(p.participantId)}>
                  Refuse
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div>
        <div className="field-label">Connected ({inside.length})</div>
        {inside.length === 0 ? (
          <p className="muted ws-p">Nobody yet: show the QR code or send the link.</p>
        ) : (
          <ul className="ws-live-people">
            {inside.map((p) => (
              <li key={p.participantId}>
                <Person p={p} />
                <button
                  type="button"
                  className="btn btn-sm icon-btn"
                  aria-label={`Remove ${p.name}`}
                  title={`Remove ${p.name}`}
                  onClick={() => void model.actions.remove(p)}
                >
                  <UserMinus size={14} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      {model.refusedRows > 0 && (
        <p className="ws-p ws-live-refused" title={model.lastRefusal ?? undefined}>
          <UserX size={14} aria-hidden /> {model.refusedRows === 1 ? '1 change' : `${model.refusedRows} changes`}{' '}
          refused
          {model.lastRefusal ? `: ${model.lastRefusal}` : ''}
        </p>
      )}

      <div className="ws-row">
        <button
          type="button"
          className="btn btn-danger"
          disabled={model.phase === 'ending'}
          onClick={() => void model.actions.end()}
          title="End the live session: everyone is disconnected and the port closes"
        >
          {model.phase === 'ending' ? 'Ending…' : 'End session'}
        </button>
      </div>
    </>
  );
}

function Person({ p }: { p: PanelParticipant }) {
  return (
    <span className="ws-live-person">
      <span className="ws-live-swatch" style={{ background: p.colour ?? NO_COLOUR }} aria-hidden />
      <span className="ws-live-name">{p.name}</span>
      <span className="muted">{ROLE_LABELS[p.role]}</span>
    </span>
  );
}

function LinkField({ label, link }: { label: string; link: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [done, setDone] = useState<'copied' | 'selected' | null>(null);
  useEffect(() => setDone(null), [link]);
  return (
    <div className="ws-live-link">
      <input
        ref={field}
        className="input"
        readOnly
        value={link}
        aria-label={label}
        onFocus={(e) => e.target.select()}
      />
      <button
        type="button"
        className="btn btn-sm"
        title="Copy the link"
        onClick={() => void copyText(link, field.current).then(setDone)}
      >
        {done === 'copied' ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />}{' '}
        {done === 'copied' ? 'Copied' : done === 'selected' ? 'Press Ctrl+C' : 'Copy'}
      </button>
    </div>
  );
}
