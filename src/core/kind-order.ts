// The best a player can do who never reads: a fixed order of the ten kinds of reply, found by a hill-climb
// over the whole campaign. If that order wins a chapter, some kind of reply is right there too often.
import type { Level } from '../content/schema.ts';
import { KINDS, type Kind } from '../content/terms.ts';
import { KIND_ORDER, kindOrderPlayer } from './policies.ts';
import { simulate } from './simulate.ts';

/** The share of good endings an order reaches, averaged over the chapters, `runs` seeded runs each. */
export function orderRate(chapters: readonly Level[], order: readonly Kind[], runs: number): number {
  const player = kindOrderPlayer(order);
  let sum = 0;
  for (const chapter of chapters) sum += simulate(chapter, player, runs).goodRate;
  return sum / chapters.length;
}

/**
 * Climbs from `start`: tries moving each kind to each of the first `reach` places (the places that decide
 * most picks, since a player takes the first kind on offer), keeps a move that raises the campaign's rate,
 * and stops when no move does or after `rounds` rounds.
 */
export function searchKindOrder(
  chapters: readonly Level[],
  runs: number,
  start: readonly Kind[] = KINDS,
  reach = 4,
  rounds = 4,
): { order: Kind[]; rate: number } {
  let order = [...start];
  let rate = orderRate(chapters, order, runs);
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const kind of KINDS)
      for (let place = 0; place < reach; place++) {
        const from = order.indexOf(kind);
        if (from === place) continue;
        const next = order.filter((k) => k !== kind);
        next.splice(place, 0, kind);
        const r = orderRate(chapters, next, runs);
        if (r > rate) {
          order = next;
          rate = r;
          improved = true;
        }
      }
    if (!improved) break;
  }
  return { order, rate };
}

/**
 * The better of two climbs over the chapters, one from the order the simulator's kind-order player uses and
 * one from the kinds as the schema lists them (a climb can stop on a local best).
 */
export function bestKindOrder(chapters: readonly Level[], runs = 60): { order: Kind[]; rate: number } {
  const a = searchKindOrder(chapters, runs, KIND_ORDER);
  const b = searchKindOrder(chapters, runs);
  return b.rate > a.rate ? b : a;
}
