// The menu screens as real HTML: headings, buttons and a settings form. Visible, keyboard-first, and the
// contract the end-to-end tests drive.
import type { Ending, Level } from '../content/schema.ts';
import { type Pacing, PACINGS } from '../core/state.ts';
import { STORM_ID } from '../core/storm.ts';
import { storyChapter } from '../core/story.ts';
import { isScenario } from '../state/scenario-id.ts';
import { roomJudgementAfterDue } from '../state/workshop.ts';
import type { UserScenario } from '../state/scenarios.ts';
import { type App, contentArrived } from '../state/store.ts';
import { SPEED_NAMES, SPEEDS, type Settings, TEXT_SIZE_NAMES } from '../state/settings.ts';
import { PACING_LABELS, chapterName, endingHeading } from '../view/format.ts';
import { laterJudgementButtons } from '../view/judgement.ts';
import { endingText, fallLines } from '../view/story.ts';
import { casePanel } from './case-panel.ts';
import { judgementItemPanel, judgementOfferPanel, judgementResultPanel } from './judgement-panels.ts';
import { button, h } from './h.ts';
import { guidePanel } from './guide-panel.ts';
import { roomJudgementPanel } from './room-judgement-panel.ts';
import { workshopSetupPanel } from './workshop-setup.ts';
import { endingOf } from '../core/level-index.ts';
import { currentLanguage, LANGUAGE_NAMES, LANGUAGES, t } from '../i18n/i18n.ts';

export function menuPanel(s: App): HTMLElement | null {
  switch (s.screen) {
    case 'title':
      return title(s);
    case 'chapters':
      return chapters(s);
    case 'settings':
      return settings(s);
    case 'credits':
      return credits(s);
    case 'briefing':
      return s.level && briefing(s, s.level);
    case 'ending':
      return ending(s);
    case 'judgement-offer':
      return judgementOfferPanel(s);
    case 'judgement':
      return judgementItemPanel(s);
    case 'judgement-result':
      return judgementResultPanel(s);
    case 'room-judgement':
      return roomJudgementPanel(s);
    case 'case':
      return casePanel(s);
    case 'workshop-setup':
      return workshopSetupPanel(s);
    case 'guide':
      return guidePanel(s);
    default:
      return null;
  }
}

const panel = (label: string, ...children: (Node | null | false | undefined)[]) =>
  h('section', { class: 'panel', 'aria-label': label }, ...children);

function title(s: App) {
  // The menu shows before the chapters have loaded (a moment on a slow network): what needs them waits.
  const arrived = contentArrived(s);
  const waiting = { disabled: !arrived };
  return panel(
    t('menus.panels.title'),
    h('h1', { text: 'Hot Seat' }),
    h('p', { class: 'tagline', text: t('menus.title.tagline') }),
    s.dueJudgement &&
      h('p', {
        class: 'due-judgement',
        text: s.dueJudgement === 'week' ? t('menus.title.dueWeek') : t('menus.title.dueMonth'),
      }),
    h(
      'div',
      {
        class: 'menu',
        role: 'group',
        'aria-label': t('menus.title.mainMenu'),
        'aria-busy': arrived ? undefined : 'true',
      },
      s.dueJudgement &&
        button(laterJudgementButtons()[s.dueJudgement], () => s.openJudgement(s.dueJudgement!), waiting),
      button(t('menus.title.newGame'), () => s.newGame(), waiting),
      s.save && button(t('menus.title.continue'), () => s.continueGame()),
      button(t('menus.panels.chapters'), () => s.show('chapters'), waiting),
      button(t('menus.title.judgementCheck'), () => s.openJudgement(), waiting),
      button(t('menus.title.case'), () => s.openCase()),
      button(t('menus.title.workshop'), () => s.show('workshop-setup'), waiting),
      button(t('menus.title.writeScenario'), () => s.show('editor')),
      button(t('menus.panels.settings'), () => s.show('settings')),
      button(t('menus.panels.credits'), () => s.show('credits')),
    ),
    // Last in the keyboard's order (the menu comes first), shown beside the game's name on a wide screen.
    languageSwitch(s),
  );
}

function chapters(s: App) {
  return panel(
    t('menus.panels.chapters'),
    h('h2', { text: t('menus.panels.chapters') }),
    h(
      'div',
      { class: 'menu chapters', role: 'group', 'aria-label': t('menus.panels.chapters') },
      ...s.levels.map((l) => {
        const record = s.progress.records[l.id];
        const best = record && endingOf(l, record.best);
        return h(
          'button',
          {
            type: 'button',
            onclick: () => s.openChapter(l.id),
            'data-ending': best ? (best.good ? 'good' : 'bad') : undefined,
          },
          chapterName(l),
          best && h('span', { class: 'record', text: recordText(best, record.tries) }),
        );
      }),
      button(t('menus.chapters.storm'), () => s.openChapter(STORM_ID)),
    ),
    s.scenarios.length > 0 && yourScenarios(s),
    button(t('menus.back'), () => s.show('title')),
  );
}

