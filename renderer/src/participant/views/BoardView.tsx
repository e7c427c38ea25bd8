import { ChevronRight, Minus, Plus, WifiOff } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { emotionColour, emotionLevel } from '../../domain/vocabulary';
import type { VoteTargetKind } from '../../domain/workshop/votes';
import { formatClock } from '../clock';
import { currentLanguage, useTranslation } from '../../i18n';
import { channelName } from '../../i18n/vocabulary';
import { emotionWord, REPORT_LABELS } from '../../reports/labels';
import { refusalText } from '../refusals';
import type { Board, BoardItem, BoardNote, BoardStage, BoardTouchpoint, ContributionState, Dots } from '../board';
import { textHead } from '../../ui/text-head';
import { safeLocalStorage } from '../stored';
import { keepNoteDraft, noteDraftKey, readNoteDraft } from '../note-drafts';

/** The longest note a participant may send (ContributionOpSchema in electron/common/live.ts refuses longer). */
const NOTE_TEXT_MAX = 2_000;

export interface BoardActions {
  addNote(stageId: string, text: string): void;
  vote(kind: VoteTargetKind, targetId: string): void;
  unvote(voteId: string): void;
}

export interface BoardViewProps {
  board: Board;
  name: string;
  colour: string;
  /** Contributors add notes and vote; viewers only look. */
  canContribute: boolean;
  offline: boolean;
  /** The facilitator's app is not connected: what is added waits for it. */
  hostAway?: boolean;
  timerLeft: number | null;
  actions: BoardActions;
  /** The journey, to keep each stage's note being written on this device (`note-drafts.ts`). */
  journeyId: string;
}

// The vote target kinds (codes, not words).
const [TOUCHPOINT, PAIN, OPPORTUNITY] = ['touchpoint', 'pain', 'opportunity'] as const;

const TARGET_NAMES: Record<VoteTargetKind, string> = {
  touchpoint: 'participant.target.touchpoint',
  pain: 'participant.target.pain',
  opportunity: 'participant.target.opportunity',
};

const STATE_TEXT: Record<ContributionState, string> = {
  waiting: 'participant.state.waiting',
  sent: 'participant.state.sent',
  saved: 'participant.state.saved',
  refused: 'participant.state.refused',
};

