// The buttons a player or a room chooses with, in the solo game's accessible mirror and on the workshop's
// projector alike: a check or a reply, the key that presses it before its name ("A.", "2."), its small
// print after, read with its name.
import type { Response } from '../content/schema.ts';
import { replyCost } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import { hoursText, kindWords } from '../view/format.ts';
import { type Attrs, h } from './h.ts';

/** One choice: "2. Apologise" and its small print. */
export const choiceButton = (key: string, label: string, meta: string, onPick: () => void, attrs: Attrs = {}) =>
  h(
    'button',
    { type: 'button', onclick: onPick, ...attrs },
    `${key}. ${label}`,
    h('span', { class: 'meta', text: meta }),
  );

/** How a view words and wires its reply buttons. */
export interface ReplyWords {
  /** The small print: the hours a reply takes, and its kind when the settings name the kinds (else null). */
  meta: (hours: string, kind: string | null) => string;
  pick: (r: Response) => void;
  attrs: (r: Response, i: number) => Attrs;
}

/** The replies on offer, numbered in the order shown (keys 1–9 press them). */
export const replyButtons = (
  responses: readonly Response[],
  game: Pick<GameState, 'values'>,
  showKinds: boolean,
  view: ReplyWords,
) =>
  responses.map((r, i) =>
    choiceButton(
      String(i + 1),
      r.label,
      view.meta(hoursText(replyCost(r, game)), showKinds ? kindWords(r.kind) : null),
      () => view.pick(r),
      view.attrs(r, i),
    ),
  );
