// localStorage when the browser allows it; otherwise a memory stand-in, so the game still runs.
import type { KeyValueStorage } from './saves.ts';

/** Storage that lives as long as the page (and, in tests, shows its contents). */
export function memoryStorage(entries: Record<string, string> = {}): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

export function browserStorage(): KeyValueStorage {
  try {
    const probe = 'hot-seat/probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return memoryStorage();
  }
}
