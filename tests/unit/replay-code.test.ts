// Replay codes: every chapter's game comes back from its code with the same numbers, the code stays short,
// and whatever is wrong with a code is said in plain words.
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';
import { loadAllLevels, readStorm } from '../../src/data-files/load.ts';
import type { Level } from '../../src/content/schema.ts';
import { carryFrom, play } from '../../src/core/engine.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { Dice, seedState } from '../../src/core/rng.ts';
import type { Action, Carry, Pacing } from '../../src/core/state.ts';
import { buildStorm } from '../../src/core/storm.ts';
import { crc32, fromBase64Url, toBase64Url } from '../../src/state/bits.ts';
import {
  decodeReplay,
  encodeReplay,
  REPLAY_VERSION,
  type ReplaySession,
  replayFromCode,
} from '../../src/state/replay-code.ts';

const chapters = loadAllLevels().sort((a, b) => a.number - b.number);
// A reader who checks before answering, so that the logs hold checks as well as replies.
const careful = policyNamed('checks-in-doubt')!;

/**
 * A chapter played by a careful reader who checks when in doubt; in live pacing the clock ticks between replies, now and then by
 * several hours at once, and the pacing is switched once, so that every kind of action is in the log.
 */
function played(level: Level, seed: number, pacing: Pacing, carry?: Carry): ReplaySession {
  const dice = new Dice(seedState(seed));
  const game = play(level, { seed, pacing, carry });
  const actions: Action[] = [];
  const act = (a: Action) => {
    actions.push(a);
    game.act(a);
  };
  while (!game.state.ending) {
    if (pacing === 'live') {
      const ticks = dice.int(0, 3);
      for (let i = 0; i < ticks && !game.state.ending; i++) act({ type: 'tick', hours: dice.int(0, 4) ? 1 : 2 });
      if (actions.length > 6 && !actions.some((a) => a.type === 'pacing')) act({ type: 'pacing', pacing: 'turn' });
    }
    if (!game.state.ending) act(careful.choose(level, game.state, dice));
  }
  return { level: level.id, seed, pacing, ...(carry && { carry }), actions };
}

const codeOf = (level: Level, session: ReplaySession) => encodeReplay(level, session);

describe('replay codes', () => {
  it('bring back every chapter of a campaign played through, carry-over and all, with the same numbers', () => {
    let carry: Carry | undefined;
    for (const level of chapters) {
      for (const pacing of ['turn', 'live'] as const) {
        const session = played(level, 7_000 + level.number, pacing, level.bonus ? undefined : carry);
        const code = codeOf(level, session);
        expect(code).toMatch(/^B[A-Za-z0-9_-]+$/);
        const back = replayFromCode(code, chapters);
        if ('error' in back) throw new Error(`${level.id}: ${back.error}`);
        expect(back.level.id).toBe(level.id);
        expect(back.session).toEqual(session);
        const direct = play(level, session);
        for (const a of session.actions) direct.act(a);
        expect(back.game).toEqual(direct.result());
        if (pacing === 'turn' && !level.bonus) carry = carryFrom(level, back.game.values);
      }
    }
    expect(carry).toBeDefined();
  });

  it('bring back an endless storm, which is dealt from its seed', () => {
    const storm = buildStorm(chapters, readStorm(), 424_242);
    const session = played(storm, 424_242, 'turn');
    const back = replayFromCode(codeOf(storm, session), chapters, readStorm());
    if ('error' in back) throw new Error(back.error);
    expect(back.session).toEqual(session);
    expect(back.game.ending).toBeTruthy();
  });

  it('keep a carry-over that is not in hundredths, and negative and large seeds', () => {
    const level = chapters[1]!;
    const session = { ...played(level, 3, 'turn'), carry: { promiseDebt: 1 / 3, composure: -2.5 } };
    for (const seed of [-123_456, 2 ** 32 - 1, 0]) {
      const s = { ...session, seed };
      const decoded = decodeReplay(codeOf(level, s), chapters);
      expect(decoded).toEqual({ level, session: s });
    }
  });

  it('stay short: a full first chapter in under 60 characters turn by turn', () => {
    const lengths = chapters.map((level) => {
      const turn = codeOf(level, played(level, 99, 'turn', { promiseDebt: -6.5, composure: 3.25 }));
      const live = codeOf(level, played(level, 99, 'live'));
      return { id: level.id, turn: turn.length, live: live.length };
    });
    console.log(lengths.map((l) => `${l.id}: ${l.turn} turn, ${l.live} live`).join('\n'));
    expect(codeOf(chapters[0]!, played(chapters[0]!, 99, 'turn')).length).toBeLessThan(60);
    for (const l of lengths) expect(l.turn).toBeLessThan(100);
  });

  it('also open from a whole link pasted in place of the code', () => {
    const level = chapters[0]!;
    const session = played(level, 5, 'turn');
    const code = codeOf(level, session);
    expect(decodeReplay(`https://example.org/hot-seat/?replay=${code}#x`, chapters)).toEqual({ level, session });
    expect(decodeReplay(`  ${code}\n`, chapters)).toEqual({ level, session });
  });
});

