// What the one store holds and what it offers the views: the core game plus what the screens need around it.
import type { JudgementBank } from '../content/judgement-check.ts';
import type { Level } from '../content/schema.ts';
import type { CheckKind, Lesson } from '../content/terms.ts';
import type { Action, GameState, Pacing } from '../core/state.ts';
import type { Problem } from '../content/problems.ts';
import type { Storm } from '../content/storm.ts';
import type { JudgementAnswer } from '../content/judgement-scores.ts';
import type { JudgementPoint } from './judgement-points.ts';
import type { Progress } from './progress.ts';
import type { ReplaySession } from './replay-code.ts';
import type { UserScenario } from './scenarios.ts';
import type { KeyValueStorage, Save } from './saves.ts';
import type { Settings } from './settings.ts';
import type { Tally } from './room-protocol.ts';
import type { Workshop, WorkshopSetup } from './workshop.ts';

export type Screen =
  | 'title'
  | 'chapters'
  | 'settings'
  | 'credits'
  | 'briefing'
  | 'play'
  | 'ending'
  | 'debrief'
  /** Before the first chapter: the judgement check is offered. */
  | 'judgement-offer'
  /** Answering the judgement check's items, one at a time. */
  | 'judgement'
  | 'judgement-result'
  /** A workshop's room answering the judgement check, team by team, and its result. */
  | 'room-judgement'
  /** The case behind the game and its lessons. */
  | 'case'
  /** A workshop: its setup, the facilitator's guide, and the room's feed on the projector. */
  | 'workshop-setup'
  | 'guide'
  | 'workshop'
  /** The scenario editor (src/editor). */
  | 'editor';

export interface AppState {
  /** The campaign's chapters in order; empty until the content arrives (see contentArrived). */
  levels: Level[];
  /** The trainer's own scenarios from the editor, shown in Chapters under "Your scenarios". */
  scenarios: UserScenario[];
  /** The judgement check's items; null until the content arrives. */
  judgementBank: JudgementBank | null;
  /** What the endless storm is dealt with besides the chapters' posts; null until the content arrives. */
  storm: Storm | null;
  screen: Screen;
  /** Where Settings, Credits and the judgement check return to. */
  returnTo: Screen;
  level: Level | null;
  game: GameState | null;
  save: Save | null;
  settings: Settings;
  progress: Progress;
  /** The later judgement check due (a week, then a month after the "after" check), offered on the title menu. */
  dueJudgement: 'week' | 'month' | null;
  /** A message for the player in plain words (a damaged save, storage that refuses to save). */
  notice: string | null;
  paused: boolean;
  /** Paused because the tab was hidden: showing it again resumes. */
  pausedByHiding: boolean;
  /** The tab is hidden: no clock runs (a workshop's countdown waits too). */
  hidden: boolean;
  menuOpen: boolean;
  /** The legend of what is on screen, one key or tap away during play. */
  legendOpen: boolean;
  /** A post cut short on a small screen, opened to be read whole. */
  readingPostId: string | null;
  selectedPostId: string | null;
  /** Share of the pictures loaded, 0–1; the menus work meanwhile. */
  loading: number;
  /** The lesson the case page opens at, when a lesson code was followed to it. */
  caseLesson: Lesson | null;
  /**
   * The ended game on screen as the session that replays it, for the debrief's replay code and downloads;
   * `fromCode` when it was opened from a replay code (someone's game, not this player's campaign).
   */
  finished: { session: ReplaySession; fromCode: boolean } | null;
  /** The workshop in progress; its game is `game`. */
  workshop: Workshop | null;
  /** In a workshop with a room: the phones' votes as the room server last counted them. */
  roomTally: Tally | null;
  /** Whether the projector is connected to the room server now. */
  roomOnline: boolean;
}

/**
 * What the game plays, loaded while the title is already on screen (the title needs none of it): the
 * campaign, the judgement check, the endless storm and the trainer's own scenarios, in the player's language.
 */
export interface Content {
  levels: Level[];
  judgementBank: JudgementBank;
  /** The storm's data; null in a store that never deals the storm (tests of other things). */
  storm: Storm | null;
  scenarios: UserScenario[];
}

