// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIVE_ROLES, type LiveSessionInfo } from '../../../electron/common/live';
import { buildBoard } from '../../../renderer/src/participant/board';
import type { OutboxEntry } from '../../../renderer/src/participant/engine';
import { BoardView } from '../../../renderer/src/participant/views/BoardView';
import { JoinForm } from '../../../renderer/src/participant/views/JoinForm';
import { docStateFrom } from '../../../renderer/src/session/doc-state';
import { LiveSectionView } from '../../../renderer/src/workshop/live/LiveSectionView';
import type { LiveSectionModel, PanelParticipant } from '../../../renderer/src/workshop/live/use-live-section';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, MALAYALAM, SEED_PHRASE, TAMIL, TELUGU, textOfLength } from '../../fixtures/seed-text';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import { LIMITS } from '../../../renderer/src/domain/model';
import { textHead } from '../../../renderer/src/ui/text-head';

afterEach(cleanup);

const TOKEN = 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cQ';

const info: LiveSessionInfo = {
  journeyId: 'journey:abc',
  documentName: 'journey/journey:abc',
  port: 4477,
  interfaces: [{ name: 'eth0', address: '192.0.2.2' }],
  joinUrls: {
    viewer: `http://192.0.2.2:4477/#/join/${TOKEN}v/journey%3Aabc`,
    contributor: `http://192.0.2.2:4477/#/join/${TOKEN}c/journey%3Aabc`,
    editor: `http://192.0.2.2:4477/#/join/${TOKEN}e/journey%3Aabc`,
  },
  hostWsUrl: 'ws://127.0.0.1:4477/live',
  hostToken: TOKEN,
  startedAt: 1,
  requireApproval: true,
  resumed: false,
};

const person = (id: string, name: string, state: 'waiting' | 'in', colour: string | null): PanelParticipant => ({
  participantId: id,
  name,
  role: 'contributor',
  state,
  connectedAt: 1,
  colour,
});

function model(patch: Partial<LiveSectionModel> = {}): LiveSectionModel {
  return {
    phase: 'running',
    error: null,
    elsewhere: null,
    elsewhereSameJourney: false,
    busyElsewhere: false,
    status: 'live',
    hostError: null,
    info,
    link: info.joinUrls.contributor,
    qr: 'data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E',
    linkRole: 'contributor',
    roles: LIVE_ROLES,
    requireApproval: true,
    participants: [
      person('waiting-0001', MALAYALAM[1]!.slice(0, 40), 'waiting', null),
      person('inside-00001', 'Ana', 'in', '#e8590c'),
    ],
    refusedRows: 2,
    lastRefusal: 'A note had no text.',
    askTick: 0,
    actions: {
      start: vi.fn(),
      end: vi.fn(async () => undefined),
      endElsewhere: vi.fn(),
      setRequireApproval: vi.fn(),
      setLinkRole: vi.fn(),
      admit: vi.fn(),
      deny: vi.fn(),
      remove: vi.fn(async () => undefined),
    },
    ...patch,
  };
}