describe('a replay code that cannot be used', () => {
  const level = chapters[0]!;
  const code = codeOf(level, played(level, 11, 'turn'));
  const error = (text: string) => {
    const r = replayFromCode(text, chapters);
    return 'error' in r ? r.error : null;
  };
  /** A code of the same body under another version letter, its checksum made right. */
  const reversioned = (letter: string) => {
    const bytes = fromBase64Url(code.slice(1))!.subarray(0, -4);
    const sum = crc32(Uint8Array.from([letter.charCodeAt(0), ...bytes]));
    return (
      letter + toBase64Url(Uint8Array.from([...bytes, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255]))
    );
  };

  it('is damaged: any one character changed', () => {
    for (let i = 1; i < code.length; i++) {
      const c = code[i] === 'x' ? 'y' : 'x';
      expect(error(code.slice(0, i) + c + code.slice(i + 1)), `character ${i}`).toMatch(
        /^This replay code is damaged: /,
      );
    }
  });

  it('is damaged: cut short at any length, or with more added', () => {
    for (let n = 2; n < code.length; n++) {
      expect(error(code.slice(0, n)), `cut to ${n}`).toMatch(/^This replay code is damaged: /);
    }
    expect(error(`${code}AAAA`)).toMatch(/^This replay code is damaged: /);
  });

  it('is not a replay code at all', () => {
    for (const foreign of ['garbage', 'hello world', 'https://example.org/', '{"seed":1}', '🙂', '0A0A']) {
      expect(error(foreign), foreign).toMatch(/^This is not a Hot Seat replay code/);
    }
    expect(error('Garbage')).toMatch(/^This replay code is damaged: /);
    expect(error('')).toBe('This replay code is empty.');
    expect(error('A')).toMatch(/^This replay code is damaged: /);
  });

  it('is from a newer version of Hot Seat', () => {
    expect(REPLAY_VERSION).toBe('B');
    expect(error(reversioned('C'))).toBe(
      'This replay code is from a newer version of Hot Seat. Open it in the latest version of the game.',
    );
  });

  it('names a chapter this game does not have, or another version of one it has', () => {
    const elsewhere = { ...level, number: 42 };
    const foreign = encodeReplay(elsewhere, played(elsewhere, 11, 'turn'));
    expect(error(foreign)).toBe('This replay code names a chapter this game does not have.');
    const changed = { ...level, posts: level.posts.map((p, i) => (i === 0 ? { ...p, id: 'renamed' } : p)) };
    const session = played(level, 11, 'turn');
    const renamed = encodeReplay(changed, {
      ...session,
      actions: session.actions.map((a) =>
        a.type === 'reply' && a.post === level.posts[0]!.id ? { ...a, post: 'renamed' } : a,
      ),
    });
    expect(error(renamed)).toMatch(/^This replay code was made with another version of “The breakfast era”/);
  });

  it('holds a game that does not fit, or that had not ended', () => {
    const session = played(level, 11, 'turn');
    const reply = session.actions.find((a) => a.type === 'reply')!;
    expect(error(encodeReplay(level, { ...session, actions: [reply, reply] }))).toMatch(
      /^This replay code does not fit/,
    );
    expect(error(encodeReplay(level, { ...session, actions: session.actions.slice(0, 2) }))).toMatch(/had not ended/);
  });
});

describe('npm run simulate -- --replay', () => {
  const level = chapters[2]!;
  const code = codeOf(level, played(level, 31, 'live', { promiseDebt: 4.5 }));
  const run = (...args: string[]) => runTool('simulate', args);

  it('prints the final meters and the ending as JSON, as the debrief shows them', () => {
    const r = run('--replay', code, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const back = replayFromCode(code, chapters);
    if ('error' in back) throw new Error(back.error);
    const { trust, loyalty, heat } = back.game.values;
    expect(r.stdout).toBe(
      `{"final":{"trust":${Math.round(trust)},"loyalty":${Math.round(loyalty)},"heat":${Math.round(heat)}},"ending":"${back.game.ending}"}\n`,
    );
  });

  it('says it in words without --json, and refuses a damaged code with exit code 2', () => {
    const words = run('--replay', code);
    expect(words.status).toBe(0);
    expect(words.stdout).toMatch(
      /^Chapter 3\. The fine print, seed 31, live clock: \d+ replies over \d+ hours\.\nEnding: /,
    );
    const bad = run('--replay', `${code.slice(0, -3)}xyz`, '--json');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^This replay code is damaged: /);
  });
});