/** The trainer's own scenarios: play one, or remove it after saying yes a second time. */
function yourScenarios(s: App) {
  const row = (u: UserScenario): HTMLElement => {
    const item = h('li', { class: 'scenario' });
    const ask = () => {
      item.replaceChildren(
        h('span', { text: t('menus.chapters.removeAsk', { title: u.title }) }),
        button(t('menus.chapters.removeYes', { title: u.title }), () => s.removeScenario(u.id)),
        button(t('menus.chapters.keep'), () => {
          const again = row(u);
          item.replaceWith(again);
          again.querySelector<HTMLElement>('.remove')?.focus();
        }),
      );
      item.querySelector('button')!.focus();
    };
    const record = s.progress.records[u.id];
    const best = record && u.level && endingOf(u.level, record.best);
    item.append(
      u.level
        ? button(u.title, () => s.openChapter(u.id))
        : h('span', { class: 'broken', text: t('menus.chapters.broken', { title: u.title, problem: u.problem }) }),
      best ? h('span', { class: 'record', text: `${recordText(best, record.tries)} ` }) : ' ',
      button(t('menus.chapters.remove', { title: u.title }), ask, { class: 'remove' }),
    );
    return item;
  };
  return h(
    'section',
    { class: 'your-scenarios', 'aria-labelledby': 'your-scenarios' },
    h('h3', { id: 'your-scenarios', text: t('menus.chapters.yours') }),
    h('ul', {}, ...s.scenarios.map(row)),
  );
}

/** A chapter's record beside its name: " — best: The fine print (good ending), 2 tries". */
const recordText = (best: Ending, count: number) =>
  t('menus.chapters.record', {
    best: t(best.good ? 'menus.chapters.best.good' : 'menus.chapters.best.bad', { ending: best.title, count }),
  });

function field(label: string, control: HTMLElement) {
  return h('label', { class: 'field' }, h('span', { text: label }), control);
}

function select<K extends keyof Settings>(s: App, key: K, options: Record<string, string>, shown = s.settings[key]) {
  const el = h('select', {
    onchange: (e) => s.updateSettings({ [key]: (e.target as HTMLSelectElement).value } as Partial<Settings>),
  });
  for (const [value, label] of Object.entries(options))
    el.append(h('option', { value, selected: shown === value }, label));
  return el;
}

/** The title's language switch: each language named in itself, the one on screen pressed. */
const languageSwitch = (s: App) =>
  h(
    'div',
    { class: 'languages', role: 'group', 'aria-label': t('menus.title.language') },
    ...LANGUAGES.map((lang) =>
      h(
        'button',
        {
          type: 'button',
          class: 'language',
          lang,
          'aria-pressed': String(lang === currentLanguage()),
          onclick: () => s.updateSettings({ language: lang }),
        },
        LANGUAGE_NAMES[lang],
      ),
    ),
  );

function checkbox(s: App, key: 'reducedMotion' | 'muted' | 'tutorial' | 'showKinds') {
  return h('input', {
    type: 'checkbox',
    checked: s.settings[key],
    onchange: (e) => s.updateSettings({ [key]: (e.target as HTMLInputElement).checked }),
  });
}

function settings(s: App) {
  const labels = Object.fromEntries(TEXT_SIZE_NAMES.map((n) => [n, t(`menus.settings.sizes.${n}`)]));
  const speeds = Object.fromEntries(
    SPEED_NAMES.map((n) => [n, t(`menus.settings.speeds.${n}`, { seconds: SPEEDS[n] })]),
  );
  return panel(
    t('menus.panels.settings'),
    h('h2', { text: t('menus.panels.settings') }),
    h(
      'form',
      { class: 'settings', onsubmit: (e) => e.preventDefault() },
      field(t('menus.settings.language'), select(s, 'language', LANGUAGE_NAMES, currentLanguage())),
      field(t('menus.settings.textSize'), select(s, 'textSize', labels)),
      field(t('menus.settings.pacing'), select(s, 'pacing', PACING_LABELS)),
      field(t('menus.settings.speed'), select(s, 'speed', speeds)),
      field(t('menus.settings.reduceMotion'), checkbox(s, 'reducedMotion')),
      field(t('menus.settings.showKinds'), checkbox(s, 'showKinds')),
      field(t('menus.settings.mute'), checkbox(s, 'muted')),
      field(
        t('menus.settings.volume'),
        h('input', {
          type: 'range',
          min: 0,
          max: 100,
          step: 5,
          value: Math.round(s.settings.volume * 100),
          onchange: (e) => s.updateSettings({ volume: Number((e.target as HTMLInputElement).value) / 100 }),
        }),
      ),
      field(t('menus.settings.tips'), checkbox(s, 'tutorial')),
    ),
    h(
      'div',
      { class: 'menu' },
      button(t('menus.settings.tipsAgain'), () => s.replayTutorial()),
      button(t('menus.back'), () => s.show(s.returnTo)),
    ),
  );
}