export interface AppActions {
  /** The content is here: the saved game, a workshop left mid-way and the chapters' menus come back. */
  contentArrived(content: Content): void;
  setLoading(share: number): void;
  show(screen: Screen): void;
  openChapter(levelId: string): void;
  start(pacing: Pacing): void;
  continueGame(): void;
  select(postId: string): void;
  /** Answers the post being answered; `overTip`: its key was pressed over a tip, which holds it no more. */
  reply(responseId: string, overTip?: boolean): void;
  /** Runs a check on the post being answered: its hours pass, and its finding shows on the post. */
  runCheck(kind: CheckKind, overTip?: boolean): void;
  tick(): void;
  setPaused(paused: boolean): void;
  tabHidden(hidden: boolean): void;
  setMenu(open: boolean): void;
  setLegend(open: boolean): void;
  /** Opens a post to read it whole (null closes it); the game waits meanwhile. */
  readPost(postId: string | null): void;
  /** The tip was read: the next one, if any, follows. */
  dismissTip(): void;
  skipTutorial(): void;
  /** From the settings: the first chapter's tips from the start. */
  replayTutorial(): void;
  updateSettings(patch: Partial<Settings>): void;
  dismissNotice(): void;
  quitToTitle(): void;
  nextChapter(): void;
  /** The case page, at a lesson when one is given; Back returns to where it was opened. */
  openCase(lesson?: Lesson): void;
  /**
   * Keeps a scenario written in the editor in "Your scenarios" (replacing one with the same id) and opens its
   * briefing; gives back the loader's problems instead when its text does not load.
   */
  /** Reads a scenario's text (the loader comes when first needed) and opens its briefing, or gives its problems. */
  playScenario(yaml: string): Promise<Problem[]>;
  /** Forgets one of "Your scenarios", with its saved game and its record. */
  removeScenario(id: string): void;
  /** Shows the debrief of a finished chapter again, replayed from its record. */
  openDebrief(levelId: string, game: 'bestGame' | 'lastGame'): void;
  /**
   * Shows the debrief of the game a replay code holds, read-only: the player's save and progress stay as
   * they are. A code that cannot be used is reported in plain words over the title menu.
   */
  openReplay(code: string): void;
  /** New game: the first chapter's briefing, or first the judgement check's offer if it was never taken. */
  newGame(): void;
  /**
   * Starts the judgement check at a point in time, or resumes the one being taken; with no point, the next
   * one not taken (before, then after) or, with both taken, the results.
   */
  openJudgement(point?: JudgementPoint): void;
  /** Answers the item shown; after the last one the results show. A rating or reply not on offer is ignored. */
  answerJudgement(answer: JudgementAnswer): void;
  /** Back to the previous item, its answer undone; from the first item, back to where the judgement check began. */
  backJudgement(): void;
  /** Says no to the judgement check being offered or taken: that point is not offered again. */
  skipJudgement(): void;
  /** Forgets every check taken, to take them again from the start. */
  retakeJudgement(): void;
  startWorkshop(setup: WorkshopSetup): void;
  /** The team that is up votes for a reply; the next team without a vote is up next. */
  vote(responseId: string): void;
  /**
   * The room checks the post being voted on: its hours pass and its finding shows; the votes stand, unless
   * the hours took the post away (then the vote starts again on the next post).
   */
  roomCheck(kind: CheckKind): void;
  setTeamUp(team: number): void;
  /** Show-of-hands counts per reply, entered by the facilitator: the room plays the most raised. */
  enterHands(hands: Record<string, number>): void;
  /** Ends the vote now: the room plays the majority's reply (or, with no votes, lets an hour go by). */
  decide(hands?: Record<string, number>): void;
  /** One second of the countdown; at zero the vote ends. */
  countdownSecond(): void;
  toggleCountdown(): void;
  extendCountdown(): void;
  /** Opens (or closes) the discussion of the decision just played. */
  discuss(): void;
  nextDecision(): void;
  nextWorkshopChapter(): void;
  /** Leaves the workshop for the title; a solo game saved before it is back behind Continue. */
  endWorkshop(): void;
  /** After the last chapter, the room's judgement check with the other set (or back to the one under way). */
  openRoomJudgement(): void;
  /** Each team's answer to the item shown (null: no answer); after the last item the room's result shows. */
  answerRoomJudgement(answers: (JudgementAnswer | null)[]): void;
  /** Back to the previous item with its answers; from the first, the judgement check is left. */
  backRoomJudgement(): void;
  /** Leaves the room's judgement check for the chapter (or, after the last one, the room's debrief). */
  closeRoomJudgement(): void;
  /** The room server opened the workshop's room: phones can join with its code at its address. */
  roomOpened(room: { code: string; token: string; join: string }): void;
  /** The room cannot be reached or was refused: the workshop goes on without phones, and says why. */
  roomLost(why: string): void;
  setRoomOnline(online: boolean): void;
  /** Whether a vote ends by itself once every joined phone has voted. */
  setRoomAutoEnd(on: boolean): void;
  /**
   * The phones' votes as the server counts them: each team with phone votes picks its phones' majority
   * (ties by the order shown); once every joined phone has voted, the vote ends if the room says so.
   */
  phoneTally(tally: Tally): void;
}

/** The store's state and actions together, as the views read them. */
export type App = AppState & AppActions;

/** What the pieces of the store share while they are being built. */
export interface StoreContext {
  set: (patch: Partial<AppState> | ((s: App) => Partial<AppState>)) => void;
  get: () => App;
  storage: KeyValueStorage;
  /** The chapter with this id; the endless storm is dealt from the seed. */
  resolve: (id: string, seed: number) => Level | undefined;
  newSeed: () => number;
  /** The time, in ms since 1970: when a judgement check was taken, and which later one is due. */
  now: () => number;
  /** Writes to storage; a browser that refuses (full, private mode) gets a notice, not a crash. */
  persist: (write: () => void) => void;
  /** Steps the game by one action, saves it, and moves to the ending when there is one. */
  perform: (action: Action) => void;
}
