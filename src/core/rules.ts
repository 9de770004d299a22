// The numbers behind the world's forces (CASEFILE section 2). Tuned with `npm run simulate`.
import type { Values } from './state.ts';

export const DEFAULT_START: Values = {
  trust: 60,
  loyalty: 60,
  heat: 20,
  promiseDebt: 20,
  personaDependence: 70,
  composure: 80,
};

/** Heat multiplies every change to trust and loyalty: ×0.5 when nobody watches, ×1.5 at full heat. */
export const heatScale = (heat: number): number => 0.5 + heat / 100;

/** While the brand rests on one person, each loss of trust is his personal loss, and hurts more. */
export const personaScale = (personaDependence: number): number => 0.75 + personaDependence / 200;

/** Each reply's effect varies by up to this share either way: the same move can land better or worse. */
export const EFFECT_JITTER = 0.2;

export const HOURLY = {
  cooling: 1,
  /** Die-hard fans above this loyalty pile onto every critic and raise heat. */
  fanPileOnAbove: 75,
  fanPileOnPerPoint: 0.1,
  /** Unkept promises erode trust slowly: this much per point of debt and hour. */
  debtErosion: 0.01,
  /** Heat above this wears the CEO down; below it he recovers. */
  pressureAbove: 60,
  pressureCost: 1,
  rest: 0.5,
  /** Each open post heats things up by this much per point of virality and hour. */
  escalation: 0.3,
};

/** Replying in person costs composure, more so when the brand hangs on him. */
export const replyStrain = (personaDependence: number): number => 1 + personaDependence / 50;

/** Below this composure, the tired CEO needs an extra hour for any reply except an angry one. */
export const TIRED_BELOW = 30;

/** Brand-team replies are possible only once the brand no longer hangs on one person this much. */
export const BRAND_VOICE_UNLOCK = 60;

/** A post left unanswered costs this, scaled by its virality, unless the level says otherwise. */
export const ignoredDefault = (viral: number) => ({ trust: -viral, heat: viral });

/** Chance (0–1) that a marketing account amplifies a new post, which grows with heat. */
export const amplifyChance = (heat: number): number => heat / 250;

/**
 * In a campaign, each chapter starts from its own designed values, shifted by this share of how far the
 * previous chapter moved the hidden values: old habits and old debts come along, but the arc stays.
 */
export const CARRY_SHARE = 0.5;

/** Thresholds that sound the alarm when crossed into. */
export const ALARMS = { trust: { below: 25 }, loyalty: { below: 25 }, heat: { above: 75 } } as const;
