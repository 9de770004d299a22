// The endless storm as the game shows it: core deals it (src/core/storm.ts), and its own words (title,
// briefing, questions, endings) come from the interface's strings in the player's language, since core
// knows no language. Asked for when a storm is built, never at import, so the chosen language's are there.
import type { Level } from '../content/schema.ts';
import { buildStorm as dealStorm, STORM_ENDING_IDS, type StormTexts } from '../core/storm.ts';
import { t as current } from '../i18n/i18n.ts';

export { STORM_ID } from '../core/storm.ts';

/** The storm's words, in the current language or the one `t` speaks (the room server's, per room). */
export const stormTexts = (t: typeof current = current): StormTexts => ({
  title: t('story.storm.title'),
  briefing: t('story.storm.briefing'),
  questions: t('story.storm.questions', { returnObjects: true }),
  endings: Object.fromEntries(
    STORM_ENDING_IDS.map((id) => [
      id,
      { title: t(`story.storm.endings.${id}.title`), text: t(`story.storm.endings.${id}.text`) },
    ]),
  ) as StormTexts['endings'],
});

/** Deals the storm for a seed from these chapters, in the player's language (see core's buildStorm). */
export const buildStorm = (chapters: readonly Level[], seed: number, waves?: number): Level =>
  dealStorm(chapters, seed, waves, stormTexts());
