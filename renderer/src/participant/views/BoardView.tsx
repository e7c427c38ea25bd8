import { Minus, Plus, WifiOff } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { emotionColour, emotionLevel } from '../../domain/vocabulary';
import type { VoteTargetKind } from '../../domain/workshop/votes';
import { formatClock } from '../clock';
import type { Board, BoardItem, BoardNote, BoardStage, BoardTouchpoint, ContributionState, Dots } from '../board';

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
  timerLeft: number | null;
  actions: BoardActions;
}

const TARGET_NAMES: Record<VoteTargetKind, string> = {
  touchpoint: 'touchpoints',
  pain: 'pain points',
  opportunity: 'opportunities',
};

const STATE_TEXT: Record<ContributionState, string> = {
  waiting: 'Not sent yet',
  sent: 'Sent',
  saved: 'Saved',
  refused: 'Not saved',
};

/** The map for a participant's phone: stage columns side by side, swiped or scrolled one at a time. */
export function BoardView({ board, name, colour, canContribute, offline, timerLeft, actions }: BoardViewProps) {
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
          {board.title || 'Untitled journey'}
        </div>
        {timerLeft !== null && (
          <div className={`pt-timer${timerLeft === 0 ? ' is-up' : ''}`} role="timer" aria-label="Time left">
            {timerLeft === 0 ? "Time's up" : formatClock(timerLeft)}
          </div>
        )}
        <div className="pt-me" title={`You are ${name}`}>
          <span className="pt-swatch" style={{ background: colour }} aria-hidden />
          <span className="pt-me-name">{name}</span>
        </div>
      </header>

      {offline && (
        <div className="pt-banner is-offline" role="status">
          <WifiOff size={18} aria-hidden />
          <span>
            <strong>You are offline.</strong> What you add stays on this device and is sent when you are back.
          </span>
        </div>
      )}
      {presented && (
        <div className="pt-banner is-follow">
          <span>
            Facilitator is on <strong>{board.stages.find((s) => s.id === presented)?.name}</strong>
          </span>
          <label className="pt-follow">
            <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> Follow
          </label>
        </div>
      )}

      <nav className="pt-tabs" aria-label="Stages" ref={tabs}>
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
        {board.stages.length === 0 && <p className="pt-muted pt-pad">This journey has no stages yet.</p>}
        {board.stages.map((s) => (
          <StageColumn
            key={s.id}
            stage={s}
            board={board}
            canContribute={canContribute}
            presented={s.id === presented}
            actions={actions}
          />
        ))}
      </div>

      {canContribute && (
        <footer className="pt-votebar" aria-live="polite">
          <span>
            Voting on <strong>{TARGET_NAMES[board.voteTarget]}</strong>
          </span>
          <span className="pt-dots" aria-label={`${board.dotsLeft} of ${board.dotsPerVoter} dots left`}>
            {Array.from({ length: board.dotsPerVoter }, (_, i) => (
              <span
                key={i}
                className={`pt-dot${i < board.dotsLeft ? '' : ' is-used'}`}
                style={i < board.dotsLeft ? { background: colour } : undefined}
              />
            ))}
            <span className="pt-dots-text">{board.dotsLeft} left</span>
          </span>
          {!board.tallyVisible && <span className="pt-muted pt-small">Totals hidden until revealed</span>}
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
}) {
  const { stage, board, canContribute, actions } = props;
  const voting = (kind: VoteTargetKind) => canContribute && board.voteTarget === kind;
  return (
    <section
      className={`pt-column${props.presented ? ' is-presented' : ''}`}
      data-stage-id={stage.id}
      aria-label={`Stage ${stage.name}`}
    >
      <header className="pt-stage-head" style={{ borderTopColor: stage.colour }}>
        <h2 className="pt-stage-name">{stage.name}</h2>
        {stage.description && <p className="pt-muted pt-small">{stage.description}</p>}
      </header>
      <ul className="pt-list">
        {stage.touchpoints.map((t) => (
          <TouchpointCard key={t.id} t={t} voting={voting} board={board} actions={actions} />
        ))}
        {stage.touchpoints.length === 0 && <li className="pt-muted pt-small">No touchpoints in this stage.</li>}
      </ul>
      <h3 className="pt-subhead">Notes</h3>
      <ul className="pt-list pt-notes">
        {stage.notes.map((n) => (
          <NoteCard key={n.id} note={n} />
        ))}
        {stage.notes.length === 0 && <li className="pt-muted pt-small">No notes yet.</li>}
      </ul>
      {canContribute && <NoteComposer stageName={stage.name} onAdd={(text) => actions.addNote(stage.id, text)} />}
    </section>
  );
}

function TouchpointCard(props: {
  t: BoardTouchpoint;
  voting: (kind: VoteTargetKind) => boolean;
  board: Board;
  actions: BoardActions;
}) {
  const { t, voting, board, actions } = props;
  const level = t.emotion === null ? null : emotionLevel(t.emotion);
  return (
    <li className="pt-tp">
      <div className="pt-tp-head">
        <span className="pt-tp-title">{t.title || 'Untitled touchpoint'}</span>
        {level && (
          // The score and its word (faces are not in every phone's fonts); colour only adds to them.
          <span className="pt-emotion" style={{ borderColor: emotionColour(level.score) }} title={level.label}>
            <span className="pt-emotion-dot" style={{ background: emotionColour(level.score) }} aria-hidden />
            {level.score > 0 ? `+${level.score}` : level.score < 0 ? `−${-level.score}` : '0'} {level.label}
          </span>
        )}
      </div>
      {t.channel && <div className="pt-muted pt-small">{t.channel}</div>}
      {voting('touchpoint') && (
        <DotControl
          label={t.title || 'this touchpoint'}
          dots={t.dots}
          left={board.dotsLeft}
          onVote={() => actions.vote('touchpoint', t.id)}
          onUnvote={actions.unvote}
        />
      )}
      {(voting('pain') ? t.pains : []).map((p) => (
        <Item key={p.id} item={p} board={board} actions={actions} prefix="Pain" />
      ))}
      {(voting('opportunity') ? t.opportunities : []).map((o) => (
        <Item key={o.id} item={o} board={board} actions={actions} prefix="Idea" />
      ))}
    </li>
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
  return (
    <div className="pt-item">
      <span className="pt-item-text">
        <span className="pt-item-kind">{prefix}</span> {item.text || '(no text)'}
      </span>
      <DotControl
        label={item.text || prefix}
        dots={item.dots}
        left={board.dotsLeft}
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
  onVote: () => void;
  onUnvote: (voteId: string) => void;
}) {
  const { dots } = props;
  return (
    <div className="pt-dotctl">
      {dots.myVoteId && (
        <button
          type="button"
          className="pt-btn pt-btn-round"
          aria-label={`Take back a dot from ${props.label}`}
          onClick={() => dots.myVoteId && props.onUnvote(dots.myVoteId)}
        >
          <Minus size={18} aria-hidden />
        </button>
      )}
      <span className="pt-dotinfo">
        <span className="pt-dotcount" aria-label={`Your dots: ${dots.mine}`}>
          {dots.mine > 0 ? `${dots.mine} mine` : ''}
          {dots.total !== null ? `${dots.mine > 0 ? ' · ' : ''}${dots.total} in all` : ''}
        </span>
        {dots.state && (
          <span className={`pt-state is-${dots.state}`} title={dots.reason ?? undefined}>
            {STATE_TEXT[dots.state]}
          </span>
        )}
      </span>
      <button
        type="button"
        className="pt-btn pt-btn-round pt-btn-primary"
        aria-label={`Place a dot on ${props.label}`}
        disabled={props.left === 0}
        onClick={props.onVote}
      >
        <Plus size={18} aria-hidden />
      </button>
    </div>
  );
}

function NoteCard({ note }: { note: BoardNote }) {
  return (
    <li className={`pt-note${note.state ? ' is-mine' : ''}`}>
      <span className="pt-note-text">{note.text}</span>
      {note.state && (
        <span className={`pt-state is-${note.state}`} title={note.reason ?? undefined}>
          {STATE_TEXT[note.state]}
          {note.state === 'refused' && note.reason ? `: ${note.reason}` : ''}
        </span>
      )}
    </li>
  );
}

function NoteComposer({ stageName, onAdd }: { stageName: string; onAdd: (text: string) => void }) {
  const [text, setText] = useState('');
  const submit = () => {
    if (text.trim() === '') return;
    onAdd(text.trim());
    setText('');
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
        maxLength={2000}
        rows={2}
        placeholder={`A note for ${stageName}…`}
        aria-label={`Note for ${stageName}`}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="pt-btn pt-btn-primary" disabled={text.trim() === ''}>
        Add note
      </button>
    </form>
  );
}
