// The menu screens as real HTML: headings, buttons and a settings form. Visible, keyboard-first, and the
// contract the end-to-end tests drive.
import type { Ending, Level } from '../content/schema.ts';
import { type Pacing, PACINGS } from '../core/state.ts';
import { STORM_ID } from '../core/storm.ts';
import { isScenario } from '../state/scenario-id.ts';
import { roomCheckAfterDue } from '../state/workshop.ts';
import type { UserScenario } from '../state/scenarios.ts';
import type { App } from '../state/store.ts';
import { SPEEDS, type Settings, type TEXT_SIZES } from '../state/settings.ts';
import { PACING_LABELS, chapterName, endingHeading } from '../view/format.ts';
import { LATER_CHECK_BUTTONS } from '../view/check.ts';
import { endingText, fallLines } from '../view/story.ts';
import { casePanel } from './case-panel.ts';
import { checkItemPanel, checkOfferPanel, checkResultPanel } from './check-panels.ts';
import { button, h } from './h.ts';
import { guidePanel } from './guide-panel.ts';
import { roomCheckPanel } from './room-check-panel.ts';
import { workshopSetupPanel } from './workshop-setup.ts';
import { endingOf } from '../core/level-index.ts';

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
    case 'check-offer':
      return checkOfferPanel(s);
    case 'check':
      return checkItemPanel(s);
    case 'check-result':
      return checkResultPanel(s);
    case 'room-check':
      return roomCheckPanel(s);
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
  return panel(
    'Title',
    h('h1', { text: 'Hot Seat' }),
    h('p', { class: 'tagline', text: 'You are the founder, the CEO and the brand. Every post is about you.' }),
    s.dueCheck &&
      h('p', {
        class: 'due-check',
        text: `It has been ${s.dueCheck === 'week' ? 'a week' : 'a month'} since your judgement check after the campaign. Eight new posts show what stayed with you.`,
      }),
    h(
      'div',
      { class: 'menu', role: 'group', 'aria-label': 'Main menu' },
      s.dueCheck && button(LATER_CHECK_BUTTONS[s.dueCheck], () => s.openCheck(s.dueCheck!)),
      button('New game', () => s.newGame()),
      s.save && button('Continue', () => s.continueGame()),
      button('Chapters', () => s.show('chapters')),
      button('Judgement check', () => s.openCheck()),
      button('The case', () => s.openCase()),
      button('Workshop', () => s.show('workshop-setup')),
      button('Write a scenario', () => s.show('editor')),
      button('Settings', () => s.show('settings')),
      button('Credits', () => s.show('credits')),
    ),
  );
}

function chapters(s: App) {
  return panel(
    'Chapters',
    h('h2', { text: 'Chapters' }),
    h(
      'div',
      { class: 'menu chapters', role: 'group', 'aria-label': 'Chapters' },
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
          best && h('span', { class: 'record', text: ` — ${bestText(best, record.tries)}` }),
        );
      }),
      button('Endless storm', () => s.openChapter(STORM_ID)),
    ),
    s.scenarios.length > 0 && yourScenarios(s),
    button('Back', () => s.show('title')),
  );
}