/** The map for a participant's phone: stage columns side by side, swiped or scrolled one at a time. */
export function BoardView(props: BoardViewProps) {
  const { board, name, colour, canContribute, offline, hostAway = false, timerLeft, actions } = props;
  const { t } = useTranslation();
  const strip = useRef<HTMLDivElement>(null);
  const [follow, setFollow] = useState(true);
  const [current, setCurrent] = useState(board.stages[0]?.id ?? null);
  const presented = board.presentedStageId;

  const show = (stageId: string, smooth = true) => {
    const column = strip.current?.querySelector<HTMLElement>(`[data-stage-id="${CSS.escape(stageId)}"]`);
    if (!column || !strip.current) return;
    strip.current.scrollTo({
      left: column.offsetLeft - strip.current.offsetLeft,
      behavior: smooth ? 'smooth' : 'auto',
    });
    setCurrent(stageId);
  };
  // Presentation drives every screen: while following, the presented stage is the one shown.
  useEffect(() => {
    if (follow && presented) show(presented);
  }, [presented, follow]);

  // The current stage's tab stays in view in the tab strip.
  const tabs = useRef<HTMLElement>(null);
  useEffect(() => {
    const tab = tabs.current?.querySelector<HTMLElement>('[aria-current="true"]');
    tab?.scrollIntoView({ inline: 'nearest', block: 'nearest' });
  }, [current]);

  const onScroll = () => {
    const el = strip.current;
    if (!el) return;
    const columns = Array.from(el.querySelectorAll<HTMLElement>('[data-stage-id]'));
    // The column at the left edge (a phone shows one column; a laptop several, the first one counts).
    const left = el.scrollLeft + Math.min(el.clientWidth / 3, 120);
    const at = columns.filter((c) => c.offsetLeft - el.offsetLeft <= left).pop() ?? columns[0];
    if (at) setCurrent(at.dataset.stageId ?? null);
  };

  return (
    <div className="pt-board">
      <header className="pt-top">
        <div className="pt-top-title" title={board.title}>
          {board.title || t('participant.untitledJourney')}
        </div>
        {timerLeft !== null && (
          <div
            className={`pt-timer${timerLeft === 0 ? ' is-up' : ''}`}
            role="timer"
            aria-label={t('participant.timeLeft')}
          >
            {timerLeft === 0 ? t('participant.timeUp') : formatClock(timerLeft)}
          </div>
        )}
        <div className="pt-me" title={t('participant.youAre', { name })}>
          <span className="pt-swatch" style={{ background: colour }} aria-hidden />
          <span className="pt-me-name">{name}</span>
        </div>
      </header>

      {offline && (
        <div className="pt-banner is-offline" role="status">
          <WifiOff size={18} aria-hidden />
          <span>
            <strong>{t('participant.offlineBannerTitle')}</strong>{' '}
            {t(canContribute ? 'participant.offlineBanner' : 'participant.offlineBannerViewer')}
          </span>
        </div>
      )}
      {hostAway && !offline && (
        <div className="pt-banner is-offline" role="status">
          <span>
            <strong>{t('participant.hostAwayTitle')}</strong> {t('participant.hostAway')}
          </span>
        </div>
      )}
      {presented && (
        <div className="pt-banner is-follow">
          <span>
            {t('participant.facilitatorOn')} <strong>{board.stages.find((s) => s.id === presented)?.name}</strong>
          </span>
          <label className="pt-follow">
            <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />{' '}
            {t('participant.follow')}
          </label>
        </div>
      )}

      <nav className="pt-tabs" aria-label={t('participant.stages')} ref={tabs}>
        {board.stages.map((s, i) => (
          <button
            key={s.id}
            type="button"
            className={`pt-tab${current === s.id ? ' is-current' : ''}`}
            aria-current={current === s.id ? 'true' : undefined}
            onClick={() => {
              if (presented && s.id !== presented) setFollow(false);
              show(s.id);
            }}
          >
            <span className="pt-tab-bar" style={{ background: s.colour }} aria-hidden />
            {i + 1}. {s.name}
          </button>
        ))}
      </nav>

      <div className="pt-columns" ref={strip} onScroll={onScroll}>
        {board.stages.length === 0 && <p className="pt-muted pt-pad">{t('participant.noStages')}</p>}
        {board.stages.map((s) => (
          <StageColumn
            key={s.id}
            stage={s}
            board={board}
            canContribute={canContribute}
            presented={s.id === presented}
            actions={actions}
            journeyId={props.journeyId}
          />
        ))}
      </div>

      {canContribute && (
        <footer className="pt-votebar" aria-live="polite">
          {board.votingOpen ? (
            <span>
              {t('participant.votingOn')} <strong>{t(TARGET_NAMES[board.voteTarget])}</strong>
            </span>
          ) : (
            <strong>{t('participant.votingClosed')}</strong>
          )}
          <span
            className="pt-dots"
            aria-label={t('participant.dotsLeftOf', { left: board.dotsLeft, count: board.dotsPerVoter })}
          >
            {Array.from({ length: board.dotsPerVoter }, (_, i) => (
              <span
                key={i}
                className={`pt-dot${i < board.dotsLeft ? '' : ' is-used'}`}
                style={i < board.dotsLeft ? { background: colour } : undefined}
              />
            ))}
            <span className="pt-dots-text">{t('participant.left', { count: board.dotsLeft })}</span>
          </span>
          {!board.tallyVisible && <span className="pt-muted pt-small">{t('participant.totalsHidden')}</span>}
        </footer>
      )}
    </div>
  );
}

function StageColumn(props: {
  stage: BoardStage;
  board: Board;
  canContribute: boolean;
  presented: boolean;
  actions: BoardActions;
  journeyId: string;
}) {
  const { t } = useTranslation();
  const { stage, board, canContribute, actions, journeyId } = props;
  const voting = (kind: VoteTargetKind) => canContribute && board.voteTarget === kind;
  return (
    <section
      className={`pt-column${props.presented ? ' is-presented' : ''}`}
      data-stage-id={stage.id}
      aria-label={t('participant.stageLabel', { name: stage.name })}
    >
      <header className="pt-stage-head" style={{ borderTopColor: stage.colour }}>
        <h2 className="pt-stage-name">{stage.name}</h2>
        {stage.description && <p className="pt-muted pt-small">{textHead(stage.description)}</p>}
      </header>
      <ul className="pt-list">
        {stage.touchpoints.map((tp) => (
          <TouchpointCard key={tp.id} tp={tp} voting={voting} board={board} actions={actions} />
        ))}
        {stage.touchpoints.length === 0 && <li className="pt-muted pt-small">{t('participant.noTouchpoints')}</li>}
      </ul>
      <h3 className="pt-subhead">{t('participant.notes')}</h3>
      <ul className="pt-list pt-notes">
        {stage.notes.map((n) => (
          <NoteCard key={n.id} note={n} />
        ))}
        {stage.notes.length === 0 && <li className="pt-muted pt-small">{t('participant.noNotes')}</li>}
      </ul>
      {canContribute && (
        <NoteComposer
          stageName={stage.name}
          draftKey={noteDraftKey(journeyId, stage.id)}
          onAdd={(text) => actions.addNote(stage.id, text)}
        />
      )}
    </section>
  );
}

