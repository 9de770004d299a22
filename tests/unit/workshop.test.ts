// The workshop's rules: the room plays the majority (ties to the reply shown first), the split in words,
// each team's own path and discernment, the what-if branch, and a whole workshop through the store and
// back from storage after a "reload".
import { describe, expect, it } from 'vitest';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import { branch } from '../../src/core/branch.ts';
import { carryFrom, choicesFor, findingsFor, findPost, replay } from '../../src/core/engine.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { playOnce } from '../../src/core/simulate.ts';
import type { Action } from '../../src/core/state.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { createAppStore, currentChoices } from '../../src/state/store.ts';
import { roomChoice, splitText, teamTally, WORKSHOP_KEY } from '../../src/state/workshop.ts';
import { playRoomToEnd } from './room-play.ts';

const levels = loadAllLevels();
const judgementBank = readJudgementBank();
const first = levels.find((l) => l.number === 1)!;
const post = first.posts.find((p) => p.at === 0)!;
const [a, b, c] = post.responses;

describe('the room plays the majority', () => {
  const shown = [c!, a!, b!];
  it('takes the reply most teams picked', () => {
    expect(roomChoice({ picks: [a!.id, b!.id, b!.id] }, shown)).toBe(b!.id);
  });
  it('breaks a tie by the order shown, not the order written', () => {
    expect(roomChoice({ picks: [a!.id, c!.id, null] }, shown)).toBe(c!.id);
    expect(roomChoice({ picks: [a!.id, c!.id] }, [a!, c!])).toBe(a!.id);
  });
  it('counts hands when they were entered, not the team keys', () => {
    expect(roomChoice({ picks: [a!.id, a!.id], hands: { [b!.id]: 7, [a!.id]: 3 } }, shown)).toBe(b!.id);
  });
  it('plays nothing when nobody voted', () => {
    expect(roomChoice({ picks: [null, null] }, shown)).toBeNull();
  });
  it('says the split in words', () => {
    expect(splitText({ picks: [a!.id, b!.id, b!.id] }, post)).toBe(`2 teams chose ${b!.label}, 1 chose ${a!.label}.`);
    expect(splitText({ picks: [], hands: { [a!.id]: 1 } }, post)).toBe(`1 person chose ${a!.label}.`);
    expect(splitText({ picks: [null] }, post)).toBe('Nobody voted in time.');
  });
});

describe('what if', () => {
  const played = playOnce(first, policyNamed('lesson-aligned')!, 7);
  const actions: Action[] = played.decisions.map((d) => ({ type: 'reply', post: d.post, response: d.response }));
  const opts = { seed: 7, pacing: 'turn' as const };

  it('with nothing changed, replays the game exactly', () => {
    const again = branch(first, opts, actions, new Map());
    expect(again.values).toEqual(played.values);
    expect(again.ending).toBe(played.ending);
  });

  it('changes the meters from the changed decision on, and reaches an ending', () => {
    const d0 = played.decisions[0]!;
    const other = findPost(first, d0.post)!.responses.find((r) => r.id !== d0.response)!;
    const alt = branch(first, opts, actions, new Map([[0, other.id]]));
    expect(alt.decisions[0]!.response).toBe(other.id);
    expect(alt.samples[0]).toEqual(played.samples[0]);
    expect(alt.values).not.toEqual(played.values);
    expect(alt.ending).not.toBeNull();
  });
});