/** The trainer's own scenarios: play one, or remove it after saying yes a second time. */
function yourScenarios(s: App) {
  const row = (u: UserScenario): HTMLElement => {
    const item = h('li', { class: 'scenario' });
    const ask = () => {
      item.replaceChildren(
        h('span', { text: `Remove "${u.title}" and its saved game for good?` }),
        button(`Yes, remove "${u.title}"`, () => s.removeScenario(u.id)),
        button('Keep it', () => {
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
        : h('span', { class: 'broken', text: `${u.title} does not load: ${u.problem}` }),
      best ? h('span', { class: 'record', text: ` — ${bestText(best, record.tries)} ` }) : ' ',
      button(`Remove ${u.title}`, ask, { class: 'remove' }),
    );
    return item;
  };
  return h(
    'section',
    { class: 'your-scenarios', 'aria-labelledby': 'your-scenarios' },
    h('h3', { id: 'your-scenarios', text: 'Your scenarios' }),
    h('ul', {}, ...s.scenarios.map(row)),
  );
}

const bestText = (best: Ending, tries: number) =>
  `best: ${best.title} (${best.good ? 'good ending' : 'ended badly'}), ${tries === 1 ? '1 try' : `${tries} tries`}`;

function field(label: string, control: HTMLElement) {
  return h('label', { class: 'field' }, h('span', { text: label }), control);
}

function select<K extends keyof Settings>(s: App, key: K, options: Record<string, string>) {
  const el = h('select', {
    onchange: (e) => s.updateSettings({ [key]: (e.target as HTMLSelectElement).value } as Partial<Settings>),
  });
  for (const [value, label] of Object.entries(options))
    el.append(h('option', { value, selected: s.settings[key] === value }, label));
  return el;
}

function checkbox(s: App, key: 'reducedMotion' | 'muted' | 'tutorial' | 'showKinds') {
  return h('input', {
    type: 'checkbox',
    checked: s.settings[key],
    onchange: (e) => s.updateSettings({ [key]: (e.target as HTMLInputElement).checked }),
  });
}

function settings(s: App) {
  const labels = { normal: 'Normal', large: 'Large', huge: 'Huge' } satisfies Record<keyof typeof TEXT_SIZES, string>;
  const speeds = {
    slow: `Slow: ${SPEEDS.slow} s an hour`,
    normal: `Normal: ${SPEEDS.normal} s`,
    fast: `Fast: ${SPEEDS.fast} s`,
  } satisfies Record<keyof typeof SPEEDS, string>;
  return panel(
    'Settings',
    h('h2', { text: 'Settings' }),
    h(
      'form',
      { class: 'settings', onsubmit: (e) => e.preventDefault() },
      field('Text size', select(s, 'textSize', labels)),
      field('Pacing', select(s, 'pacing', PACING_LABELS)),
      field('Live speed', select(s, 'speed', speeds)),
      field('Reduce motion', checkbox(s, 'reducedMotion')),
      field('Name the kind of each reply on its button (for teaching)', checkbox(s, 'showKinds')),
      field('Mute sound', checkbox(s, 'muted')),
      field(
        'Volume',
        h('input', {
          type: 'range',
          min: 0,
          max: 100,
          step: 5,
          value: Math.round(s.settings.volume * 100),
          onchange: (e) => s.updateSettings({ volume: Number((e.target as HTMLInputElement).value) / 100 }),
        }),
      ),
      field('Tips in chapter 1', checkbox(s, 'tutorial')),
    ),
    h(
      'div',
      { class: 'menu' },
      button('Show the tips again', () => s.replayTutorial()),
      button('Back', () => s.show(s.back)),
    ),
  );
}

function credits(s: App) {
  return panel(
    'Credits',
    h('h2', { text: 'Credits' }),
    h('p', { text: 'Hot Seat is fiction inspired by a real reputation crisis; every name in it is invented.' }),
    h('p', { text: 'Made with Phaser, zustand, Howler and Vite. Sounds and pictures are made by code in this game.' }),
    button('Back', () => s.show(s.back)),
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
    'Briefing',
    h('h2', { text: briefingHeading(level) }),
    h('p', { class: 'briefing', text: level.briefing }),
    h('p', {
      class: 'persona',
      text: `You play ${level.persona.name} (${level.persona.handle}), ${level.persona.role}.`,
    }),
    record && best && h('p', { class: 'record', text: `Your ${bestText(best, record.tries)}.` }),
    h('fieldset', {}, h('legend', { text: 'Pacing' }), ...PACINGS.map(radio)),
    h(
      'div',
      { class: 'menu' },
      button('Start chapter', () => s.start(pacing)),
      record && button('See the last debrief', () => s.openDebrief(level.id, 'lastGame')),
      record &&
        record.bestGame !== record.lastGame &&
        button('See the best debrief', () => s.openDebrief(level.id, 'bestGame')),
      isScenario(level.id) && button('Back to the editor', () => s.show('editor')),
      button('Back', () => s.show('chapters')),
    ),
  );
}

const briefingHeading = (level: Level) =>
  level.id === STORM_ID
    ? level.title
    : isScenario(level.id)
      ? `Your scenario: ${level.title}`
      : `Chapter ${chapterName(level)}`;

function ending(s: App) {
  const e = s.level && endingOf(s.level, s.game?.ending);
  if (!e) return null;
  const hasNext = s.level && !s.level.bonus && s.levels.some((l) => !l.bonus && l.number > s.level!.number);
  const lastChapter = s.level && !s.level.bonus && !hasNext && s.level.id !== STORM_ID;
  const { before, after } = s.progress.check;
  const room = s.workshop !== null;
  return panel(
    'Ending',
    h('h1', { class: e.good ? 'good' : 'bad', text: endingHeading(e) }),
    h('p', { text: endingText(e, s.game!) }),
    // Why, at once: what the good ending still needed, or the line that was crossed (the debrief has more).
    ...fallLines(s.level!, s.game!).map((t) => h('p', { class: 'why', text: t })),
    h(
      'div',
      { class: 'menu' },
      button(room ? "The room's debrief" : 'See the debrief', () => s.show('debrief')),
      !room && hasNext && button('Next chapter', () => s.nextChapter()),
      !room &&
        lastChapter &&
        before &&
        !after &&
        button('Judgement check, after the campaign', () => s.openCheck('after')),
      roomCheckAfterDue(s.workshop, Boolean(s.game?.ending)) &&
        button("The room's judgement check, after", () => s.openRoomCheck()),
      s.level && isScenario(s.level.id) && button('Back to the editor', () => s.show('editor')),
      !room && button('Title menu', () => s.quitToTitle()),
    ),
  );
}