describe('Live session section (component)', () => {
  it('before a session: the approval option and Start', () => {
    const m = model({ phase: 'idle', info: null, link: null, qr: null, participants: [], requireApproval: false });
    render(<LiveSectionView model={m} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /require approval/ }));
    expect(m.actions.setRequireApproval).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Start live session' }));
    expect(m.actions.start).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('a session run from another window of this journey is not hosted twice: it says so and offers End', () => {
    const m = model({ phase: 'idle', elsewhere: info, elsewhereSameJourney: true, participants: [] });
    render(<LiveSectionView model={m} />);
    expect(screen.getByText(/This journey is live from another window/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start live session' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'End the live session' }));
    expect(m.actions.endElsewhere).toHaveBeenCalledTimes(1);
  });

  it('while running: QR code and link of the chosen role, interface and port, people, refusals, End', () => {
    const m = model();
    render(<LiveSectionView model={m} />);
    expect(screen.getByRole('img', { name: 'QR code of the contributor link' }).getAttribute('src')).toBe(m.qr);
    expect((screen.getByRole('textbox', { name: 'Contributor link' }) as HTMLInputElement).value).toBe(
      info.joinUrls.contributor,
    );
    expect(screen.getByText(/eth0 · 192\.0\.2\.2, port 4477/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('1 person connected');

    fireEvent.click(screen.getByRole('radio', { name: 'Editor' }));
    expect(m.actions.setLinkRole).toHaveBeenCalledWith('editor');

    const waiting = screen.getByText(MALAYALAM[1]!.slice(0, 40)).closest('li')!;
    fireEvent.click(within(waiting).getByRole('button', { name: 'Let in' }));
    expect(m.actions.admit).toHaveBeenCalledWith('waiting-0001');
    fireEvent.click(within(waiting).getByRole('button', { name: 'Refuse' }));
    expect(m.actions.deny).toHaveBeenCalledWith('waiting-0001');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Ana' }));
    expect(m.actions.remove).toHaveBeenCalledWith(expect.objectContaining({ participantId: 'inside-00001' }));
    expect(screen.getByText(/2 changes refused: A note had no text\./)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'End session' }));
    expect(m.actions.end).toHaveBeenCalledTimes(1);
  });

  it('a refused contribution is shown even when no shared row was refused', () => {
    render(
      <LiveSectionView model={model({ refusedRows: 0, lastRefusal: 'Ana: That dot belongs to someone else.' })} />,
    );
    expect(screen.getByText('Last refused: Ana: That dot belongs to someone else.')).toBeTruthy();
  });

  it('Copy falls back to selecting the link where the async clipboard is missing (plain http)', async () => {
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      render(<LiveSectionView model={model()} />);
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      const field = screen.getByRole('textbox', { name: 'Contributor link' }) as HTMLInputElement;
      expect(await screen.findByRole('button', { name: 'Press Ctrl+C' })).toBeTruthy();
      expect(document.activeElement).toBe(field);
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    }
  });
});

describe('Participant views (component)', () => {
  /** One journey per test; `boardFor` draws it with an outbox. */
  function setup(dotsPerVoter = 2) {
    const b = journey(SEED_PHRASE.telugu);
    const [discover] = b.stages('Discover', 'Buy');
    const tp = b.touchpoint(discover!, { title: TELUGU[1]!, channel: 'website' });
    const doc = b.build();
    doc.journey.workshop = { ...doc.journey.workshop, voteTarget: 'touchpoint', dotsPerVoter };
    const boardFor = (outbox: OutboxEntry[] = []) =>
      buildBoard(docStateFrom(doc), { present: null, timer: null, voters: {} }, outbox, 'me-000001');
    return { tp, stageId: discover!.id, boardFor };
  }
  const actions = () => ({ addNote: vi.fn(), vote: vi.fn(), unvote: vi.fn() });
  /** A contributor's board, online, no timer running. */
  const contributor = (board: ReturnType<typeof buildBoard>, a: ReturnType<typeof actions>) => ({
    board,
    name: 'Ana',
    colour: '#e8590c',
    journeyId: 'journey:abc',
    canContribute: true,
    offline: false,
    timerLeft: null,
    actions: a,
  });
  /** The board as a viewer sees it: no note or dot controls. */
  const viewBoard = (board: ReturnType<typeof buildBoard>) =>
    render(
      <BoardView
        board={board}
        name="Ana"
        colour="#e8590c"
        journeyId="journey:abc"
        canContribute={false}
        offline={false}
        timerLeft={null}
        actions={actions()}
      />,
    );

  it('adds a note to the stage, shows each of my notes as not sent yet, sent or saved', () => {
    const { boardFor, stageId } = setup();
    const empty = boardFor();
    const a = actions();
    const { rerender } = render(
      <BoardView
        board={empty}
        name="Ana"
        colour="#e8590c"
        journeyId="journey:abc"
        canContribute
        offline={false}
        timerLeft={65_000}
        actions={a}
      />,
    );
    expect(screen.getByRole('timer').textContent).toBe('1:05');
    const field = screen.getByRole('textbox', { name: 'Note for Discover' });
    fireEvent.change(field, { target: { value: `  ${MALAYALAM[2]}  ` } });
    fireEvent.click(within(field.closest('section')!).getByRole('button', { name: 'Add note' }));
    expect(a.addNote).toHaveBeenCalledWith(stageId, MALAYALAM[2]);
    expect((field as HTMLTextAreaElement).value).toBe('');

    const note = (id: string, text: string) =>
      ({ kind: 'note', opId: `op-${id}`, noteId: `note:${id}`, stageId, text }) as const;
    const withNotes = boardFor([
      { op: note('aaaaaaaa', 'one'), state: 'pending' },
      { op: note('bbbbbbbb', 'two'), state: 'sent' },
      { op: note('cccccccc', 'three'), state: 'acked' },
    ]);
    rerender(
      <BoardView
        board={withNotes}
        name="Ana"
        colour="#e8590c"
        journeyId="journey:abc"
        canContribute
        offline
        timerLeft={null}
        actions={a}
      />,
    );
    const states = screen.getAllByText(/^(Not sent yet|Sent|Saved)$/).map((e) => e.textContent);
    expect(states).toEqual(['Not sent yet', 'Sent', 'Saved']);
    expect(screen.getByRole('status').textContent).toMatch(/You are offline\./);
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('a note being written comes back after the page goes away (a phone locked, a reload); adding it clears it', () => {
    localStorage.clear();
    const { boardFor, stageId } = setup();
    const a = actions();
    const board = () => <BoardView {...contributor(boardFor(), a)} />;
    const first = render(board());
    fireEvent.change(screen.getByRole('textbox', { name: 'Note for Discover' }), {
      target: { value: MALAYALAM[3] },
    });
    first.unmount();
    // The page again, from scratch: the words are in the box.
    render(board());
    const field = screen.getByRole('textbox', { name: 'Note for Discover' }) as HTMLTextAreaElement;
    expect(field.value).toBe(MALAYALAM[3]);
    fireEvent.click(within(field.closest('section')!).getByRole('button', { name: 'Add note' }));
    expect(a.addNote).toHaveBeenCalledWith(stageId, MALAYALAM[3]);
    cleanup();
    render(board());
    expect((screen.getByRole('textbox', { name: 'Note for Discover' }) as HTMLTextAreaElement).value).toBe('');
    expect(localStorage.length).toBe(0);
  });

  it('shows a long note from the map and a long stage description by their heads', () => {
    const b = journey(SEED_PHRASE.telugu);
    const long = textOfLength(TELUGU, LIMITS.longText);
    const [discover] = b.stages('Discover');
    const doc = b.build();
    doc.stages[0] = { ...discover!, description: long };
    b.note(long, { position: { x: 0, y: 400 } });
    const board = buildBoard(docStateFrom(doc), { present: null, timer: null, voters: {} }, [], 'me-000001');
    const { container } = viewBoard(board);
    // A phone lays out all of a text it is given: only as much as a participant's own note may hold is.
    expect(container.querySelector('.pt-note-text')!.textContent).toBe(textHead(long, 2_000));
    expect(container.querySelector('.pt-stage-head .pt-muted')!.textContent).toBe(textHead(long));
  });

  it('places and takes back my dots; no dot can be placed when none are left', () => {
    const { boardFor, tp } = setup();
    const b0 = boardFor();
    const a = actions();
    const { rerender } = render(<BoardView {...contributor(b0, a)} />);
    const place = screen.getByRole('button', { name: `Place a dot on ${TELUGU[1]}` });
    fireEvent.click(place);
    expect(a.vote).toHaveBeenCalledWith('touchpoint', tp.id);
    expect(screen.getByLabelText('2 of 2 dots left')).toBeTruthy();

    const vote = (n: number) =>
      ({
        kind: 'vote',
        opId: `op-vote000${n}`,
        voteId: `vote:v${n}`,
        targetKind: 'touchpoint',
        targetId: tp.id,
      }) as const;
    const full = boardFor([
      { op: vote(1), state: 'sent' },
      { op: vote(2), state: 'pending' },
    ]);
    rerender(<BoardView {...contributor(full, a)} />);
    expect(screen.getByLabelText('0 of 2 dots left')).toBeTruthy();
    // The item says how far my latest dot on it got.
    expect(screen.getByText('Not sent yet')).toBeTruthy();
    expect((screen.getByRole('button', { name: `Place a dot on ${TELUGU[1]}` }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: `Take back a dot from ${TELUGU[1]}` }));
    expect(a.unvote).toHaveBeenCalledWith('vote:v2');
  });

  it('while the facilitator has voting closed, my dots and the tally show without buttons to change them', () => {
    const { tp, boardFor } = setup();
    const vote = {
      kind: 'vote',
      opId: 'op-vote0001',
      voteId: 'vote:v1',
      targetKind: 'touchpoint',
      targetId: tp.id,
    } as const;
    const open = boardFor([{ op: vote, state: 'sent' }]);
    const closed = { ...open, votingOpen: false };
    const a = actions();
    const { rerender } = render(<BoardView {...contributor(closed, a)} />);
    expect(screen.getByText('Voting is closed')).toBeTruthy();
    expect(screen.queryByText('Voting on')).toBeNull();
    expect(screen.getByLabelText('Your dots: 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Place a dot/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Take back a dot/ })).toBeNull();
    rerender(<BoardView {...contributor(open, a)} />);
    expect(screen.queryByText('Voting is closed')).toBeNull();
    expect(screen.getByRole('button', { name: `Place a dot on ${TELUGU[1]}` })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Take back a dot from ${TELUGU[1]}` })).toBeTruthy();
  });

  it('viewers see the map without note or dot controls', () => {
    const b0 = setup().boardFor();
    viewBoard(b0);
    expect(screen.getByText(TELUGU[1]!)).toBeTruthy();
    // The channel by its name in the interface language, as the facilitator's card shows it, not its stored id.
    expect(screen.getByText('Website')).toBeTruthy();
    expect(screen.queryByText('website')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add note' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Place a dot/ })).toBeNull();
  });

  it('a card’s description, thoughts, quotes, pain points, opportunities and friction behind its Details, closed at first', () => {
    const b = journey(SEED_PHRASE.tamil);
    const [discover] = b.stages('Discover');
    const long = textOfLength(TAMIL, LIMITS.longText);
    const tp = b.touchpoint(discover!, {
      title: TAMIL[0]!,
      description: TELUGU[2]!,
      thoughts: long,
      quotes: [ARMENIAN[1]!, ''],
      painPoints: [newPainPoint(MALAYALAM[1]!, 3)],
      opportunities: [newOpportunity(ARMENIAN[2]!)],
      friction: { score: 4, types: [] },
    });
    const bare = b.touchpoint(discover!, { title: TAMIL[1]! });
    const doc = b.build();
    const boardOn = (voteTarget: 'touchpoint' | 'pain') => {
      doc.journey.workshop = { ...doc.journey.workshop, voteTarget };
      return buildBoard(docStateFrom(doc), { present: null, timer: null, voters: {} }, [], 'me-000001');
    };
    const { container, rerender } = viewBoard(boardOn('touchpoint'));
    const card = (title: string) => screen.getByText(title).closest('li')!;
    const details = card(tp.title).querySelector('details')!;
    // Closed, so a stage's cards fit a phone; a card with nothing more to say has no toggle.
    expect(details.open).toBe(false);
    expect(within(details).getByText('Details').tagName).toBe('SUMMARY');
    expect(card(bare.title).querySelector('details')).toBeNull();
    // Drawn once opened: a closed card lays out none of it.
    expect(details.textContent).toBe('Details');
    fireEvent.click(within(details).getByText('Details'));
    expect(details.open).toBe(true);
    const section = (label: string) => within(details).getByRole('heading', { name: label }).closest('section')!;
    expect(section('Description').textContent).toBe(`Description${TELUGU[2]}`);
    // A long text by its head, as the stage description and notes.
    expect(section('Thoughts').querySelector('p')!.textContent).toBe(textHead(long));
    expect(
      within(section('Quotes'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([ARMENIAN[1]]);
    expect(within(section('Pain points')).getByRole('listitem').textContent).toBe(MALAYALAM[1]);
    expect(within(section('Opportunities')).getByRole('listitem').textContent).toBe(ARMENIAN[2]);
    expect(within(details).getByText('Friction 4 of 5')).toBeTruthy();

    // While the room votes on pain points a contributor has them on the card with their dots, not twice.
    rerender(<BoardView {...contributor(boardOn('pain'), actions())} />);
    expect(screen.getAllByText(MALAYALAM[1]!)).toHaveLength(1);
    expect(screen.getByRole('button', { name: `Place a dot on ${MALAYALAM[1]}` })).toBeTruthy();
    expect(within(container.querySelector('details')!).queryByRole('heading', { name: 'Pain points' })).toBeNull();
    expect(within(container.querySelector('details')!).getByRole('heading', { name: 'Opportunities' })).toBeTruthy();
  });

  it('tells a viewer offline that the map catches up, not that what they add is kept (they add nothing)', () => {
    render(
      <BoardView
        board={setup().boardFor()}
        name="Ana"
        colour="#e8590c"
        journeyId="journey:abc"
        canContribute={false}
        offline
        timerLeft={null}
        actions={actions()}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'You are offline. The map is brought up to date when you are back.',
    );
  });

  it('tells a contributor when the facilitator is away, unless their own network is the trouble', () => {
    const props = {
      board: setup().boardFor(),
      name: 'Ana',
      colour: '#e8590c',
      journeyId: 'journey:abc',
      timerLeft: null,
      actions: actions(),
    };
    const { rerender } = render(<BoardView {...props} canContribute offline={false} hostAway />);
    expect(screen.getByRole('status').textContent).toMatch(/^The facilitator is away\. Their app is not connected/);
    rerender(<BoardView {...props} canContribute offline hostAway />);
    expect(screen.getByRole('status').textContent).toMatch(/^You are offline\./);
  });

  it('the name step refuses an empty name in one sentence', () => {
    const onJoin = vi.fn();
    render(
      <JoinForm
        initialName=""
        nameError="Type your name so the others know who added what."
        joinError={null}
        colour="#e8590c"
        onJoin={onJoin}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(onJoin).toHaveBeenCalledWith('');
    expect(screen.getByText('Type your name so the others know who added what.')).toBeTruthy();
  });
});
