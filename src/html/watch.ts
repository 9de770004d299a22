// How a part of the HTML layer follows the store: through a selector of what it shows, compared shallowly,
// so that it is shown again only when that changes, not at every change of the store (a clock tick, a
// notice). Rebuilt only then, its nodes, the focus and a screen reader's place stay where they are.
import { shallow } from 'zustand/vanilla/shallow';
import type { App, AppStore } from '../state/store.ts';

/**
 * Shows a part now, and again whenever what `select` picks from the store changes; `show` is given the store's
 * state and what `select` picked. Returns the unsubscribe.
 */
export function watch<T>(store: AppStore, select: (s: App) => T, show: (s: App, shown: T) => void) {
  return store.subscribe(select, (shown) => show(store.getState(), shown), {
    equalityFn: shallow,
    fireImmediately: true,
  });
}
