// The endless storm: posts from every chapter of the campaign, dealt by seed, one wave after another,
// for replay value. Built as an ordinary level, so the engine, the saves and the views need nothing new. What
// it is made of besides the posts (its words, endings, start and waves) is data (data/storm.yaml), passed in.
import type { Condition, Level, Post } from '../content/schema.ts';
import type { Storm } from '../content/storm.ts';
import { storyChapter } from './story.ts';
import { Dice, seedState } from './rng.ts';

export const STORM_ID = 'endless-storm';

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
 * Deals the storm for a seed from the campaign's chapters (bonus chapters keep their own persona), `waves`
 * times (the storm's own number by default). `waves: 0` gives just its title and briefing, for the briefing screen.
 */
export function buildStorm(chapters: readonly Level[], storm: Storm, seed: number, waves = storm.waves): Level {
  const dice = new Dice(seedState(seed ^ 0x2c1b3c6d));
  const story = chapters.filter(storyChapter);
  const posts: Post[] = [];
  let hour = 0;
  for (let wave = 1; wave <= waves; wave++) {
    // Hours between two dealt posts: every third wave deals faster, down to one an hour.
    const gap = Math.max(1, storm.firstGap - Math.floor(wave / 3));
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
    number: storm.number,
    title: storm.title,
    persona: first.persona,
    bonus: false,
    source: 'storm',
    // The posts keep their lesson codes, so the lessons of every chapter come along.
    lessons: Object.assign({}, ...story.map((l) => l.lessons)),
    briefing: storm.briefing,
    hours: hour + storm.hoursAfter,
    start: storm.start,
    questions: storm.questions,
    endings: storm.endings,
    posts,
  };
}

/** Finds a chapter by id among these chapters, or the endless storm dealt from them for the seed. */
export const chapterResolver =
  (chapters: readonly Level[], storm: Storm) =>
  (id: string, seed: number): Level | undefined =>
    id === STORM_ID ? buildStorm(chapters, storm, seed) : chapters.find((l) => l.id === id);
