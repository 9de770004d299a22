// What a reply posts must show on its button: a player who picks a label should never find that the reply
// also promised a date, a refund or a free car, scolded the fans, or made it personal. Each rule pairs what
// to look for in the posted text with the words that show it in the label. The authoring guide states them
// ("What the label must show"); the loader warns on a reply that breaks one, and the campaign allows none.
import type { Response } from './schema.ts';

interface LabelRule {
  /** What the reply posts: in the guide's words. */
  what: string;
  inReply: RegExp;
  inLabel: RegExp;
}

const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

const LABEL_RULES: readonly LabelRule[] = [
  {
    what: 'a date or deadline',
    inReply: new RegExp(
      `\\b(today|tonight|tomorrow|this (week|month|weekend)|next (week|month)|${DAY}|within \\d+ (hours|days|weeks)|in \\d+ (hours|days|weeks))\\b`,
      'i',
    ),
    inLabel: new RegExp(
      `\\b(today|tonight|tomorrow|week|month|weekend|${DAY}|now|at once|hours?|days?|weeks?|date|deadline|by)\\b`,
      'i',
    ),
  },
  {
    what: 'a promise or guarantee',
    inReply: /\b(i promise|we promise|promise you|guarantee[sd]?|pledge|you have my word|i swear)\b/i,
    inLabel: /(promis|guarant|pledge|vow|word|swear)/i,
  },
  {
    what: 'a refund, payment or anything free',
    inReply: /\b(refunds?|free|on us|compensat\w*|reimburs\w*|we('ll| will) pay|we pay|vouchers?|discounts?)\b/i,
    inLabel: /\b(refund|free|on us|compensat|reimburs|pay|voucher|discount|gift|cost)/i,
  },
  {
    what: 'a giveaway or a prize',
    inReply: /\b(will sign|signs? one|give ?away|prizes?|wins? a|gets? a k\d)\b/i,
    inLabel: /\b(sign|giveaway|give|prize|win|contest|award)/i,
  },
  {
    what: 'something the founder will do in person',
    inReply: /\b(personally|i('ll| will) call|i('m| am) calling|i('ll| will) (drive|come|visit|meet))\b/i,
    inLabel: /\b(personal|personally|myself|yourself|himself|herself|in person|call|phone|visit|meet|own)/i,
  },
  {
    what: 'a scolding',
    inReply:
      /\b(please stop|stop (the|posting|it|this)|expected better|shame on|grow up|knock it off|not the week to|cut it out|be ashamed)\b/i,
    inLabel: /\b(stop|scold|tell|ask|pause|rebuke|lecture|call out|criticise|warn|halt)/i,
  },
];

/** The rules a reply breaks: what it posts that its label does not show. */
export function labelProblems(r: Pick<Response, 'label' | 'reply'>): string[] {
  if (!r.reply) return [];
  return LABEL_RULES.filter((rule) => rule.inReply.test(r.reply!) && !rule.inLabel.test(r.label)).map(
    (rule) => `the reply posts ${rule.what} ("${r.reply!.match(rule.inReply)![0]}") that its label does not show`,
  );
}
