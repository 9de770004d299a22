// The draft being written, kept in the browser's IndexedDB after every pause in typing, so that a reload
// (or a closed tab) brings it back with the cursor where it was.
import { createStore, get, set, type UseStore } from 'idb-keyval';

export interface Draft {
  text: string;
  /** The cursor's offset in the text. */
  cursor: number;
}

let db: UseStore | undefined;
const store = () => (db ??= createStore('hot-seat-editor', 'drafts'));
const KEY = 'current';

export async function loadDraft(): Promise<Draft | null> {
  try {
    const d = (await get(KEY, store())) as Partial<Draft> | undefined;
    return typeof d?.text === 'string' ? { text: d.text, cursor: Number(d.cursor) || 0 } : null;
  } catch {
    return null; // IndexedDB refused (private mode): the editor still works, without drafts
  }
}

export async function saveDraft(draft: Draft): Promise<boolean> {
  try {
    await set(KEY, draft, store());
    return true;
  } catch {
    return false;
  }
}
