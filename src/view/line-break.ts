// Where the canvas breaks a line, in English and in Chinese. English breaks at spaces; Chinese has none and
// breaks between any two characters, but keeps the punctuation rules: no line starts with a closing mark
// (，。！？）》” and the like) and none ends with an opening one (（《“ and the like). A word of Latin letters
// or digits inside Chinese ("K7", "2014") stays whole. Only a word wider than the line is cut, by characters.

/** Marks that never start a line: they stay with what comes before. */
const CLOSING = new Set('，。、；：？！）］｝〕〉》」』】〗”’…—～·％,.;:?!)]}%»›');
/** Marks that never end a line: they stay with what comes after. */
const OPENING = new Set('（［｛〔〈《「『【〖“‘([{«‹');
/**
 * Characters a line may break before and after: Chinese, Japanese and Korean scripts, their punctuation,
 * and the curly quotes, dashes and ellipsis that Chinese text uses.
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef‘’“”…—]/u;
/** Whether a character goes on the word before it: Latin letters and digits run on, as does an apostrophe's word. */
const runsOn = (ch: string, last: string) => !WIDE.test(ch) && (!WIDE.test(last) || last === '’');

/**
 * The pieces a line is built from, each one that no break may split: a Chinese character, or a run of
 * other characters between spaces and Chinese ones, with the marks that must stay next to them attached.
 * `space` says whether a space came before it (kept between pieces on a line, dropped at a break).
 */
function pieces(paragraph: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  let space = false;
  let glue = false; // the last piece ended with an opening mark: the next one joins it
  for (const ch of paragraph) {
    if (ch === ' ' || ch === '\t') {
      space = out.length > 0;
      continue;
    }
    const last = out[out.length - 1];
    // A mark stays with its neighbour even across a space (which is kept inside the piece).
    const joins = last !== undefined && (glue || CLOSING.has(ch) || (!space && runsOn(ch, last.text.slice(-1))));
    if (joins) last.text += (space ? ' ' : '') + ch;
    else out.push({ text: ch, space });
    space = false;
    glue = OPENING.has(ch);
  }
  return out;
}

/** A piece wider than the line, cut into runs of characters that each fit (the marks' rules still hold). */
function cut(text: string, width: number, measure: (s: string) => number): string[] {
  const runs: string[] = [];
  let run = '';
  for (const ch of text) {
    if (run && measure(run + ch) > width && !CLOSING.has(ch) && !OPENING.has(run.slice(-1))) {
      runs.push(run);
      run = '';
    }
    run += ch;
  }
  return run ? [...runs, run] : runs;
}

/** The text's lines at a width, as `measure` (the canvas's own) sizes text. Newlines are kept as breaks. */
export function breakLines(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const piece of pieces(paragraph)) {
      const joined = piece.space ? `${line} ${piece.text}` : line + piece.text;
      if (line && measure(joined) <= width) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      // A piece wider than a whole line is cut; the line goes on from its last run.
      const runs = measure(piece.text) > width ? cut(piece.text, width, measure) : [piece.text];
      lines.push(...runs.slice(0, -1));
      line = runs[runs.length - 1]!;
    }
    lines.push(line);
  }
  return lines;
}
