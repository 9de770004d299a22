// The workshop's setup: which chapters, how many teams and their names, the countdown, and the seed (the
// same seed deals the same stream to every room that uses it). Bad values are named in plain words.
import { MAX_TEAMS, SECONDS_RANGE } from '../state/workshop.ts';
import type { App } from '../state/store.ts';
import { chapterName } from '../view/format.ts';
import { t } from '../i18n/i18n.ts';
import { facilitatorKeys } from '../view/workshop.ts';
import { button, h } from './h.ts';

const field = (label: string, control: HTMLElement, hint?: string) =>
  h('label', { class: 'field' }, h('span', { text: label }), control, hint ? h('small', { text: hint }) : null);

export function workshopSetupPanel(s: App): HTMLElement {
  const seed = crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
  const teamCount = h('input', { type: 'number', min: 1, max: MAX_TEAMS, value: 3, required: true });
  const names = h('div', { class: 'team-names' });
  const defaultNames = t('workshop.setup.defaultNames', { returnObjects: true });
  const showNames = () => {
    const n = Math.min(MAX_TEAMS, Math.max(1, Math.floor(Number(teamCount.value)) || 1));
    const kept = [...names.querySelectorAll('input')].map((i) => i.value);
    names.replaceChildren(
      ...Array.from({ length: n }, (_, i) =>
        field(
          t('workshop.setup.teamName', { number: i + 1 }),
          h('input', { type: 'text', maxlength: 40, value: kept[i] ?? defaultNames[i] }),
        ),
      ),
    );
  };
  teamCount.addEventListener('input', showNames);
  showNames();
  const seconds = h('input', { type: 'number', min: SECONDS_RANGE.min, max: SECONDS_RANGE.max, value: 90 });
  const noCountdown = h('input', { type: 'checkbox' });
  noCountdown.addEventListener('change', () => (seconds.disabled = noCountdown.checked));
  const seedInput = h('input', { type: 'text', inputmode: 'numeric', value: seed });
  const roomJudgement = h('input', { type: 'checkbox' });
  const chapters = s.levels.map((l, i) => ({
    id: l.id,
    box: h('input', { type: 'checkbox', checked: i === 0, value: l.id }),
    name: chapterName(l),
  }));
  const problem = h('p', { class: 'problem', role: 'alert' });

  /** Starts the workshop, with a room for phones (`room`) or without. */
  const begin = (room: boolean) => {
    const teams = [...names.querySelectorAll('input')].map(
      (i, k) => i.value.trim() || t('workshop.setup.team', { number: k + 1 }),
    );
    const chosen = chapters.filter((c) => c.box.checked).map((c) => c.id);
    const secs = Number(seconds.value);
    const seedValue = Number(seedInput.value.trim());
    const trouble = !chosen.length
      ? t('workshop.setup.noChapter')
      : !noCountdown.checked && !(Number.isInteger(secs) && secs >= SECONDS_RANGE.min && secs <= SECONDS_RANGE.max)
        ? t('workshop.setup.badSeconds', SECONDS_RANGE)
        : !(Number.isInteger(seedValue) && seedValue >= 0 && seedValue < 2 ** 31)
          ? t('workshop.setup.badSeed', { max: 2 ** 31 - 1 })
          : null;
    problem.textContent = trouble ?? '';
    if (!trouble)
      s.startWorkshop({
        teams,
        seconds: noCountdown.checked ? null : secs,
        chapters: chosen,
        seed: seedValue,
        roomJudgement: roomJudgement.checked,
        room,
      });
  };
  const start = (e: Event) => {
    e.preventDefault();
    begin(false);
  };

  return h(
    'section',
    { class: 'panel workshop-setup', 'aria-label': t('workshop.setup.label') },
    h('h2', { text: t('workshop.setup.heading') }),
    h('p', { text: t('workshop.setup.intro') }),
    h(
      'form',
      { class: 'settings', onsubmit: start, novalidate: true },
      h(
        'fieldset',
        { class: 'chapter-picks' },
        h('legend', { text: t('workshop.setup.chapters') }),
        ...chapters.map((c) => h('label', { class: 'choice' }, c.box, c.name)),
      ),
      field(t('workshop.setup.teams'), teamCount, t('workshop.setup.teamsRange', { max: MAX_TEAMS })),
      names,
      field(t('workshop.setup.seconds'), seconds, t('workshop.setup.secondsRange', SECONDS_RANGE)),
      h('label', { class: 'choice' }, noCountdown, t('workshop.setup.noCountdown')),
      field(t('workshop.setup.seed'), seedInput, t('workshop.setup.seedHint')),
      h('label', { class: 'choice' }, roomJudgement, t('workshop.setup.roomJudgement')),
      h(
        'label',
        { class: 'choice' },
        h('input', {
          type: 'checkbox',
          checked: s.settings.showKinds,
          onchange: (e) => s.updateSettings({ showKinds: (e.target as HTMLInputElement).checked }),
        }),
        t('workshop.setup.showKinds'),
      ),
      problem,
      h(
        'div',
        { class: 'menu' },
        h('button', { type: 'submit' }, t('workshop.setup.start')),
        button(t('workshop.setup.openRoom'), () => begin(true), { title: t('workshop.setup.openRoomHint') }),
        button(t('workshop.setup.guide'), () => s.show('guide')),
        button(t('workshop.setup.back'), () => s.show('title')),
      ),
    ),
    h('h3', { text: t('workshop.setup.keysHeading') }),
    h(
      'dl',
      { class: 'keys' },
      ...facilitatorKeys().flatMap(([key, does]) => [h('dt', { text: key }), h('dd', { text: does })]),
    ),
  );
}
