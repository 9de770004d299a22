// Which levels make the campaign's story: its chapters in order, apart from its bonus chapter, a trainer's
// own scenarios and the endless storm (the last two marked by their `source`, see content/schema.ts).
import type { Level } from '../content/schema.ts';

/** Only a story chapter takes the hidden values the chapter before it left, and leads to the next. */
export const storyChapter = (level: Level): boolean => !level.bonus && level.source === undefined;
