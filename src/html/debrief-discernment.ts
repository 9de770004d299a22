// The debrief's discernment: how well the player told fair criticism (to own) from false attacks (to
// correct) in this chapter and over the campaign, and how the judgement check moved.
import type { Level } from '../content/schema.ts';
import { type Tally, tally } from '../core/discernment.ts';
import type { GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { campaignTally } from '../state/progress.ts';
import { type App, judgementBank } from '../state/store.ts';
import { storyChapter } from '../core/story.ts';
import { shiftLine, takenPoints } from '../view/judgement.ts';
import { checkingText, scoreText, tallyText } from '../view/discernment.ts';
import { h } from './h.ts';

/** Two meters: fair criticism owned, false attacks corrected. */
function tallyFigure(tally: Tally) {
  const bar = (key: 'owned' | 'corrected', value: number, max: number) => {
    const text = t(`debrief.discernment.${key}`, { value, max });
    return h(
      'label',
      { class: 'bar' },
      h('span', { text }),
      h('meter', { min: 0, max: Math.max(1, max), value, 'aria-label': text }),
    );
  };
  return h(
    'div',
    { class: 'tally' },
    bar('owned', tally.owned, tally.fair),
    bar('corrected', tally.corrected, tally.false),
  );
}

export function discernment(s: App, level: Level, g: GameState) {
  const chapter = tally(level, g);
  const campaign = campaignTally(s.progress);
  const points = takenPoints(judgementBank(s), s.progress.judgement);
  const judgementLine =
    points.length > 1 &&
    shiftLine(
      { ...points[0]!.scores, point: points[0]!.point },
      { ...points.at(-1)!.scores, point: points.at(-1)!.point },
    );
  return h(
    'section',
    { class: 'discernment', 'aria-label': t('debrief.discernment.label') },
    h('h3', { text: t('debrief.discernment.heading') }),
    ...(chapter.fair + chapter.false
      ? [
          h('p', { text: tallyText(chapter) }),
          tallyFigure(chapter),
          h('p', { text: scoreText(chapter) }),
          h('p', { class: 'checking', text: checkingText(chapter) }),
        ]
      : [h('p', { text: scoreText(chapter) })]),
    // A game opened from a replay code is someone's game: this player's campaign is not its own.
    !storyChapter(level) || s.finished?.fromCode
      ? null
      : h(
          'div',
          { class: 'campaign' },
          h('h4', { text: t('debrief.discernment.campaign', { count: Object.keys(s.progress.discernment).length }) }),
          h('p', { text: tallyText(campaign) }),
          h('p', { text: scoreText(campaign) }),
          h('p', { text: checkingText(campaign) }),
          judgementLine && h('p', { text: t('debrief.discernment.judgementCheck', { shift: judgementLine }) }),
        ),
  );
}
