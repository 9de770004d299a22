// What the judgement check's results say, in words the player and a teacher both read at a glance (in the
// player's language), and the same results as data for the exports.
import type { JudgementBank } from '../content/judgement-check.ts';
import { itemsOf } from '../content/judgement-items.ts';
import { type JudgementScores, MAX_DISCERNMENT, meanOf, scoreJudgement } from '../content/judgement-scores.ts';
import { t } from '../i18n/i18n.ts';
import { JUDGEMENT_POINTS, type JudgementPoint } from '../state/judgement-points.ts';
import type { JudgementTaken, Progress } from '../state/progress.ts';
import { teamJudgementScores, type Workshop } from '../state/workshop.ts';

/** A point in time's name: "Before the campaign". */
export const pointName = (point: JudgementPoint) => t(`judgement.points.name.${point}`);

/** The same inside a sentence: "before the campaign". */
export const pointInline = (point: JudgementPoint) => t(`judgement.points.inline.${point}`);

/** The same, short enough for a chart's column. */
export const pointShort = (point: JudgementPoint) => t(`judgement.points.short.${point}`);

/** The title menu's button for a later judgement check (the tests find it by its English name). */
export const laterJudgementButtons = () => ({
  week: t('judgement.points.later.week'),
  month: t('judgement.points.later.month'),
});

/** A score to one decimal with its sign: "+1.5", "−0.3", "0.0". */
export const signedTenth = (x: number) => {
  const r = Math.round(x * 10) / 10;
  return r === 0 ? '0.0' : r > 0 ? `+${r.toFixed(1)}` : `−${(-r).toFixed(1)}`;
};

export const discernmentMeans = () => t('judgement.scores.discernmentMeans', { max: MAX_DISCERNMENT });

const times = (count: number) =>
  count === 1
    ? t('judgement.scores.once')
    : count === 2
      ? t('judgement.scores.twice')
      : t('judgement.scores.times', { count });

/** A point's scores in words: discernment, best replies, and how sure against how right. */
export function scoreLines(s: JudgementScores): string[] {
  const parts = [
    s.sure.of && t('judgement.scores.sure', { times: times(s.sure.of), right: s.sure.right }),
    s.leaning.of && t('judgement.scores.leaning', { times: times(s.leaning.of), right: s.leaning.right }),
    s.undecided && t('judgement.scores.undecided', { times: times(s.undecided) }),
  ].filter(Boolean);
  return [
    t('judgement.scores.discernment', {
      value: signedTenth(s.discernment),
      right: s.bestReplies.right,
      total: s.bestReplies.of,
    }),
    t('judgement.scores.sureAgainstRight', { parts: parts.join(t('judgement.scores.partSeparator')) }),
  ];
}

/** The points taken, in order, with their scores. */
export function takenPoints(bank: JudgementBank, judgement: Progress['judgement']) {
  return JUDGEMENT_POINTS.flatMap((point) => {
    const taken = judgement[point];
    const scores = taken && scoreJudgement(itemsOf(bank, taken.set), taken.answers);
    return taken && scores ? [{ point, taken, scores }] : [];
  });
}

type Scored = Pick<JudgementScores, 'discernment' | 'bestReplies'> & { point: JudgementPoint };

/** What moved between the first point and the last: discernment and best replies. */
export function shiftLine(first: Scored, last: Scored): string {
  const shift = last.discernment - first.discernment;
  const key = Math.abs(shift) < 0.5 ? 'same' : shift > 0 ? 'up' : 'down';
  return t(`judgement.scores.${key}`, {
    point: pointName(last.point),
    since: pointInline(first.point),
    amount: Math.abs(shift).toFixed(1),
    right: last.bestReplies.right,
    total: last.bestReplies.of,
    firstRight: first.bestReplies.right,
    firstTotal: first.bestReplies.of,
  });
}

/** The judgement check as data for the debrief's JSON: each point taken, with its date, set and scores. */
export function judgementReport(bank: JudgementBank, judgement: Progress['judgement']) {
  return takenPoints(bank, judgement).map(({ point, taken, scores }) => reportOf(point, taken, scores));
}

export type JudgementReport = ReturnType<typeof judgementReport>;

const reportOf = (point: JudgementPoint, taken: JudgementTaken, s: JudgementScores) => ({
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
 * A room's judgement check at one point, without names: each scored team's discernment and best replies (sorted by
 * discernment, so that no row points to a team), the mean, and the best replies in all.
 */
export function roomSummary(scores: readonly (JudgementScores | null)[]) {
  const teams = scores
    .filter((x): x is JudgementScores => x !== null)
    .map((x) => ({ discernment: Math.round(x.discernment * 100) / 100, bestReplies: x.bestReplies }))
    .sort((a, b) => a.discernment - b.discernment);
  const bestReplies = teams.reduce((a, x) => ({ right: a.right + x.bestReplies.right, of: a.of + x.bestReplies.of }), {
    right: 0,
    of: 0,
  });
  return { teams, mean: meanOf(teams.map((t) => t.discernment)), bestReplies };
}
export type RoomSummary = ReturnType<typeof roomSummary>;

/** A room's judgement check at one point in words. */
export function roomLines(r: RoomSummary): string[] {
  if (r.mean === null) return [t('judgement.room.noScore')];
  return [
    t('judgement.room.average', {
      mean: signedTenth(r.mean),
      count: r.teams.length,
      right: r.bestReplies.right,
      total: r.bestReplies.of,
    }),
    t('judgement.room.eachTeam', {
      scores: r.teams.map((x) => signedTenth(x.discernment)).join(t('judgement.scores.listSeparator')),
    }),
  ];
}

/** The room's judgement check at each point taken, for its debrief, the projector and the exports. */
export function roomJudgementReport(bank: JudgementBank, w: Pick<Workshop, 'judgement' | 'teams'>) {
  return (['before', 'after'] as const).flatMap((point) => {
    const taken = w.judgement?.[point];
    return taken ? [{ point, set: taken.set, ...roomSummary(teamJudgementScores(bank, taken, w.teams.length)) }] : [];
  });
}
export type RoomJudgementReport = ReturnType<typeof roomJudgementReport>;