function credits(s: App) {
  return panel(
    t('menus.panels.credits'),
    h('h2', { text: t('menus.panels.credits') }),
    h('p', { text: t('menus.credits.fiction') }),
    h('p', { text: t('menus.credits.madeWith') }),
    button(t('menus.back'), () => s.show(s.returnTo)),
  );
}

function briefing(s: App, level: Level) {
  let pacing = s.settings.pacing;
  const record = s.progress.records[level.id];
  const best = record && endingOf(level, record.best);
  const radio = (value: Pacing) =>
    h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name: 'pacing', value, checked: pacing === value, onchange: () => (pacing = value) }),
      PACING_LABELS[value],
    );
  return panel(
    t('menus.panels.briefing'),
    h('h2', { text: briefingHeading(level) }),
    h('p', { class: 'briefing', text: level.briefing }),
    h('p', {
      class: 'persona',
      text: t('menus.briefing.persona', {
        name: level.persona.name,
        handle: level.persona.handle,
        role: level.persona.role,
      }),
    }),
    record &&
      best &&
      h('p', {
        class: 'record',
        text: t(best.good ? 'menus.briefing.best.good' : 'menus.briefing.best.bad', {
          ending: best.title,
          count: record.tries,
        }),
      }),
    h('fieldset', {}, h('legend', { text: t('menus.settings.pacing') }), ...PACINGS.map(radio)),
    h(
      'div',
      { class: 'menu' },
      button(t('menus.briefing.start'), () => s.start(pacing)),
      record && button(t('menus.briefing.lastDebrief'), () => s.openDebrief(level.id, 'lastGame')),
      record &&
        record.bestGame !== record.lastGame &&
        button(t('menus.briefing.bestDebrief'), () => s.openDebrief(level.id, 'bestGame')),
      isScenario(level.id) && button(t('menus.briefing.toEditor'), () => s.show('editor')),
      button(t('menus.back'), () => s.show('chapters')),
    ),
  );
}

/** "Chapter 3. The fine print" (the words around the number in the player's language). */
const briefingHeading = (level: Level) =>
  level.id === STORM_ID
    ? level.title
    : isScenario(level.id)
      ? t('menus.briefing.scenario', { title: level.title })
      : t('menus.briefing.chapter', { number: level.number, title: level.title });

function ending(s: App) {
  const e = s.level && endingOf(s.level, s.game?.ending);
  if (!e) return null;
  const hasNext =
    s.level && storyChapter(s.level) && s.levels.some((l) => storyChapter(l) && l.number > s.level!.number);
  const lastChapter = s.level && storyChapter(s.level) && !hasNext;
  const { before, after } = s.progress.judgement;
  const room = s.workshop !== null;
  return panel(
    t('menus.panels.ending'),
    h('h1', { class: e.good ? 'good' : 'bad', text: endingHeading(e) }),
    h('p', { text: endingText(e, s.game!) }),
    // Why, at once: what the good ending still needed, or the line that was crossed (the debrief has more).
    ...fallLines(s.level!, s.game!).map((t) => h('p', { class: 'why', text: t })),
    h(
      'div',
      { class: 'menu' },
      button(room ? t('menus.ending.roomDebrief') : t('menus.ending.debrief'), () => s.show('debrief')),
      !room && hasNext && button(t('menus.ending.next'), () => s.nextChapter()),
      !room &&
        lastChapter &&
        before &&
        !after &&
        button(t('menus.ending.judgementAfter'), () => s.openJudgement('after')),
      roomJudgementAfterDue(s.workshop, Boolean(s.game?.ending)) &&
        button(t('menus.ending.roomJudgementAfter'), () => s.openRoomJudgement()),
      s.level && isScenario(s.level.id) && button(t('menus.briefing.toEditor'), () => s.show('editor')),
      !room && button(t('menus.ending.titleMenu'), () => s.quitToTitle()),
    ),
  );
}