function TouchpointCard(props: {
  tp: BoardTouchpoint;
  voting: (kind: VoteTargetKind) => boolean;
  board: Board;
  actions: BoardActions;
}) {
  const { t } = useTranslation();
  const { tp, voting, board, actions } = props;
  const level = tp.emotion === null ? null : emotionLevel(tp.emotion);
  // The emotion's word as the report and the facilitator's map name it, in this screen's language.
  const word = level ? emotionWord(REPORT_LABELS[currentLanguage()], level.score) : '';
  return (
    <li className="pt-tp">
      <div className="pt-tp-head">
        <span className="pt-tp-title">{tp.title || t('workshop.untitledTouchpoint')}</span>
        {level && (
          // The score and its word (faces are not in every phone's fonts); colour only adds to them.
          <span className="pt-emotion" style={{ borderColor: emotionColour(level.score) }} title={word}>
            <span className="pt-emotion-dot" style={{ background: emotionColour(level.score) }} aria-hidden />
            {level.score > 0 ? `+${level.score}` : level.score < 0 ? `−${-level.score}` : '0'} {word}
          </span>
        )}
      </div>
      {/* A default channel in this screen's language, as the facilitator's map names it; a typed one as typed. */}
      {tp.channel && <div className="pt-muted pt-small">{channelName(tp.channel)}</div>}
      {voting(TOUCHPOINT) && (
        <DotControl
          label={tp.title || t('participant.thisTouchpoint')}
          dots={tp.dots}
          left={board.dotsLeft}
          open={board.votingOpen}
          onVote={() => actions.vote(TOUCHPOINT, tp.id)}
          onUnvote={actions.unvote}
        />
      )}
      {(voting(PAIN) ? tp.pains : []).map((p) => (
        <Item key={p.id} item={p} board={board} actions={actions} prefix={t('participant.pain')} />
      ))}
      {(voting(OPPORTUNITY) ? tp.opportunities : []).map((o) => (
        <Item key={o.id} item={o} board={board} actions={actions} prefix={t('participant.idea')} />
      ))}
      <TouchpointDetails tp={tp} showPains={!voting(PAIN)} showOpportunities={!voting(OPPORTUNITY)} />
    </li>
  );
}

/**
 * The card's own words behind a Details toggle, closed at first so a stage's cards fit a phone's screen:
 * what the room reads before placing a dot or writing a note. Pain points and opportunities being voted on
 * are already on the card with their dots, so they are not said twice. Each text is shown by its head.
 */
