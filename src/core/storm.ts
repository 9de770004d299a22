// The endless storm: posts from every chapter of the campaign, dealt by seed, one wave after another,
// for replay value. Built as an ordinary level, so the engine, the saves and the views need nothing new.
import type { Condition, Ending, Level, Post } from '../content/schema.ts';
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

const STORM_ENDINGS: Ending[] = [
  {
    id: 'meltdown',
    title: 'Meltdown',
    good: false,
    check: 'anytime',
    text: 'The storm found the one thing it wanted: the founder losing his temper on camera.',
    when: {
      all: [
        { value: 'heat', atLeast: 90 },
        { value: 'composure', atMost: 20 },
      ],
    },
  },
  {
    id: 'trust-bankrupt',
    title: 'Trust bankrupt',
    good: false,
    check: 'anytime',
    text: 'Wave after wave wore the public down until nothing Kestrel said was believed.',
    when: { value: 'trust', atMost: 10 },
  },
  {
    id: 'fans-walk-away',
    title: 'Fans walk away',
    good: false,
    check: 'anytime',
    text: 'Even the Orange Army stopped answering for you.',
    when: { value: 'loyalty', atMost: 10 },
  },
  {
    id: 'verified-brand',
    title: 'Verified brand',
    good: true,
    check: 'end',
    text: 'You rode out every wave with claims people could check, and the brand stands without you holding it up.',
    when: {
      all: [
        { value: 'trust', atLeast: 55 },
        { value: 'personaDependence', atMost: 55 },
      ],
    },
  },
  {
    id: 'quiet-survival',
    title: 'Quiet survival',
    good: false,
    check: 'end',
    text: 'The storm passed. You are still standing, and so is every doubt it raised.',
  },
];

/**
 * Deals the storm for a seed from the campaign's chapters (bonus chapters keep their own persona).
 * `waves: 0` gives just its title and briefing, for the briefing screen.
 */
export function buildStorm(chapters: readonly Level[], seed: number, waves = WAVES): Level {
  const dice = new Dice(seedState(seed ^ 0x2c1b3c6d));
  const source = chapters.filter((l) => !l.bonus);
  const posts: Post[] = [];
  let hour = 0;
  for (let wave = 1; wave <= waves; wave++) {
    const gap = Math.max(1, FIRST_GAP - Math.floor(wave / 3));
    const deck = source.flatMap((l) => l.posts.filter((p) => p.at !== undefined).map((p) => ({ l, p })));
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
    for (const l of source)
      for (const p of l.posts) if (p.at === undefined) posts.push(copyPost(p, idIn(l.id, wave), undefined));
  }
  const first = source[0]!;
  return {
    id: STORM_ID,
    number: 99,
    title: 'Endless storm',
    persona: first.persona,
    bonus: true,
    // The posts keep their lesson codes, so the lessons of every chapter come along.
    lessons: Object.assign({}, ...source.map((l) => l.lessons)),
    briefing:
      'Every crisis at once, dealt in a new order each time, faster with every wave. Last as long as you can; finish with trust standing and a brand that does not hang on you.',
    hours: hour + 12,
    start: { trust: 60, loyalty: 60, heat: 30, promiseDebt: 30, personaDependence: 70, composure: 80 },
    questions: [
      'Which kind of post did you learn to answer first, and why?',
      'When the posts came faster than you could answer, what did you let go, and what did that cost?',
      'Which reply worked in one chapter but backfired in another?',
    ],
    endings: STORM_ENDINGS,
    posts,
  };
}

/** Finds a chapter by id among these chapters, the endless storm dealt from the seed. */
export const chapterResolver =
  (chapters: readonly Level[]) =>
  (id: string, seed: number): Level | undefined =>
    id === STORM_ID ? buildStorm(chapters, seed) : chapters.find((l) => l.id === id);
