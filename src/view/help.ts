// The words that explain the screen: the first chapter's tips, and the legend that is one key away.
import { ALARMS, BRAND_VOICE_UNLOCK, HOURLY, TIRED_BELOW } from '../core/rules.ts';
import type { Tip } from '../state/tutorial.ts';

export const TIP_WORDS: Record<Tip, { title: string; text: string }> = {
  meters: {
    title: 'Three meters, top right',
    text: `Public trust (the circle) is the broad public: keep it high. Fan loyalty (the square) is your die-hard fans: keep it up too, but above ${HOURLY.fanPileOnAbove} they pile onto critics and heat things up. Media heat (the triangle) is attention: it makes every change bigger, good or bad. The white mark on each bar is its danger line: trust or fans below ${ALARMS.trust.below}, heat above ${ALARMS.heat.above}.`,
  },
  replies: {
    title: 'Every reply takes time',
    text: 'Each reply shows the hours it takes. While you write it, the clock runs for every other post: the orange bar under a post is the time left to answer it. The order of the replies means nothing; read them.',
  },
  checks: {
    title: 'Check before you answer',
    text: 'Is this criticism fair, or a false attack? The post will not tell you, and a new game may deal a different truth. Check the account behind it (A), look for other coverage (C) or find the original (O): each check takes hours while the other posts spread, and shows what it found under the post. Not every finding settles it.',
  },
  clock: {
    title: 'The live clock',
    text: 'In live pacing a crisis hour passes every few seconds, and posts expire if nobody answers. The first hours run slower while you find your feet. Space pauses at any time.',
  },
  moved: {
    title: 'What moved, and why',
    text: 'The numbers that float up are what your reply did. Between replies the hours move the meters too: unkept promises wear trust away every hour, and posts left open spread and heat things up. The debrief adds it all up.',
  },
  expired: {
    title: 'A post expired',
    text: 'Nobody answered it in time, so it cost trust and added heat. When several posts wait, answer the ones spreading fastest or about to expire, and prefer a quicker reply.',
  },
  legend: {
    title: 'The legend',
    text: 'Press ? (or the ? button) at any time to see what everything on the screen means. That is the end of the tips: good luck.',
  },
};

/** The legend: each thing on the screen and what it means. */
export const LEGEND: readonly { term: string; means: string }[] = [
  {
    term: 'Public trust ●',
    means: `The broad public, beyond the fans. Higher is better. Below ${ALARMS.trust.below} the alarm sounds; near zero the chapter is lost.`,
  },
  {
    term: 'Fan loyalty ■',
    means: `The die-hard fans. Higher is better, but above ${HOURLY.fanPileOnAbove} they pile onto critics and raise heat. Below ${ALARMS.loyalty.below} they start to walk away.`,
  },
  {
    term: 'Media heat ▲',
    means: `Attention. It makes every change to trust and loyalty bigger, and cools by itself each hour. Above ${ALARMS.heat.above} the alarm sounds.`,
  },
  { term: 'The white marks', means: "Each bar's danger line, where its alarm sounds." },
  {
    term: 'Checks (A, C, O)',
    means:
      'Before you answer a post you may check the account behind it, look for other coverage, or find the original. Each takes hours; what it finds shows under the post (a yellow bar). The truth of a post can differ from one game to the next.',
  },
  {
    term: 'Promise debt (hidden)',
    means:
      'Promises not yet kept: it wears trust away every hour and brings back angry posts. Checkable claims pay it off.',
  },
  {
    term: 'Persona dependence (hidden)',
    means: `How much the brand hangs on you: losses of trust hurt more while it is high. At ${BRAND_VOICE_UNLOCK} or below the brand team can answer for you.`,
  },
  {
    term: 'Composure (hidden)',
    means: `Your nerves. Pressure wears it down; below ${TIRED_BELOW} every reply but an angry one takes an extra hour.`,
  },
  {
    term: 'The orange bar under a post',
    means: 'The time left to answer it. When it runs out the post expires, which costs trust and adds heat.',
  },
  { term: 'Red share counts', means: 'A post spreading fast. Shares keep growing while a post stays open.' },
  {
    term: "A reply's hours",
    means: 'How long it takes. The clock runs those hours for every other post while you write.',
  },
  {
    term: 'Lesson codes (L1–L12)',
    means:
      'The lessons of the case, named in the debrief. "The case" in the title menu explains each. A scenario written by a trainer may bring lessons of its own, under codes of its own.',
  },
];
