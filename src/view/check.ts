// What the judgement check's results say, in words the player and a teacher both read at a glance, and the
// same results as data for the exports.
import { itemsOf, type JudgementCheck } from '../content/judgement-check.ts';
import { type CheckScores, MAX_DISCERNMENT, meanOf, type RightOf, scoreCheck } from '../content/judgement-scores.ts';
import { CHECK_POINTS, type CheckPoint } from '../state/check-points.ts';
import type { CheckTaken, Progress } from '../state/progress.ts';
import { teamCheckScores, type Workshop } from '../state/workshop.ts';

export const POINT_NAMES: Record<CheckPoint, string> = {
  before: 'Before the campaign',
  after: 'After the campaign',
  week: 'A week later',
  month: 'A month later',
};

/** The same, short enough for a chart's column. */
export const POINT_SHORT: Record<CheckPoint, string> = {
  before: 'Before',
  after: 'After',
  week: '1 week',
  month: '1 month',
};

/** The title menu's button for a later check (the tests find it by this name). */
export const LATER_CHECK_BUTTONS = { week: 'One-week check', month: 'One-month check' } as const;

/** A score to one decimal with its sign: "+1.5", "−0.3", "0.0". */
export const signedTenth = (x: number) => {
  const t = Math.round(x * 10) / 10;
  return t === 0 ? '0.0' : t > 0 ? `+${t.toFixed(1)}` : `−${(-t).toFixed(1)}`;
};
const of = (r: RightOf) => `${r.right} of ${r.of}`;

export const DISCERNMENT_MEANS = `Discernment is how much more likely you rated the fair criticisms than the false ones, on average: 0 means you rated them alike, ${MAX_DISCERNMENT} is the most.`;

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** A point's scores in words: discernment, best replies, and how sure against how right. */
export function scoreLines(s: CheckScores): string[] {
  const parts = [
    s.sure.of && `sure (1, 2, 6 or 7) ${times(s.sure.of)}, right in ${s.sure.right}`,
    s.leaning.of && `leaning (3 or 5) ${times(s.leaning.of)}, right in ${s.leaning.right}`,
    s.undecided && `undecided (4) ${times(s.undecided)}`,
  ].filter(Boolean);
  return [
    `Discernment ${signedTenth(s.discernment)}; the best reply in ${of(s.bestReplies)} posts.`,
    `How sure you were against how right: ${parts.join('; ')}.`,
  ];
}

/** The points taken, in order, with their scores. */
export function takenPoints(bank: JudgementCheck, check: Progress['check']) {
  return CHECK_POINTS.flatMap((point) => {
    const taken = check[point];
    const scores = taken && scoreCheck(itemsOf(bank, taken.set), taken.answers);
    return taken && scores ? [{ point, taken, scores }] : [];
  });
}

type Scored = Pick<CheckScores, 'discernment' | 'bestReplies'> & { point: CheckPoint };

/** What moved between the first point and the last: discernment and best replies. */
export function shiftLine(first: Scored, last: Scored): string {
  const shift = last.discernment - first.discernment;
  const since = POINT_NAMES[first.point].toLowerCase();
  const moved =
    Math.abs(shift) < 0.5
      ? `about the same discernment as ${since}`
      : `discernment ${shift > 0 ? 'up' : 'down'} ${Math.abs(shift).toFixed(1)} from ${since}`;
  return `${POINT_NAMES[last.point]}: ${moved}, and the best reply in ${of(last.bestReplies)} answers against ${of(first.bestReplies)}.`;
}

/** The check as data for the debrief's JSON: each point taken, with its date, set and scores. */
export function checkReport(bank: JudgementCheck, check: Progress['check']) {
  return takenPoints(bank, check).map(({ point, taken, scores }) => reportOf(point, taken, scores));
}

export type CheckReport = ReturnType<typeof checkReport>;

const reportOf = (point: CheckPoint, taken: CheckTaken, s: CheckScores) => ({
  point,
  date: new Date(taken.at).toISOString(),
  set: taken.set,
  discernment: Math.round(s.discernment * 100) / 100,
  bestReplies: s.bestReplies,
  sure: s.sure,
  leaning: s.leaning,
  undecided: s.undecided,
});

/**
 * A room's check at one point, without names: each scored team's discernment and best replies (sorted by
 * discernment, so that no row points to a team), the mean, and the best replies in all.
 */
export function roomSummary(scores: readonly (CheckScores | null)[]) {
  const teams = scores
    .filter((x): x is CheckScores => x !== null)
    .map((x) => ({ discernment: Math.round(x.discernment * 100) / 100, bestReplies: x.bestReplies }))
    .sort((a, b) => a.discernment - b.discernment);
  const bestReplies = teams.reduce((a, x) => ({ right: a.right + x.bestReplies.right, of: a.of + x.bestReplies.of }), {
    right: 0,
    of: 0,
  });
  return { teams, mean: meanOf(teams.map((t) => t.discernment)), bestReplies };
}
export type RoomSummary = ReturnType<typeof roomSummary>;

/** A room's check at one point in words. */
export function roomLines(r: RoomSummary): string[] {
  if (r.mean === null) return ['No team answered enough to be scored.'];
  const n = r.teams.length;
  return [
    `Discernment ${signedTenth(r.mean)} on average (${n} ${n === 1 ? 'team' : 'teams'}); the best reply in ${of(r.bestReplies)} answers.`,
    `Each team's discernment, lowest to highest, without names: ${r.teams.map((t) => signedTenth(t.discernment)).join(', ')}.`,
  ];
}

/** The room's check at each point taken, for its debrief, the projector and the exports. */
export function roomCheckReport(bank: JudgementCheck, w: Pick<Workshop, 'check' | 'teams'>) {
  return (['before', 'after'] as const).flatMap((point) => {
    const taken = w.check?.[point];
    return taken ? [{ point, set: taken.set, ...roomSummary(teamCheckScores(bank, taken, w.teams.length)) }] : [];
  });
}
export type RoomCheckReport = ReturnType<typeof roomCheckReport>;
