// localStorage when the browser allows it; otherwise a memory stand-in, so the game still runs.
import type { KeyValueStorage } from './saves';

export function browserStorage(): KeyValueStorage {
  try {
    const probe = 'hot-seat/probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
      removeItem: (k) => void memory.delete(k),
    };
  }
}
