// Wires the parts together: levels → store → DOM layer, keyboard, sound and the Phaser scenes.
import * as Phaser from 'phaser';
import { mountDomLayer } from './html/dom-layer.ts';
import { listenToKeys } from './html/keyboard.ts';
import { linkRoom } from './html/room-link.ts';
import { createUpdateNotice } from './html/update-notice.ts';
import { registerSW } from 'virtual:pwa-register';
import { playCues } from './audio/cues.ts';
import { audioOnFirstInput } from './audio/on-first-input.ts';
import { createAudio } from './audio/sound.ts';
import { BackdropScene } from './scenes/backdrop.ts';
import { BootScene } from './scenes/boot.ts';
import { DebriefScene } from './scenes/debrief.ts';
import { directScenes } from './scenes/director.ts';
import { renderOnDemand } from './scenes/render-on-demand.ts';
import { EndingScene } from './scenes/ending.ts';
import { FeedScene, METER_FLOATS } from './scenes/feed.ts';
import { findScormApi, reportToLms, requiredChapters, resumeFromLms } from './lms/scorm.ts';
import { browserStorage } from './state/browser-storage.ts';
import { chapterResolver } from './core/storm.ts';
import type { Content } from './state/app-state.ts';
import type { Storm } from './content/storm.ts';
import { createAppStore } from './state/store.ts';
import { loadSettings } from './state/settings.ts';
import { keepsScenarios } from './state/kept-scenarios.ts';
import { isLanguage, type Language, pickLanguage, t, useLanguage } from './i18n/i18n.ts';
import { COLORS, css } from './view/theme.ts';
import './style.css';

const storage = browserStorage();
const lms = findScormApi(window);
// The language (?lang=, the player's choice, the browser's), with its words before anything shows.
const asked = new URLSearchParams(location.search).get('lang');
const language = pickLanguage(asked, loadSettings(storage).language, navigator.languages);
await useLanguage(language);
document.documentElement.lang = language;
// The title shows at once; the campaign, the judgement check and a trainer's scenarios arrive meanwhile.
const content = loadContent(language);
// Inside an LMS, the learner's game and progress come back from it before the store reads the storage (a
// course's launch waits for its chapters: the LMS's saved games are read with them).
if (lms) {
  const { levels, storm } = await content;
  resumeFromLms(lms, storage, levels, storm);
}
const store = createAppStore({
  storage,
  newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1,
  // The game's clock (live hours, the workshop's countdown) runs on the browser's timers.
  timers: {
    setInterval: (run, ms) => window.setInterval(run, ms),
    clearInterval: (id) => window.clearInterval(id as number),
    now: () => performance.now(),
  },
  prefersReducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
});
content.then(
  (arrived) => {
    store.getState().contentArrived(arrived);
    // A link with ?replay=CODE opens that game's debrief (or says why it cannot).
    const replayCode = new URLSearchParams(location.search).get('replay');
    if (replayCode !== null) store.getState().openReplay(replayCode);
    const { levels, storm } = arrived;
    if (lms)
      reportToLms(lms, store, storage, chapterResolver(levels, storm), requiredChapters(location.search, levels));
  },
  () => store.setState({ notice: t('menus.notices.contentFailed') }),
);
const dom = mountDomLayer(document.getElementById('ui')!, store);
listenToKeys(store);
// A language asked in the address is remembered; one chosen in the game reloads the page in it (all is kept).
if (isLanguage(asked)) store.getState().updateSettings({ language });
store.subscribe(
  (s) => s.settings.language,
  (chosen) => {
    if (!chosen || chosen === language) return;
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    location.replace(url);
  },
);
linkRoom(store);
if (!lms) {
  // Offline after one visit: the service worker keeps the build; a new one waits for "Reload to update". (An
  // LMS serves its own copy of the course and keeps it itself.)
  const update = createUpdateNotice(() => void reloadToUpdate(true));
  document.body.append(update.root);
  const reloadToUpdate = registerSW({ onNeedRefresh: update.show });
}
document.addEventListener('visibilitychange', () => store.getState().tabHidden(document.hidden));
// The scenario editor is loaded the first time it opens: the game itself never pays for CodeMirror.
let editor: Promise<void> | null = null;
store.subscribe((s) => {
  if (s.screen === 'editor' && !editor)
    editor = import('./editor/editor.ts').then((m) => m.mountEditor(document.getElementById('ui')!, store));
});
playCues(
  store,
  audioOnFirstInput(() => createAudio(store.getState().settings)),
);

// The canvas starts once the title's buttons work (or the content failed to arrive), in a task of its own:
// starting Phaser (a WebGL context, drawn in software on many a school laptop) took 50–100 ms, and the
// chapters waited behind it. The menus are HTML; until then the page shows the canvas's own colour.
const canvasNext = () => void setTimeout(startCanvas);
content.then(canvasNext, canvasNext);

function startCanvas() {
  // The canvas is drawn at the device's pixel density (capped at 2 for fill rate) and shown at CSS size,
  // so text stays sharp on phones and projectors.
  const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  const size = () => ({ width: Math.round(window.innerWidth * dpr), height: Math.round(window.innerHeight * dpr) });
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    backgroundColor: css(COLORS.night),
    ...size(),
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
    audio: { noAudio: true },
    // The canvas keeps its last frame: it sleeps while nothing changes (render-on-demand.ts), and the feed
    // repaints only what moves (still-layer.ts). Multisampling is off: the feed's shapes are drawn into a
    // texture, which has none, and it made every frame a third dearer in software WebGL.
    render: { preserveDrawingBuffer: true, antialiasGL: false },
    banner: false,
    scene: [BootScene, BackdropScene, FeedScene, EndingScene, DebriefScene],
  });
  game.registry.set('store', store);
  game.registry.set('dpr', dpr);
  window.addEventListener('resize', () => {
    const { width, height } = size();
    game.scale.resize(width, height);
  });
  // The canvas's host keeps a handle on the game, so that end-to-end tests can measure the canvas layout
  // (where each text was drawn) as they measure the DOM's.
  Object.assign(document.getElementById('game')!, { game });
  directScenes(game, store);
  game.events.on(METER_FLOATS, dom.showFloats);
  renderOnDemand(game, store, document.getElementById('game')!);
}

/** The campaign, the judgement check and the storm in the player's language, and the scenarios a trainer kept. */
async function loadContent(language: Language): Promise<Content & { storm: Storm }> {
  const [campaign, scenarios] = await Promise.all([
    language === 'en'
      ? Promise.all([import('virtual:levels'), import('virtual:judgement-check'), import('virtual:storm')]).then(
          ([l, c, s]) => ({ levels: l.levels, judgementBank: c.judgementBank, storm: s.storm }),
        )
      : import('virtual:content-zh-CN').then((m) => m.content),
    keepsScenarios(storage) ? import('./state/scenarios.ts').then((m) => m.loadScenarios(storage)) : [],
  ]);
  return { ...campaign, scenarios };
}
