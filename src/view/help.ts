// The words that explain the screen: the first chapter's tips, and the legend that is one key away.
import { ALARMS, BRAND_VOICE_UNLOCK, HOURLY, TIRED_BELOW } from '../core/rules.ts';
import { t } from '../i18n/i18n.ts';
import type { Tip } from '../state/tutorial.ts';

/** The rules' numbers that the tips and the legend quote. */
const NUMBERS = {
  pileOn: HOURLY.fanPileOnAbove,
  trustBelow: ALARMS.trust.below,
  loyaltyBelow: ALARMS.loyalty.below,
  heatAbove: ALARMS.heat.above,
  unlock: BRAND_VOICE_UNLOCK,
  tired: TIRED_BELOW,
};

/** A tip's title and text. */
export const tipWords = (tip: Tip) => ({
  title: t(`story.tips.${tip}.title`),
  text: t(`story.tips.${tip}.text`, NUMBERS),
});

/** The legend's entries, in the order shown. */
const LEGEND_TERMS = [
  'trust',
  'loyalty',
  'heat',
  'marks',
  'checks',
  'promiseDebt',
  'personaDependence',
  'composure',
  'window',
  'shares',
  'hours',
  'lessons',
] as const;

/** The legend: each thing on the screen and what it means. */
export const legendEntries = (): { term: string; means: string }[] =>
  LEGEND_TERMS.map((entry) => ({
    term: t(`story.legend.${entry}.term`),
    means: t(`story.legend.${entry}.means`, NUMBERS),
  }));
