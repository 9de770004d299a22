// The rooms this process holds, in memory and on disk: taken back from disk at start (but for those idle for
// a day or that no longer replay), written to disk after every change, and forgotten, file and all, when they
// close or stay idle for a day. Each room plays its chapters in its language.
import type { Language } from '../i18n/languages.ts';
import { type Resolve, Room, refusal } from './room.ts';
import { RoomFiles } from './room-files.ts';

const IDLE_ROOM_MS = 24 * 3600_000;

export class OpenRooms {
  private byCode = new Map<string, Room>();
  private files: RoomFiles;

  constructor(
    dataDir: string,
    log: (line: string) => void,
    /** The chapters in a language (the same posts, replies and numbers: only the words differ). */
    readonly resolveIn: (language?: Language) => Resolve,
  ) {
    this.files = new RoomFiles(dataDir, log);
  }

  /** Takes back the rooms kept on disk; those idle too long or no longer playable are deleted. */
  restore(now: () => number) {
    for (const record of this.files.loadAll()) {
      const resolve = this.resolveIn(record.language);
      if (now() - record.touched > IDLE_ROOM_MS || refusal(record.workshop, resolve)) this.files.remove(record.code);
      else this.byCode.set(record.code, new Room(record, resolve));
    }
  }

  get = (code: string) => this.byCode.get(code);
  has = (code: string) => this.byCode.has(code);

  get size() {
    return this.byCode.size;
  }

  /** The phones that joined a room, in all the rooms. */
  phones() {
    return [...this.byCode.values()].reduce((n, r) => n + Object.keys(r.record.phones).length, 0);
  }

  add(room: Room) {
    this.byCode.set(room.code, room);
    this.keep(room);
  }

  /** Writes the room to disk soon (after it changed). */
  keep(room: Room) {
    this.files.save(room.record);
  }

  close(code: string) {
    this.byCode.delete(code);
    this.files.remove(code);
  }

  /** Closes the rooms left idle for a day. */
  sweep(now: () => number) {
    for (const room of this.byCode.values()) if (now() - room.record.touched > IDLE_ROOM_MS) this.close(room.code);
  }

  /** Writes what is waiting now (the server is stopping). */
  flush() {
    this.files.flush();
  }
}
