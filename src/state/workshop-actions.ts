// The store's actions in a workshop: set it up, collect the teams' votes, play the room's choice, run the
// countdown, pause for discussion, and go on to the next decision or chapter. The room's game is the
// store's `game`, so the views and the debrief read it as they read a solo game; it is saved with the
// workshop (workshop.ts), never over a solo save.
import { carryFrom, newGame } from '../core/engine.ts';
import type { Carry } from '../core/state.ts';
import type { AppActions, StoreContext } from './app-state.ts';
import { loadSave, type Save, SAVE_VERSION } from './saves.ts';
import { answerFits, ITEMS_PER_SET, itemsOf } from '../content/judgement-items.ts';
import { setFor } from './judgement-points.ts';
import { currentChoices } from './selectors.ts';
import type { Tally } from './room-protocol.ts';
import {
  decisionNumber,
  EXTEND_SECONDS,
  type RoomDecision,
  roomChoice,
  roomJudgementAfterDue,
  type Workshop,
  writeWorkshop,
} from './workshop.ts';

type WorkshopActions = Pick<
  AppActions,
  | 'startWorkshop'
  | 'vote'
  | 'roomCheck'
  | 'setTeamUp'
  | 'enterHands'
  | 'decide'
  | 'countdownSecond'
  | 'toggleCountdown'
  | 'extendCountdown'
  | 'discuss'
  | 'nextDecision'
  | 'nextWorkshopChapter'
  | 'endWorkshop'
  | 'openRoomJudgement'
  | 'answerRoomJudgement'
  | 'backRoomJudgement'
  | 'closeRoomJudgement'
  | 'roomOpened'
  | 'roomLost'
  | 'setRoomAutoEnd'
  | 'setRoomOnline'
  | 'phoneTally'
>;