function TouchpointDetails(props: { tp: BoardTouchpoint; showPains: boolean; showOpportunities: boolean }) {
  const { t } = useTranslation();
  const { tp } = props;
  const [open, setOpen] = useState(false);
  const pains = props.showPains ? tp.pains : [];
  const opportunities = props.showOpportunities ? tp.opportunities : [];
  const texts = (items: readonly { text: string }[]) => items.map((i) => i.text);
  // A paragraph for the card's two long texts, a list for the others.
  const sections: { key: string; label: string; paragraph: boolean; texts: string[] }[] = [
    { key: 'description', label: t('inspector.description'), paragraph: true, texts: [tp.description] },
    { key: 'thoughts', label: t('inspector.thoughts'), paragraph: true, texts: [tp.thoughts] },
    { key: 'quotes', label: t('inspector.quotes'), paragraph: false, texts: [...tp.quotes] },
    { key: 'pains', label: t('inspector.painPoints'), paragraph: false, texts: texts(pains) },
    { key: 'opportunities', label: t('inspector.opportunities'), paragraph: false, texts: texts(opportunities) },
  ]
    .map((s) => ({ ...s, texts: s.texts.filter((text) => text.trim() !== '') }))
    .filter((s) => s.texts.length > 0);
  if (sections.length === 0 && tp.friction === 0) return null;
  return (
    // Its texts are drawn once opened: a large map's board lays out only what is read.
    <details className="pt-tp-more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <ChevronRight size={16} className="pt-tp-more-icon" aria-hidden />
        {t('participant.details')}
      </summary>
      {open &&
        sections.map((s) => (
          <section key={s.key} className="pt-detail">
            <h4 className="pt-detail-label">{s.label}</h4>
            {s.paragraph ? (
              <p className="pt-detail-text">{textHead(s.texts[0]!)}</p>
            ) : (
              <ul className="pt-detail-list">
                {s.texts.map((text, i) => (
                  <li key={i} className="pt-detail-text">
                    {textHead(text)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      {open && tp.friction > 0 && (
        <p className="pt-detail-text pt-muted">{t('editor.card.friction', { score: tp.friction })}</p>
      )}
    </details>
  );
}

function Item({
  item,
  board,
  actions,
  prefix,
}: {
  item: BoardItem;
  board: Board;
  actions: BoardActions;
  prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="pt-item">
      <span className="pt-item-text">
        <span className="pt-item-kind">{prefix}</span> {item.text || t('participant.noText')}
      </span>
      <DotControl
        label={item.text || prefix}
        dots={item.dots}
        left={board.dotsLeft}
        open={board.votingOpen}
        onVote={() => actions.vote(item.kind, item.id)}
        onUnvote={actions.unvote}
      />
    </div>
  );
}

function DotControl(props: {
  label: string;
  dots: Dots;
  left: number;
  /** While the facilitator has closed voting the counts show without the buttons. */
  open: boolean;
  onVote: () => void;
  onUnvote: (voteId: string) => void;
}) {
  const { t } = useTranslation();
  const { dots } = props;
  return (
    <div className="pt-dotctl">
      {props.open && dots.myVoteId && (
        <button
          type="button"
          className="pt-btn pt-btn-round"
          aria-label={t('participant.takeBack', { name: props.label })}
          onClick={() => dots.myVoteId && props.onUnvote(dots.myVoteId)}
        >
          <Minus size={18} aria-hidden />
        </button>
      )}
      <span className="pt-dotinfo">
        <span className="pt-dotcount" aria-label={t('participant.yourDots', { count: dots.mine })}>
          {dots.mine > 0 ? t('participant.mine', { count: dots.mine }) : ''}
          {dots.total !== null ? `${dots.mine > 0 ? ' · ' : ''}${t('participant.inAll', { count: dots.total })}` : ''}
        </span>
        {dots.state && (
          <span className={`pt-state is-${dots.state}`} title={dots.reason ?? undefined}>
            {t(STATE_TEXT[dots.state])}
          </span>
        )}
      </span>
      {props.open && (
        <button
          type="button"
          className="pt-btn pt-btn-round pt-btn-primary"
          aria-label={t('participant.placeOn', { name: props.label })}
          disabled={props.left === 0}
          onClick={props.onVote}
        >
          <Plus size={18} aria-hidden />
        </button>
      )}
    </div>
  );
}

function NoteCard({ note }: { note: BoardNote }) {
  const { t } = useTranslation();
  return (
    <li className={`pt-note${note.state ? ' is-mine' : ''}`}>
      {/* A note from the map may hold 100,000 characters; a phone lays out every one. A participant's own notes
          hold at most NOTE_TEXT_MAX, and so much of any note is shown. */}
      <span className="pt-note-text">{textHead(note.text, NOTE_TEXT_MAX)}</span>
      {note.state && (
        <span className={`pt-state is-${note.state}`} title={note.reason ?? undefined}>
          {t(STATE_TEXT[note.state])}
          {note.state === 'refused' && note.reason ? `: ${refusalText(note.reason)}` : ''}
        </span>
      )}
    </li>
  );
}

function NoteComposer(props: { stageName: string; draftKey: string; onAdd: (text: string) => void }) {
  const { stageName, draftKey, onAdd } = props;
  const { t } = useTranslation();
  // What was being written here when the page last went away comes back.
  const [text, setText] = useState(() => readNoteDraft(safeLocalStorage(), draftKey));
  const change = (next: string) => {
    setText(next);
    keepNoteDraft(safeLocalStorage(), draftKey, next);
  };
  const submit = () => {
    if (text.trim() === '') return;
    onAdd(text.trim());
    change('');
  };
  return (
    <form
      className="pt-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        className="pt-input pt-textarea"
        value={text}
        maxLength={NOTE_TEXT_MAX}
        rows={2}
        placeholder={t('participant.notePlaceholder', { name: stageName })}
        aria-label={t('participant.noteLabel', { name: stageName })}
        onChange={(e) => change(e.target.value)}
      />
      <button type="submit" className="pt-btn pt-btn-primary" disabled={text.trim() === ''}>
        {t('participant.addNote')}
      </button>
    </form>
  );
}
