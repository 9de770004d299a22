// Keys everywhere: 1–9 pick a response (also over a tip, which they close), Space pauses, ? opens the legend,
// Escape opens the game menu or goes back; in the judgement check 1–7 pick a rating, A–C a reply, and Enter goes
// on; a workshop has the facilitator's keys. The DOM handles keys (Phaser captures none), so typing in a form is
// never blocked.
import { type App, type AppStore, currentChoices, dueTip } from '../state/store.ts';
import type { CheckKind } from '../content/terms.ts';
import { RATING_MAX, RATING_MIN } from '../content/judgement-items.ts';
import { CHECK_KEYS } from '../view/format.ts';
import { WORKSHOP_KEYS } from '../view/workshop.ts';

/** In the judgement check: a number picks that rating, a letter that reply, Enter on a picked one goes on. */
function judgementKey(e: KeyboardEvent): boolean {
  const form = document.querySelector<HTMLFormElement>('form.ratings');
  if (!form) return false;
  const rating = /^\d$/.test(e.key) && Number(e.key) >= RATING_MIN && Number(e.key) <= RATING_MAX;
  const radio = rating
    ? form.querySelector<HTMLInputElement>(`input[name=rating][value="${e.key}"]`)
    : /^[a-c]$/i.test(e.key)
      ? form.querySelector<HTMLInputElement>(`input[name=reply][data-key="${e.key.toUpperCase()}"]`)
      : null;
  if (radio) {
    radio.checked = true;
    radio.focus();
    return true;
  }
  if (e.key === 'Enter' && (e.target as HTMLElement | null)?.matches('input[type=radio]')) {
    form.requestSubmit();
    return true;
  }
  return false;
}

/** The facilitator's keys in a workshop (listed on its setup screen, view/workshop.ts). */
function workshopKey(e: KeyboardEvent, s: App, onButton: boolean): boolean {
  const w = s.workshop;
  if (!w) return false;
  const key = e.key.toLowerCase();
  if (/^[1-9]$/.test(key)) {
    const r = w.phase === 'vote' ? currentChoices(s)?.responses[Number(key) - 1] : undefined;
    if (r) s.vote(r.id);
    return Boolean(r);
  }
  if (key === 'arrowleft' || key === 'arrowright') {
    const n = w.teams.length;
    s.setTeamUp((w.teamUp + (key === 'arrowleft' ? n - 1 : 1)) % n);
  } else if (key === ' ' && !onButton) s.toggleCountdown();
  else if (key === WORKSHOP_KEYS.extend || key === '=') s.extendCountdown();
  else if (key === WORKSHOP_KEYS.end.toLowerCase()) s.decide();
  else if (key === WORKSHOP_KEYS.discuss.toLowerCase()) s.discuss();
  else if (key === WORKSHOP_KEYS.next.toLowerCase()) s.nextDecision();
  else if (w.phase === 'vote' && checkFor(s, key)) s.roomCheck(checkFor(s, key)!);
  else return false;
  return true;
}

export function listenToKeys(store: AppStore, target: Document = document): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const el = e.target as HTMLElement | null;
    const s = store.getState();
    if (s.screen === 'judgement' && (judgementKey(e) || e.key === 'Escape')) {
      e.preventDefault();
      if (e.key === 'Escape') s.show(s.returnTo);
      return;
    }
    if (el?.closest('input, select, textarea')) return;
    if (s.screen === 'workshop') {
      if (workshopKey(e, s, Boolean(el?.closest('button, summary')))) e.preventDefault();
      return;
    }
    // A reply's or a check's key over a tip closes it and acts, as the player meant: the tip was read.
    const overTip = s.screen === 'play' && dueTip(s) !== null;
    if (s.screen === 'play' && /^[1-9]$/.test(e.key)) {
      const r = currentChoices(s)?.responses[Number(e.key) - 1];
      if (r) {
        e.preventDefault();
        if (overTip) s.dismissTip();
        s.reply(r.id, overTip);
      }
    } else if (s.screen === 'play' && checkFor(s, e.key)) {
      e.preventDefault();
      if (overTip) s.dismissTip();
      s.runCheck(checkFor(s, e.key)!, overTip);
    } else if (s.screen === 'play' && e.key === ' ' && !el?.closest('button')) {
      e.preventDefault();
      s.setPaused(!s.paused);
    } else if (s.screen === 'play' && e.key === '?') {
      e.preventDefault();
      s.setLegend(!s.legendOpen);
    } else if (e.key === 'Escape') {
      if (s.screen === 'play' && s.readingPostId) s.readPost(null);
      else if (s.screen === 'play' && s.legendOpen) s.setLegend(false);
      else if (s.screen === 'play') s.setMenu(!s.menuOpen);
      else if (s.screen === 'settings' || s.screen === 'credits') s.show(s.returnTo);
      else if (s.screen === 'chapters') s.show('title');
    }
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}

/** The check a letter key runs on the post being answered (A, C, O), if that check is on offer. */
function checkFor(s: App, key: string): CheckKind | undefined {
  return currentChoices(s)?.checks.find((c) => CHECK_KEYS[c.check] === key.toUpperCase())?.check;
}
