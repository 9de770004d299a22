// What the phones of a room see, worked out on the server from the room's workshop with the same pure engine
// the projector plays: the current post and its replies in the order dealt, the findings the room paid for,
// the countdown, or what the room just did, in the projector's language.
import type { Level } from '../content/schema.ts';
import { findingsFor, postInGame, replay } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import { type Language, tIn } from '../i18n/i18n.ts';
import type { PhoneView } from '../state/room-protocol.ts';
import { currentChoices } from '../state/selectors.ts';
import { decisionNumber, splitText, type Workshop } from '../state/workshop.ts';
import { answerShown, chapterName, findingText } from '../view/format.ts';
import { responseOf } from '../core/level-index.ts';

/** The room's game as its workshop holds it (throws IllegalAction when its actions do not replay). */
export const roomGame = (level: Level, w: Workshop): GameState => replay(level, w.save, w.save.actions);

export function phoneView(code: string, w: Workshop, level: Level, game: GameState, language: Language): PhoneView {
  const t = tIn(language);
  const base = {
    code,
    teams: w.teams,
    chapter: chapterName(level),
    decision: decisionNumber(w),
    left: w.secondsLeft,
    running: w.running,
    post: null,
    replies: [],
    result: null,
  };
  if (w.judgement?.taking) return { ...base, phase: 'judgement' };
  const current = w.phase === 'vote' ? currentChoices({ game, level, selectedPostId: null }) : null;
  if (current) {
    const { post, item, responses } = current;
    return {
      ...base,
      phase: 'vote',
      post: {
        author: `${post.author.name} ${post.author.handle}`,
        text: post.text,
        ...(post.quote && { quote: post.quote }),
        findings: findingsFor(level, game, item.id).map(findingText),
      },
      replies: responses.map((r) => ({ id: r.id, label: r.label })),
    };
  }
  const last = w.decisions.at(-1);
  if (!last) return { ...base, phase: w.phase };
  const post = postInGame(level, game, last.post);
  const played = responseOf(post, last.played);
  return {
    ...base,
    // Between decisions the vote number is the one just played, so a late vote for it is refused.
    decision: base.decision - 1,
    phase: w.phase,
    result: {
      heading: played ? t('workshop.view.chose', { reply: played.label }) : t('workshop.view.letGo'),
      split: splitText(last, post),
      ...(played && { answer: answerShown(played, level.persona.handle) }),
    },
  };
}
