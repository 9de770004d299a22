// What the engine looks up in a level again and again, worked out once per level: posts by id, the
// scheduled posts in the order their hours come, and the endings by their timing.
import type { Ending, Level, Post, Response } from '../content/schema.ts';
import { type Tested, testOf } from './conditions.ts';

export interface LevelIndex {
  byId: Map<string, Post>;
  /** Where each post stands in the level file: posts arriving in the same hour arrive in this order. */
  order: Map<Post, number>;
  /** The posts with an `at` hour, by hour (and file order within an hour). */
  schedule: Post[];
  /** The first ending of each timing (an ending's `timing`) whose condition holds, in file order: it ends the chapter. */
  firstEnding: Record<Ending['timing'], (s: Tested) => Ending | undefined>;
}

function firstOf(endings: Ending[]) {
  const tests = endings.map((e) => (e.when ? testOf(e.when) : null));
  return (s: Tested): Ending | undefined => {
    for (let i = 0; i < endings.length; i++) if (!tests[i] || tests[i]!(s)) return endings[i];
    return undefined;
  };
}

const indexes = new WeakMap<Level, LevelIndex>();

export function indexOf(level: Level): LevelIndex {
  let index = indexes.get(level);
  if (!index) {
    const order = new Map(level.posts.map((p, i) => [p, i]));
    index = {
      byId: new Map(level.posts.map((p) => [p.id, p])),
      order,
      schedule: level.posts
        .filter((p) => p.at !== undefined)
        .sort((a, b) => a.at! - b.at! || order.get(a)! - order.get(b)!),
      firstEnding: {
        anytime: firstOf(level.endings.filter((e) => e.timing === 'anytime')),
        end: firstOf(level.endings.filter((e) => e.timing === 'end')),
      },
    };
    indexes.set(level, index);
  }
  return index;
}

export const findPost = (level: Level, id: string): Post | undefined => indexOf(level).byId.get(id);

/** The ending with this id (undefined for none, or an id the level does not have). */
export const endingOf = (level: Pick<Level, 'endings'>, id: string | null | undefined): Ending | undefined =>
  id ? level.endings.find((e) => e.id === id) : undefined;

/** The reply with this id among a post's (undefined for none, or an id the post does not have). */
export const responseOf = (post: Pick<Post, 'responses'>, id: string | null | undefined): Response | undefined =>
  id ? post.responses.find((r) => r.id === id) : undefined;
