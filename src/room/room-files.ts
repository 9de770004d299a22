// The open rooms on disk, one JSON file each, so that a restarted server takes its rooms back. A room's file
// is written shortly after it changes (a burst of votes is one write) and deleted when the room closes, so
// nothing about its phones outlives it. A file that cannot be read is named in the log and left alone.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { NICK_MAX } from '../state/room-limits.ts';
import { MAX_TEAMS, WorkshopSchema } from '../state/workshop.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import type { RoomRecord } from './room.ts';

const WRITE_AFTER_MS = 200;

const RecordSchema = z.strictObject({
  code: z.string(),
  tokenHash: z.string(),
  touched: z.number(),
  workshop: WorkshopSchema,
  phones: z.record(
    z.string(),
    z.strictObject({
      team: z
        .number()
        .int()
        .min(0)
        .max(MAX_TEAMS - 1),
      nick: z.string().max(NICK_MAX),
      seen: z.number(),
      vote: z.strictObject({ decision: z.number().int(), post: z.string(), reply: z.string() }).nullable(),
    }),
  ),
  seq: z.number().int(),
  language: z.enum(LANGUAGES).optional(),
});

export class RoomFiles {
  private pending = new Map<string, { timer: NodeJS.Timeout; record: RoomRecord }>();

  constructor(
    private readonly dir: string,
    private readonly log: (line: string) => void,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  private file = (code: string) => join(this.dir, `${code}.json`);

  /** Every room kept on disk; a damaged file is reported (file and field) and skipped. */
  loadAll(): RoomRecord[] {
    const out: RoomRecord[] = [];
    for (const name of readdirSync(this.dir).filter((f) => f.endsWith('.json'))) {
      const file = join(this.dir, name);
      try {
        const parsed = RecordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        if (parsed.success) out.push(parsed.data as RoomRecord);
        else {
          const issue = parsed.error.issues[0]!;
          this.log(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}; room not restored`);
        }
      } catch (e) {
        this.log(`${file}: (file): ${(e as Error).message}; room not restored`);
      }
    }
    return out;
  }

  /** Writes the room soon; writes already waiting are folded into one. */
  save(record: RoomRecord) {
    const waiting = this.pending.get(record.code);
    if (waiting) {
      waiting.record = record;
      return;
    }
    const timer = setTimeout(() => this.write(record.code), WRITE_AFTER_MS);
    this.pending.set(record.code, { timer, record });
  }

  private write(code: string) {
    const waiting = this.pending.get(code);
    if (!waiting) return;
    this.pending.delete(code);
    // Written beside and renamed over: a crash mid-write leaves the last whole file.
    const tmp = `${this.file(code)}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(waiting.record));
      renameSync(tmp, this.file(code));
    } catch (e) {
      this.log(`could not keep room ${code} on disk: ${(e as Error).message}`);
    }
  }

  remove(code: string) {
    const waiting = this.pending.get(code);
    if (waiting) clearTimeout(waiting.timer);
    this.pending.delete(code);
    rmSync(this.file(code), { force: true });
  }

  /** Writes what is waiting now (the server is stopping). */
  flush() {
    for (const [code, { timer }] of this.pending) {
      clearTimeout(timer);
      this.write(code);
    }
  }
}
