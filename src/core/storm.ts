// The endless storm: posts from every chapter of the campaign, dealt by seed, one wave after another,
// for replay value. Built as an ordinary level, so the engine, the saves and the views need nothing new.
import type { Condition, Ending, Level, Post } from '../content/schema.ts';
import { storyChapter } from './story.ts';
import { Dice, seedState } from './rng.ts';

export const STORM_ID = 'endless-storm';
/** Hours between two dealt posts; each wave deals faster, down to one an hour. */
const FIRST_GAP = 3;
const WAVES = 12;

/** A post of chapter `c` in wave `w` gets an id of its own: "fine-print--poster-w2". */
const idIn = (chapter: string, wave: number) => (id: string) => `${chapter}--${id}-w${wave}`;

function renameCondition(c: Condition, rename: (id: string) => string): Condition {
  return {
    ...c,
    ...(c.flag && { flag: rename(c.flag) }),
    ...(c.notFlag && { notFlag: rename(c.notFlag) }),
    ...(c.chose && { chose: c.chose.split('.').map(rename).join('.') }),
    ...(c.all && { all: c.all.map((x) => renameCondition(x, rename)) }),
    ...(c.any && { any: c.any.map((x) => renameCondition(x, rename)) }),
    ...(c.not && { not: renameCondition(c.not, rename) }),
  };
}

/** A chapter's post, renamed into a wave; its flags and follow-ups stay within that copy. */
function copyPost(p: Post, rename: (id: string) => string, at: number | undefined): Post {
  const cond = (c?: Condition) => c && renameCondition(c, rename);
  const ignored = (i: Post['ignored']) => i && { ...i, sets: i.sets.map(rename) };
  return {
    ...p,
    id: rename(p.id),
    at,
    when: cond(p.when),
    ignored: ignored(p.ignored),
    variants: p.variants.map((v) => ({
      ...v,
      ignored: ignored(v.ignored),
      replies: Object.fromEntries(
        Object.entries(v.replies).map(([id, o]) => [
          id,
          {
            ...o,
            ...(o.sets && { sets: o.sets.map(rename) }),
            ...(o.clears && { clears: o.clears.map(rename) }),
            ...(o.followups && { followups: o.followups.map((f) => ({ ...f, post: rename(f.post) })) }),
          },
        ]),
      ),
    })),
    responses: p.responses.map((r) => ({
      ...r,
      sets: r.sets.map(rename),
      clears: r.clears.map(rename),
      followups: r.followups.map((f) => ({ ...f, post: rename(f.post) })),
      requires: cond(r.requires),
    })),
  };
}

/**
 * The storm's own words: its title, briefing and questions, and its endings' titles and texts. Core knows
 * no language, so they come in as data, the way a chapter's words come in its level: the game passes them
 * in the player's language (src/state/storm.ts, from the interface's strings). The tools, the room server
 * and the tests, which never show them, may leave them out: the storm then carries its ids for words.
 */
export interface StormTexts {
  title: string;
  briefing: string;
  questions: readonly string[];
  endings: Record<StormEnding, { title: string; text: string }>;
}

export const STORM_ENDING_IDS = [
  'meltdown',
  'trust-bankrupt',
  'fans-walk-away',
  'verified-brand',
  'quiet-survival',
] as const;
export type StormEnding = (typeof STORM_ENDING_IDS)[number];

const STORM_ENDINGS: (Omit<Ending, 'title' | 'text'> & { id: StormEnding })[] = [
  {
    id: 'meltdown',
    good: false,
    check: 'anytime',
    when: {
      all: [
        { value: 'heat', atLeast: 90 },
        { value: 'composure', atMost: 20 },
      ],
    },
  },
  { id: 'trust-bankrupt', good: false, check: 'anytime', when: { value: 'trust', atMost: 10 } },
  { id: 'fans-walk-away', good: false, check: 'anytime', when: { value: 'loyalty', atMost: 10 } },
  {
    id: 'verified-brand',
    good: true,
    check: 'end',
    when: {
      all: [
        { value: 'trust', atLeast: 55 },
        { value: 'personaDependence', atMost: 55 },
      ],
    },
  },
  { id: 'quiet-survival', good: false, check: 'end' },
];

/** The words of a storm nobody reads: its ids. */
const UNWORDED: StormTexts = {
  title: STORM_ID,
  briefing: STORM_ID,
  questions: [],
  endings: Object.fromEntries(STORM_ENDING_IDS.map((id) => [id, { title: id, text: id }])) as StormTexts['endings'],
};

/**
 * Deals the storm for a seed from the campaign's chapters (bonus chapters keep their own persona).
 * `waves: 0` gives just its title and briefing, for the briefing screen.
 */
export function buildStorm(
  chapters: readonly Level[],
  seed: number,
  waves = WAVES,
  texts: StormTexts = UNWORDED,
): Level {
  const dice = new Dice(seedState(seed ^ 0x2c1b3c6d));
  const story = chapters.filter(storyChapter);
  const posts: Post[] = [];
  let hour = 0;
  for (let wave = 1; wave <= waves; wave++) {
    const gap = Math.max(1, FIRST_GAP - Math.floor(wave / 3));
    const deck = story.flatMap((l) => l.posts.filter((p) => p.at !== undefined).map((p) => ({ l, p })));
    // Fisher–Yates with the seeded dice.
    for (let i = deck.length - 1; i > 0; i--) {
      const j = dice.int(0, i);
      [deck[i], deck[j]] = [deck[j]!, deck[i]!];
    }
    for (const { l, p } of deck) {
      posts.push(copyPost(p, idIn(l.id, wave), hour));
      hour += gap;
    }
    // Follow-up-only posts of every chapter ride along in each wave, waiting to be called.
    for (const l of story)
      for (const p of l.posts) if (p.at === undefined) posts.push(copyPost(p, idIn(l.id, wave), undefined));
  }
  const first = story[0]!;
  return {
    id: STORM_ID,
    number: 99,
    title: texts.title,
    persona: first.persona,
    bonus: false,
    source: 'storm',
    // The posts keep their lesson codes, so the lessons of every chapter come along.
    lessons: Object.assign({}, ...story.map((l) => l.lessons)),
    briefing: texts.briefing,
    hours: hour + 12,
    start: { trust: 60, loyalty: 60, heat: 30, promiseDebt: 30, personaDependence: 70, composure: 80 },
    questions: [...texts.questions],
    endings: STORM_ENDINGS.map((e) => ({ ...e, ...texts.endings[e.id] })),
    posts,
  };
}

/**
 * Finds a chapter by id among these chapters, the endless storm dealt from the seed (in the words `texts`
 * gives, asked for when a storm is dealt; by default its ids, for tools that show no words).
 */
export const chapterResolver =
  (chapters: readonly Level[], texts?: () => StormTexts) =>
  (id: string, seed: number): Level | undefined =>
    id === STORM_ID ? buildStorm(chapters, seed, WAVES, texts?.()) : chapters.find((l) => l.id === id);