describe('a workshop through the store', () => {
  it('records each team, plays the majority, and comes back whole after a reload', () => {
    const storage = memoryStorage();
    const make = () => createAppStore({ levels, judgementBank, storage, newSeed: () => 1 });
    const store = make();
    store.getState().startWorkshop({ teams: ['A', 'B', 'C'], seconds: 60, chapters: [first.id], seed: 99 });
    const s = store.getState();
    expect(s.screen).toBe('workshop');
    const shown = choicesFor(findPost(first, s.game!.feed[0]!.id)!, s.game!);
    s.vote(shown[1]!.id);
    s.vote(shown[0]!.id);
    s.vote(shown[1]!.id);
    expect(store.getState().workshop!.picks).toEqual([shown[1]!.id, shown[0]!.id, shown[1]!.id]);
    store.getState().decide();
    const after = store.getState();
    expect(after.workshop!.phase).toBe('result');
    expect(after.game!.decisions[0]!.response).toBe(shown[1]!.id);
    // The room's game is not the player's: no solo save, no progress.
    expect(storage.getItem('hot-seat/save')).toBeNull();
    expect(storage.getItem(WORKSHOP_KEY)).not.toBeNull();

    after.nextDecision();
    store
      .getState()
      .vote(
        choicesFor(
          findPost(first, store.getState().game!.feed.find((f) => f.status === 'open')!.id)!,
          store.getState().game!,
        )[0]!.id,
      );
    const reloaded = make().getState();
    expect(reloaded.screen).toBe('workshop');
    expect(reloaded.game!.values).toEqual(store.getState().game!.values);
    expect(reloaded.workshop!.picks).toEqual(store.getState().workshop!.picks);
    expect(reloaded.workshop!.running).toBe(false);
    expect(replay(first, reloaded.workshop!.save, reloaded.workshop!.save.actions).hour).toBe(reloaded.game!.hour);

    // The teams' own tallies are judged on their own picks.
    const tA = teamTally(first, reloaded.workshop!.save, reloaded.workshop!.decisions, 0);
    const tB = teamTally(first, reloaded.workshop!.save, reloaded.workshop!.decisions, 1);
    expect(tA.fair + tA.false).toBe(tB.fair + tB.false);
  });

  it('lets the room check the post it votes on: the votes stand, the finding shows, the seed deals the same truth', () => {
    const storage = memoryStorage();
    const store = createAppStore({ levels, judgementBank, storage, newSeed: () => 1 });
    const s = () => store.getState();
    s().startWorkshop({ teams: ['A', 'B'], seconds: 60, chapters: [first.id], seed: 21 });
    // Vote through the first posts until one offers a check (a bounded loop).
    for (let i = 0; i < 20 && !currentChoices(s())!.checks.length; i++) {
      s().vote(currentChoices(s())!.responses[0]!.id);
      s().decide();
      s().nextDecision();
    }
    const current = currentChoices(s())!;
    const kind = current.checks[0]!.check;
    s().vote(current.responses[1]!.id);
    const hour = s().game!.hour;
    s().roomCheck(kind);
    expect(s().game!.hour).toBe(hour + current.checks[0]!.hours);
    expect(s().workshop!.save.actions.at(-1)).toEqual({ type: 'check', post: current.item.id, check: kind });
    if (currentChoices(s())?.item.id === current.item.id) {
      expect(s().workshop!.picks[0]).toBe(current.responses[1]!.id);
      expect(findingsFor(first, s().game!, current.item.id).map((c) => c.check)).toEqual([kind]);
    } else expect(s().workshop!.picks).toEqual([null, null]);
    // A check already run, or one the post does not offer, does nothing.
    const actions = s().workshop!.save.actions.length;
    s().roomCheck(kind);
    expect(s().workshop!.save.actions).toHaveLength(actions);
    // Saved with the workshop: a reload brings the check back.
    const reloaded = createAppStore({ levels, judgementBank, storage, newSeed: () => 1 }).getState();
    expect(reloaded.game!.checked).toEqual(s().game!.checked);
  });

  it('lets the countdown run out: with no votes the hour goes by', () => {
    const store = createAppStore({ levels, judgementBank, storage: memoryStorage(), newSeed: () => 1 });
    store.getState().startWorkshop({ teams: ['A'], seconds: 30, chapters: [first.id], seed: 5 });
    const hour = store.getState().game!.hour;
    for (let i = 0; i < 30; i++) store.getState().countdownSecond();
    const s = store.getState();
    expect(s.workshop!.phase).toBe('result');
    expect(s.workshop!.decisions[0]!.played).toBeNull();
    expect(s.game!.hour).toBeGreaterThan(hour);
  });

  it('runs several chapters, handing the hidden values on from one to the next', () => {
    const second = levels.find((l) => l.number === 2)!;
    const store = createAppStore({ levels, judgementBank, storage: memoryStorage(), newSeed: () => 1 });
    store.getState().startWorkshop({ teams: ['A'], seconds: null, chapters: [first.id, second.id], seed: 11 });
    playRoomToEnd(store, first);
    const ended = store.getState();
    expect(ended.screen).toBe('ending');
    expect(ended.workshop!.phase).toBe('ended');
    const endValues = ended.game!.values;
    ended.nextWorkshopChapter();
    const next = store.getState();
    expect(next.level!.id).toBe(second.id);
    expect(next.workshop!.chaptersPlayed).toHaveLength(1);
    expect(next.workshop!.decisions).toEqual([]);
    expect(next.save!.carry).toEqual(carryFrom(first, endValues));
    expect(Object.values(next.save!.carry!).some((v) => v !== 0)).toBe(true);
  });

  it('leaves the solo save where it was', () => {
    const storage = memoryStorage();
    const store = createAppStore({ levels, judgementBank, storage, newSeed: () => 3 });
    store.getState().openChapter(first.id);
    store.getState().start('turn');
    const solo = storage.getItem('hot-seat/save');
    store.getState().startWorkshop({ teams: ['A', 'B'], seconds: null, chapters: [first.id], seed: 5 });
    expect(storage.getItem('hot-seat/save')).toBe(solo);
    store.getState().endWorkshop();
    expect(store.getState().save).not.toBeNull();
    expect(storage.getItem(WORKSHOP_KEY)).toBeNull();
  });
});