export function workshopActions({ set, get, storage, resolve, persist, perform }: StoreContext): WorkshopActions {
  /** Changes the workshop and saves it with the room's game as it now stands. */
  const update = (patch: Partial<Workshop>) => {
    const { workshop, save } = get();
    if (!workshop) return;
    const next = { ...workshop, ...(save ? { save } : {}), ...patch };
    persist(() => writeWorkshop(storage, next));
    set({ workshop: next });
  };
  const freshVote = (w: Pick<Workshop, 'teams' | 'seconds'>) => ({
    phase: 'vote' as const,
    picks: w.teams.map(() => null),
    teamUp: 0,
    secondsLeft: w.seconds,
    running: w.seconds !== null,
  });
  /** Starts the workshop's chapter `chapterIndex`; `carry` is what the chapter before hands on. */
  type Fresh = Omit<Workshop, 'save' | 'phase' | 'picks' | 'teamUp' | 'secondsLeft' | 'running' | 'decisions'>;
  const startChapter = (w: Fresh, carry?: Carry) => {
    const level = resolve(w.chapters[w.chapterIndex]!, w.seed);
    if (!level) return;
    const save: Save = { v: SAVE_VERSION, level: level.id, seed: w.seed, pacing: 'turn', carry, actions: [] };
    const workshop: Workshop = { ...w, ...freshVote(w), save, decisions: [] };
    persist(() => writeWorkshop(storage, workshop));
    set({ workshop, level, game: newGame(level, save), save, screen: 'workshop', selectedPostId: null, paused: false });
  };

  /** Starts the room's judgement check: the countdown waits, and the projector shows the check. */
  const startRoomJudgement = (point: 'before' | 'after') => {
    const w = get().workshop;
    if (!w) return;
    // The room's seed picks its first set, so that a room run again with the same seed gets the same posts.
    const taking = { point, set: setFor(point, w.seed, w.judgement?.before?.set), item: 0, answers: [] };
    update({ judgement: { ...w.judgement, taking }, running: false });
    set({ screen: 'room-judgement' });
  };

  return {
    startWorkshop: ({ teams, seconds, chapters, seed, roomJudgement, room }) => {
      startChapter({ teams, seconds, chapters, seed, chapterIndex: 0, chaptersPlayed: [] });
      // With phones, the countdown waits while they join: the facilitator starts it.
      if (room) update({ room: { code: null, token: null, join: null, autoEnd: true }, running: false });
      if (roomJudgement) startRoomJudgement('before');
    },
    roomOpened: ({ code, token, join }) => {
      const room = get().workshop?.room;
      if (room) update({ room: { ...room, code, token, join } });
      set({ roomOnline: true });
    },
    setRoomOnline: (roomOnline) => set({ roomOnline }),
    roomLost: (why) => {
      if (!get().workshop?.room) return;
      update({ room: undefined });
      set({ roomTally: null, notice: why });
    },
    setRoomAutoEnd: (autoEnd) => {
      const room = get().workshop?.room;
      if (room) update({ room: { ...room, autoEnd } });
    },
    phoneTally: (tally) => {
      set({ roomTally: tally });
      const s = get();
      const w = s.workshop;
      const current = currentChoices(s);
      if (w?.phase !== 'vote' || !current || tally.decision !== decisionNumber(w)) return;
      const picks = w.picks.map((p, t) => {
        const counts = tally.teams[t]?.counts;
        return counts && Object.keys(counts).length ? roomChoice({ picks: [], hands: counts }, current.responses) : p;
      });
      if (picks.some((p, t) => p !== w.picks[t])) update({ picks });
      const joined = tally.teams.reduce((n, t) => n + t.joined, 0);
      if (w.room?.autoEnd && joined > 0 && tally.teams.every((t) => t.voted >= t.joined)) get().decide();
    },
    openRoomJudgement: () => {
      const w = get().workshop;
      if (w?.judgement?.taking) set({ screen: 'room-judgement' });
      else if (roomJudgementAfterDue(w, Boolean(get().game?.ending))) startRoomJudgement('after');
    },
    answerRoomJudgement: (answers) => {
      const w = get().workshop;
      const taking = w?.judgement?.taking;
      const bank = get().judgementBank;
      if (!w || !taking || !bank) return;
      const shown = itemsOf(bank, taking.set)[taking.item]!;
      const all = taking.answers.slice();
      // An answer the post does not offer counts as no answer: nothing malformed is kept.
      all[taking.item] = w.teams.map((_, t) => {
        const a = answers[t];
        return a && answerFits(shown, a) ? { rating: a.rating, reply: a.reply } : null;
      });
      const item = taking.item + 1;
      if (item < ITEMS_PER_SET)
        return update({ judgement: { ...w.judgement, taking: { ...taking, item, answers: all } } });
      update({ judgement: { ...w.judgement, taking: undefined, [taking.point]: { set: taking.set, answers: all } } });
    },
    backRoomJudgement: () => {
      const w = get().workshop;
      const taking = w?.judgement?.taking;
      if (!w || !taking) return;
      // The answers stay: the item gone back to shows them, to be changed or kept.
      if (taking.item) update({ judgement: { ...w.judgement, taking: { ...taking, item: taking.item - 1 } } });
      else get().closeRoomJudgement();
    },
    closeRoomJudgement: () => {
      const w = get().workshop;
      if (!w) return;
      // A judgement check given up on is dropped; a finished one stays for the room's debrief.
      update({
        judgement: { ...w.judgement, taking: undefined },
        running: w.phase === 'vote' && w.secondsLeft !== null,
      });
      set({ screen: get().game?.ending ? 'debrief' : 'workshop' });
    },
    vote: (responseId) => {
      const w = get().workshop;
      if (w?.phase !== 'vote') return;
      const picks = w.picks.map((p, i) => (i === w.teamUp ? responseId : p));
      // The next team without a vote is up; when all have voted, the last one stays up to change its mind.
      const next = picks.findIndex((p, i) => p === null && i > w.teamUp);
      const first = picks.indexOf(null);
      update({ picks, teamUp: next >= 0 ? next : first >= 0 ? first : w.teamUp });
    },
    roomCheck: (kind) => {
      const s = get();
      const w = s.workshop;
      const current = currentChoices(s);
      if (w?.phase !== 'vote' || !current?.checks.some((c) => c.check === kind)) return;
      perform({ type: 'check', post: current.item.id, check: kind });
      const after = get();
      if (after.game?.ending) update({ phase: 'ended', running: false });
      else if (currentChoices(after)?.item.id !== current.item.id) update(freshVote(w));
      else update({});
    },
    setTeamUp: (team) => {
      const w = get().workshop;
      if (w && team >= 0 && team < w.teams.length) update({ teamUp: team });
    },
    enterHands: (hands) => get().decide(hands),
    decide: (hands) => {
      const s = get();
      const w = s.workshop;
      const current = currentChoices(s);
      if (w?.phase !== 'vote' || !current) return;
      const cast: Pick<RoomDecision, 'picks' | 'hands'> = { picks: w.picks, hands };
      const played = roomChoice(cast, current.responses);
      const phones = phoneCounts(s.roomTally, w);
      const decision: RoomDecision = { post: current.item.id, ...cast, ...(phones && { phones }), played };
      // Nobody voted: the room let the hour go by, and the feed moved on without it.
      perform(played ? { type: 'reply', post: current.item.id, response: played } : { type: 'tick', hours: 1 });
      const ended = Boolean(get().game?.ending);
      update({ decisions: [...w.decisions, decision], phase: ended ? 'ended' : 'result', running: false });
    },
    countdownSecond: () => {
      const w = get().workshop;
      if (w?.phase !== 'vote' || !w.running || w.secondsLeft === null) return;
      if (w.secondsLeft <= 1) get().decide();
      else update({ secondsLeft: w.secondsLeft - 1 });
    },
    toggleCountdown: () => {
      const w = get().workshop;
      if (w?.phase === 'vote' && w.secondsLeft !== null) update({ running: !w.running });
    },
    extendCountdown: () => {
      const w = get().workshop;
      if (w?.phase === 'vote' && w.secondsLeft !== null) update({ secondsLeft: w.secondsLeft + EXTEND_SECONDS });
    },
    discuss: () => {
      const w = get().workshop;
      if (w && (w.phase === 'result' || w.phase === 'discuss'))
        update({ phase: w.phase === 'discuss' ? 'result' : 'discuss' });
    },
    nextDecision: () => {
      const w = get().workshop;
      if (w && (w.phase === 'result' || w.phase === 'discuss')) update(freshVote(w));
    },
    nextWorkshopChapter: () => {
      const { workshop: w, level, game } = get();
      if (!w || !level || !game || w.chapterIndex + 1 >= w.chapters.length) return;
      const chaptersPlayed = [...w.chaptersPlayed, { save: w.save, decisions: w.decisions }];
      startChapter({ ...w, chapterIndex: w.chapterIndex + 1, chaptersPlayed }, carryFrom(level, game.values));
    },
    endWorkshop: () => {
      persist(() => writeWorkshop(storage, null));
      set({ roomTally: null });
      // The solo game saved before the workshop is back behind Continue.
      const loaded = loadSave(storage, resolve);
      const solo = loaded.status === 'loaded' ? loaded : null;
      set({
        workshop: null,
        screen: 'title',
        save: solo?.save ?? null,
        game: solo?.state ?? null,
        level: solo ? resolve(solo.save.level, solo.save.seed)! : null,
      });
    },
  };
}

/** The phones' votes per team on the decision on screen, when a room's tally counts any. */
function phoneCounts(tally: Tally | null, w: Workshop): Record<string, number>[] | null {
  if (!w.room || tally?.decision !== decisionNumber(w) || !tally.teams.some((t) => t.voted)) return null;
  return w.teams.map((_, t) => tally.teams[t]?.counts ?? {});
}
