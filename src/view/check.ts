// What the judgement check's result says, in words the player and a teacher both read at a glance.

const fixed = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
const signed = (x: number) => (x > 0 ? `+${fixed(x)}` : x < 0 ? `−${fixed(-x)}` : fixed(0));

/** The score before (and after), and the shift; scores run from −6 to 6: good rated minus poor rated. */
export function checkResultLines(before: number, after?: number | false): string[] {
  const meaning =
    'The score is how much higher you rated the good replies than the poor ones, on average: 0 means you rated them alike, 6 is the most.';
  if (after === undefined || after === false) {
    return [
      `Your score before the campaign: ${signed(before)}.`,
      meaning,
      'After the last chapter you rate eight other replies, and the shift shows here and in the debrief.',
    ];
  }
  const shift = after - before;
  const moved =
    Math.abs(shift) < 0.5
      ? 'About the same as before.'
      : shift > 0
        ? 'You told good practice from poor more sharply than before.'
        : 'You told good practice from poor less sharply than before.';
  return [
    `Before the campaign: ${signed(before)}. After it: ${signed(after)}. Shift: ${signed(shift)}.`,
    moved,
    meaning,
  ];
}
