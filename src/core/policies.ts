// Scripted players for the simulator and the balance tests. Each picks a post to answer and a response.
import { KINDS, type Kind, type Level, type Response } from '../content/schema.ts';
import { available, findPost, openPosts } from './engine.ts';
import type { Dice } from './rng.ts';
import type { Action, FeedItem, GameState } from './state.ts';

export interface Policy {
  name: string;
  choose(level: Level, s: GameState, dice: Dice): Action;
}

/** The case's better moves, most broadly useful first; traps are never picked. */
const CALM: Kind[] = ['evidence', 'apologise', 'brand-voice', 'humour', 'invite', 'refute'];
const FIERY: Kind[] = ['anger', 'deflect', 'refute'];

function byPreference(kinds: Kind[], avoidTraps: boolean) {
  return (options: Response[], dice: Dice): Response => {
    const pool = avoidTraps ? options.filter((r) => !r.trap) : options;
    for (const k of kinds) {
      const match = pool.filter((r) => r.kind === k);
      if (match.length) return dice.pick(match);
    }
    return dice.pick(pool.length ? pool : options);
  };
}

function policy(
  name: string,
  pickPost: (open: FeedItem[], dice: Dice) => FeedItem,
  pickResponse: (options: Response[], dice: Dice) => Response,
): Policy {
  return {
    name,
    choose(level, s, dice) {
      const item = pickPost(openPosts(s), dice);
      const r = pickResponse(available(findPost(level, item.id)!, s), dice);
      return { type: 'reply', post: item.id, response: r.id };
    },
  };
}

const oldest = (open: FeedItem[]) => open[0]!;
/** Triage: the post spreading fastest first. */
const mostViral = (open: FeedItem[]) => open.reduce((a, b) => (b.viral > a.viral ? b : a));

export const POLICIES: Policy[] = [
  policy(
    'random',
    (open, dice) => dice.pick(open),
    (options, dice) => dice.pick(options),
  ),
  policy('lesson-aligned', mostViral, byPreference(CALM, true)),
  policy('angry', oldest, byPreference(FIERY, false)),
  ...KINDS.map((k) => policy(`always-${k}`, oldest, byPreference([k], false))),
];

export const policyNamed = (name: string): Policy | undefined => POLICIES.find((p) => p.name === name);
