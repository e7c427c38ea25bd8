import { Check, Copy, Radio, UserMinus, UserX, Wifi } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { LiveRole, LiveSessionInfo } from '../../../../electron/common/live';
import { useTranslation } from '../../i18n';
import { roleName } from './role-names';
import { Segmented } from '../../ui/segmented';
import { copyText } from './copy-text';
import { NO_COLOUR, type LiveSectionModel, type PanelParticipant } from './use-live-section';

const STATUS_TEXT: Record<NonNullable<LiveSectionModel['status']>, string> = {
  connecting: 'live.status.connecting',
  live: 'live.status.live',
  reconnecting: 'live.status.reconnecting',
  ended: 'live.status.ended',
  error: 'live.status.error',
};

const ROLE_HINTS: Record<LiveRole, string> = {
  contributor: 'live.roleHint.contributor',
  editor: 'live.roleHint.editor',
  viewer: 'live.roleHint.viewer',
};

/** A live role's name in the interface language (the facilitator's panel and the participant's screen). */

/** The "Live session" section of the workshop panel, drawn from its model (see use-live-section.ts). */
export function LiveSectionView({ model }: { model: LiveSectionModel }) {
  const { t } = useTranslation();
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
    <details className="inspector-section ws-live" open ref={sectionRef} aria-label={t('live.title')}>
      <summary>{t('live.title')}</summary>
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
  const { t } = useTranslation();
  if (model.elsewhere) {
    return (
      <>
        <p className="ws-p">{model.elsewhereSameJourney ? t('live.elsewhereSame') : t('live.elsewhereOther')}</p>
        <div className="ws-row">
          <button type="button" className="btn" onClick={model.actions.endElsewhere}>
            {model.elsewhereSameJourney ? t('live.endSame') : t('live.endOther')}
          </button>
        </div>
      </>
    );
  }
  const starting = model.phase === 'starting';
  return (
    <>
      <p className="muted ws-p">{t('live.intro')}</p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={model.requireApproval}
          onChange={(e) => model.actions.setRequireApproval(e.target.checked)}
        />
        {t('live.oneByOne')}
      </label>
      <div className="ws-row">
        <button
          ref={startRef}
          type="button"
          className="btn btn-primary"
          disabled={starting || model.phase === 'ending' || model.busyElsewhere}
          onClick={model.actions.start}
          title={t('live.startTitle')}
        >
          <Radio size={16} aria-hidden /> {starting ? t('live.starting') : t('live.start')}
        </button>
      </div>
    </>
  );
}

function Running({ model, info }: { model: LiveSectionModel; info: LiveSessionInfo }) {
  const { t } = useTranslation();
  const waiting = model.participants.filter((p) => p.state === 'waiting');
  const inside = model.participants.filter((p) => p.state === 'in');
  const iface = info.interfaces[0];
  return (
    <>
      <p className="ws-live-status" role="status">
        <span className={`ws-live-dot is-${model.status ?? 'connecting'}`} aria-hidden />
        <strong>{t(STATUS_TEXT[model.status ?? 'connecting'])}</strong>
        <span className="muted">
          {' · '}
          {t('live.people', { count: inside.length })}
          {info.resumed ? ` · ${t('live.resumed')}` : ''}
        </span>
      </p>
      {model.hostError && <p className="ws-live-error">{model.hostError}</p>}
      <Segmented
        label={t('live.linkFor')}
        name="ws-live-role"
        value={model.linkRole}
        options={model.roles.map((r) => [r, roleName(r)] as const)}
        onChange={model.actions.setLinkRole}
      />
      <p className="muted ws-p">
        {t('live.roleLine', { role: roleName(model.linkRole), hint: t(ROLE_HINTS[model.linkRole]) })}
      </p>
      <div className="ws-live-qr">
        {model.qr ? (
          <img src={model.qr} alt={t('live.qrAlt', { role: roleName(model.linkRole).toLowerCase() })} />
        ) : (
          <div className="ws-live-qr-empty" aria-hidden />
        )}
      </div>
      {model.link && <LinkField label={t('live.linkLabel', { role: roleName(model.linkRole) })} link={model.link} />}
      <p className="muted ws-p ws-live-where">
        <Wifi size={14} aria-hidden />{' '}
        {t('live.port', {
          where: iface ? `${iface.name} · ${iface.address}` : t('live.thisComputer'),
          port: info.port,
        })}
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={model.requireApproval}
          onChange={(e) => model.actions.setRequireApproval(e.target.checked)}
        />
        {t('live.requireApproval')}
      </label>

      {waiting.length > 0 && (
        <div>
          <div className="field-label">{t('live.waiting', { count: waiting.length })}</div>
          <ul className="ws-live-people">
            {waiting.map((p) => (
              <li key={p.participantId}>
                <Person p={p} />
                <button
                  type="button"
                  className="btn btn-sm btn-primary"
                  onClick={() => model.actions.admit(p.participantId)}
                >
                  {t('live.letIn')}
                </button>
                <button type="button" className="btn btn-sm" onClick={() => model.actions.deny(p.participantId)}>
                  {t('live.refuse')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div>
        <div className="field-label">{t('live.connected', { count: inside.length })}</div>
        {inside.length === 0 ? (
          <p className="muted ws-p">{t('live.nobody')}</p>
        ) : (
          <ul className="ws-live-people">
            {inside.map((p) => (
              <li key={p.participantId}>
                <Person p={p} />
                <button
                  type="button"
                  className="btn btn-sm icon-btn"
                  aria-label={t('live.remove', { name: p.name })}
                  title={t('live.remove', { name: p.name })}
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
          <UserX size={14} aria-hidden />{' '}
          {model.lastRefusal
            ? t('live.refusedBecause', { count: model.refusedRows, reason: model.lastRefusal })
            : t('live.refused', { count: model.refusedRows })}
        </p>
      )}
      {model.refusedRows === 0 && model.lastRefusal && (
        <p className="ws-p ws-live-refused">
          <UserX size={14} aria-hidden /> {t('live.lastRefused', { reason: model.lastRefusal })}
        </p>
      )}

      <div className="ws-row">
        <button
          type="button"
          className="btn btn-danger"
          disabled={model.phase === 'ending'}
          onClick={() => void model.actions.end()}
          title={t('live.endTitle')}
        >
          {model.phase === 'ending' ? t('live.ending') : t('live.end')}
        </button>
      </div>
    </>
  );
}

function Person({ p }: { p: PanelParticipant }) {
  useTranslation();
  return (
    <span className="ws-live-person">
      <span className="ws-live-swatch" style={{ background: p.colour ?? NO_COLOUR }} aria-hidden />
      <span className="ws-live-name">{p.name}</span>
      <span className="muted">{roleName(p.role)}</span>
    </span>
  );
}

function LinkField({ label, link }: { label: string; link: string }) {
  const { t } = useTranslation();
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
        title={t('live.copyTitle')}
        onClick={() => void copyText(link, field.current).then(setDone)}
      >
        {done === 'copied' ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />}{' '}
        {done === 'copied' ? t('live.copied') : done === 'selected' ? t('live.pressCopy') : t('live.copy')}
      </button>
    </div>
  );
}
