// The workshop's setup: which chapters, how many teams and their names, the countdown, and the seed (the
// same seed deals the same stream to every room that uses it). Bad values are named in plain words.
import { MAX_TEAMS, SECONDS_RANGE } from '../state/workshop.ts';
import type { App } from '../state/store.ts';
import { chapterName } from '../view/format.ts';
import { FACILITATOR_KEYS } from '../view/workshop.ts';
import { button, h } from './h.ts';

const DEFAULT_NAMES = ['Ravens', 'Otters', 'Foxes', 'Herons', 'Badgers', 'Lynxes', 'Owls', 'Wolves'];

const field = (label: string, control: HTMLElement, hint?: string) =>
  h('label', { class: 'field' }, h('span', { text: label }), control, hint ? h('small', { text: hint }) : null);

export function workshopSetupPanel(s: App): HTMLElement {
  const seed = crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
  const teamCount = h('input', { type: 'number', min: 1, max: MAX_TEAMS, value: 3, required: true });
  const names = h('div', { class: 'team-names' });
  const showNames = () => {
    const n = Math.min(MAX_TEAMS, Math.max(1, Math.floor(Number(teamCount.value)) || 1));
    const kept = [...names.querySelectorAll('input')].map((i) => i.value);
    names.replaceChildren(
      ...Array.from({ length: n }, (_, i) =>
        field(`Team ${i + 1} name`, h('input', { type: 'text', maxlength: 40, value: kept[i] ?? DEFAULT_NAMES[i] })),
      ),
    );
  };
  teamCount.addEventListener('input', showNames);
  showNames();
  const seconds = h('input', { type: 'number', min: SECONDS_RANGE.min, max: SECONDS_RANGE.max, value: 90 });
  const noCountdown = h('input', { type: 'checkbox' });
  noCountdown.addEventListener('change', () => (seconds.disabled = noCountdown.checked));
  const seedInput = h('input', { type: 'text', inputmode: 'numeric', value: seed });
  const roomCheck = h('input', { type: 'checkbox' });
  const chapters = s.levels.map((l, i) => ({
    id: l.id,
    box: h('input', { type: 'checkbox', checked: i === 0, value: l.id }),
    name: chapterName(l),
  }));
  const problem = h('p', { class: 'problem', role: 'alert' });

  /** Starts the workshop, with a room for phones (`room`) or without. */
  const begin = (room: boolean) => {
    const teams = [...names.querySelectorAll('input')].map((i, k) => i.value.trim() || `Team ${k + 1}`);
    const chosen = chapters.filter((c) => c.box.checked).map((c) => c.id);
    const secs = Number(seconds.value);
    const seedValue = Number(seedInput.value.trim());
    const trouble = !chosen.length
      ? 'Pick at least one chapter.'
      : !noCountdown.checked && !(Number.isInteger(secs) && secs >= SECONDS_RANGE.min && secs <= SECONDS_RANGE.max)
        ? `Seconds per decision must be a whole number from ${SECONDS_RANGE.min} to ${SECONDS_RANGE.max}, or tick "No countdown".`
        : !(Number.isInteger(seedValue) && seedValue >= 0 && seedValue < 2 ** 31)
          ? 'The seed must be a whole number from 0 to 2147483647.'
          : null;
    problem.textContent = trouble ?? '';
    if (!trouble)
      s.startWorkshop({
        teams,
        seconds: noCountdown.checked ? null : secs,
        chapters: chosen,
        seed: seedValue,
        roomCheck: roomCheck.checked,
        room,
      });
  };
  const start = (e: Event) => {
    e.preventDefault();
    begin(false);
  };

  return h(
    'section',
    { class: 'panel workshop-setup', 'aria-label': 'Workshop setup' },
    h('h2', { text: 'Workshop' }),
    h('p', {
      text: 'One screen for the room: the teams vote on each reply, the room plays the majority, and the debrief compares the teams.',
    }),
    h(
      'form',
      { class: 'settings', onsubmit: start, novalidate: true },
      h(
        'fieldset',
        { class: 'chapter-picks' },
        h('legend', { text: 'Chapters' }),
        ...chapters.map((c) => h('label', { class: 'choice' }, c.box, c.name)),
      ),
      field('Teams', teamCount, `1 to ${MAX_TEAMS}`),
      names,
      field('Seconds per decision', seconds, `${SECONDS_RANGE.min} to ${SECONDS_RANGE.max}`),
      h('label', { class: 'choice' }, noCountdown, 'No countdown'),
      field('Seed', seedInput, 'The same seed deals the same posts, the same truths and the same order'),
      h(
        'label',
        { class: 'choice' },
        roomCheck,
        'Judgement check for the room: each team answers eight posts before the first chapter and eight others after the last',
      ),
      h(
        'label',
        { class: 'choice' },
        h('input', {
          type: 'checkbox',
          checked: s.settings.showKinds,
          onchange: (e) => s.updateSettings({ showKinds: (e.target as HTMLInputElement).checked }),
        }),
        'Name the kind of each reply on its button (for teaching)',
      ),
      problem,
      h(
        'div',
        { class: 'menu' },
        h('button', { type: 'submit' }, 'Start workshop'),
        button('Open a room', () => begin(true), {
          title: 'Everyone votes from their own phone: needs the game started with "npm run room"',
        }),
        button('Facilitator guide', () => s.show('guide')),
        button('Back', () => s.show('title')),
      ),
    ),
    h('h3', { text: 'Keys during the workshop' }),
    h(
      'dl',
      { class: 'keys' },
      ...FACILITATOR_KEYS.flatMap(([key, does]) => [h('dt', { text: key }), h('dd', { text: does })]),
    ),
  );
}
