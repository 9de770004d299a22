// Keys everywhere: 1–9 pick a response, Space pauses, Escape opens the game menu or goes back.
// The DOM handles keys (Phaser captures none), so typing in a form is never blocked.
import { type AppStore, currentChoices } from '../state/store.ts';

export function listenToKeys(store: AppStore, target: Document = document): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const el = e.target as HTMLElement | null;
    if (el?.closest('input, select, textarea')) return;
    const s = store.getState();
    if (s.screen === 'play' && /^[1-9]$/.test(e.key)) {
      const r = currentChoices(s)?.responses[Number(e.key) - 1];
      if (r) {
        e.preventDefault();
        s.reply(r.id);
      }
    } else if (s.screen === 'play' && e.key === ' ' && !el?.closest('button')) {
      e.preventDefault();
      s.setPaused(!s.paused);
    } else if (e.key === 'Escape') {
      if (s.screen === 'play') s.setMenu(!s.menuOpen);
      else if (s.screen === 'settings' || s.screen === 'credits') s.show(s.back);
      else if (s.screen === 'chapters') s.show('title');
    }
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
