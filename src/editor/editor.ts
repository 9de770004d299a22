// The scenario editor, a view of its own (DESIGN.md): the YAML on one side, its problems, its balance and the
// authoring guide on the other. It reads the store (the chapters to duplicate, the screen), checks the text
// with the game's own loader, and hands a scenario to the store to play. Built the first time it opens.
import { loadLevel } from '../content/loader.ts';
import { formatProblem, type Problem } from '../content/problems.ts';
import type { Level } from '../content/schema.ts';
import { t } from '../i18n/i18n.ts';
import type { AppStore } from '../state/store.ts';
import { chapterName } from '../view/format.ts';
import { createBalancePanel } from './balance-panel.ts';
import { balanceRunner } from './balance-runner.ts';
import { createCodeEditor, type Mark, markProblems, setText } from './code-editor.ts';
import { button, h as el } from '../html/h.ts';
import { loadDraft, saveDraft } from './drafts.ts';
import { guideElements } from './guide.ts';
import { chapterCopy, download, readFile, TEMPLATE } from './sources.ts';
import './editor.css';

/** The file name problems are printed with, as validate-levels prints a file's. */
const FILE = 'scenario.yaml';
/** Problems show this long after typing stops; the balance starts BALANCE_MS after it. */
const CHECK_MS = 300;
const BALANCE_MS = 600;

export async function mountEditor(host: HTMLElement, store: AppStore): Promise<void> {
  const status = el('p', { class: 'editor-status', role: 'status' });
  const problemsSummary = el('p', { class: 'problems-summary' });
  const problemList = el('ul', { class: 'problem-list' });
  const balance = createBalancePanel();
  const guide = el(
    'section',
    { class: 'editor-guide', 'aria-labelledby': 'guide-heading', hidden: true, id: 'editor-guide' },
    el('h2', { id: 'guide-heading', text: t('editor.actions.guide'), tabindex: -1 }),
  );
  const codeHost = el('section', { class: 'editor-code', 'aria-label': t('editor.code.region') });
  const chapterSelect = el(
    'select',
    { 'aria-label': t('editor.actions.chapterToDuplicate') },
    ...store.getState().levels.map((l) => el('option', { value: l.id, text: chapterName(l) })),
  );
  const fileInput = el('input', { type: 'file', accept: '.yaml,.yml,text/yaml,text/plain', class: 'sr-only' });
  const guideButton = button(t('editor.actions.guide'), () => toggleGuide(), {
    'aria-expanded': 'false',
    'aria-controls': 'editor-guide',
  });

  const root = el(
    'section',
    { class: 'editor', 'aria-labelledby': 'editor-heading', hidden: true },
    el(
      'header',
      { class: 'editor-bar' },
      el('h1', { id: 'editor-heading', text: t('editor.heading') }),
      el(
        'div',
        { class: 'editor-actions', role: 'group', 'aria-label': t('editor.actions.group') },
        button(t('editor.actions.play'), () => void play(), { class: 'primary' }),
        button(t('editor.actions.download'), () => download(view.state.doc.toString())),
        el('label', { class: 'file-button' }, fileInput, t('editor.actions.open')),
        button(t('editor.actions.fromTemplate'), () => replace(TEMPLATE, t('editor.status.startedFromTemplate'))),
        el(
          'span',
          { class: 'duplicate' },
          chapterSelect,
          button(t('editor.actions.duplicate'), () => duplicate()),
        ),
        guideButton,
        button(t('editor.actions.backToTitle'), () => store.getState().show('title')),
      ),
    ),
    status,
    el(
      'div',
      { class: 'editor-main' },
      codeHost,
      el(
        'div',
        { class: 'editor-side' },
        el(
          'section',
          { class: 'editor-problems', 'aria-labelledby': 'problems-heading' },
          el('h2', { id: 'problems-heading', text: t('editor.problems.heading') }),
          problemsSummary,
          problemList,
        ),
        guide,
        balance.root,
      ),
    ),
  );
  host.append(root);

  let checkTimer = 0;
  let balanceTimer = 0;
  let draftTimer = 0;
  let checkedText = '';
  let valid: Level | null = null;
  const runner = balanceRunner((reply) => valid && balance.show(valid, reply));

  const view = createCodeEditor(codeHost, (v) => {
    clearTimeout(draftTimer);
    draftTimer = window.setTimeout(() => {
      void saveDraft({ text: v.state.doc.toString(), cursor: v.state.selection.main.head });
    }, 400);
    if (v.state.doc.toString() === checkedText) return;
    clearTimeout(checkTimer);
    clearTimeout(balanceTimer);
    checkTimer = window.setTimeout(check, CHECK_MS);
  });

  /** Checks the text with the game's loader; a text without problems goes to the balance worker. */
  function check() {
    const text = view.state.doc.toString();
    checkedText = text;
    const r = loadLevel(text, FILE);
    const problems = r.ok ? [] : r.problems;
    const warnings = r.ok ? r.warnings : [];
    showProblems(problems, warnings);
    valid = r.ok ? r.level : null;
    if (!r.ok) {
      runner.cancel();
      balance.stale();
      return;
    }
    balanceTimer = window.setTimeout(() => {
      if (view.state.doc.toString() !== text) return;
      balance.working();
      runner.run(r.level);
    }, BALANCE_MS - CHECK_MS);
  }

  function showProblems(problems: Problem[], warnings: Problem[]) {
    const marks: Mark[] = [
      ...problems.map((p) => ({ line: p.line, text: `${p.path}: ${p.message}`, severity: 'error' as const })),
      ...warnings.map((p) => ({
        line: p.line,
        text: `${p.path}: warning: ${p.message}`,
        severity: 'warning' as const,
      })),
    ];
    markProblems(view, marks);
    problemsSummary.textContent =
      problems.length || warnings.length
        ? t('editor.problems.summary', {
            problems: t('editor.problems.problems', { count: problems.length }),
            warnings: t('editor.problems.warnings', { count: warnings.length }),
          })
        : t('editor.problems.none');
    const line = (p: Problem, warning: boolean) =>
      el(
        'li',
        { class: warning ? 'warning' : 'error' },
        button(formatProblem(warning ? { ...p, message: `warning: ${p.message}` } : p), () => goToLine(p.line)),
      );
    problemList.replaceChildren(...problems.map((p) => line(p, false)), ...warnings.map((p) => line(p, true)));
  }

  function goToLine(n: number) {
    const line = view.state.doc.line(Math.min(n, view.state.doc.lines));
    view.dispatch({ selection: { anchor: line.from }, scrollIntoView: true });
    view.focus();
  }

  function replace(text: string, said: string) {
    setText(view, text);
    status.textContent = t('editor.status.replaced', { said });
    view.focus();
  }

  async function duplicate() {
    const text = await chapterCopy(chapterSelect.value);
    const chapter = chapterSelect.selectedOptions[0]?.textContent ?? '';
    if (text) replace(text, t('editor.status.duplicated', { chapter }));
  }

  async function open(file: File | undefined) {
    if (!file) return;
    const r = await readFile(file);
    if ('refused' in r) status.textContent = r.refused;
    else replace(r.text, t('editor.status.opened', { file: file.name }));
  }

  async function play() {
    clearTimeout(checkTimer);
    check();
    const problems = await store.getState().playScenario(view.state.doc.toString());
    if (problems.length) {
      status.textContent = t('editor.status.fixFirst', { count: problems.length });
      problemList.querySelector('button')?.focus();
    }
  }

  async function toggleGuide() {
    const opening = guide.hidden;
    guide.hidden = !opening;
    guideButton.setAttribute('aria-expanded', String(opening));
    if (opening && guide.childElementCount === 1) guide.append(...(await guideElements()));
    if (opening) guide.querySelector('h2')?.focus();
  }

  fileInput.addEventListener('change', () => {
    void open(fileInput.files?.[0]);
    fileInput.value = '';
  });
  // A file dropped anywhere on the editor opens, instead of CodeMirror pasting its text at the drop point.
  root.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  root.addEventListener(
    'drop',
    (e) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      e.stopPropagation();
      void open(file);
    },
    { capture: true },
  );

  const draft = await loadDraft();
  setText(view, draft?.text ?? TEMPLATE, draft?.cursor ?? 0);
  status.textContent = t(draft ? 'editor.status.draftBack' : 'editor.status.newFromTemplate');

  const sync = () => {
    const showing = store.getState().screen === 'editor';
    if (showing === !root.hidden) return;
    root.hidden = !showing;
    // Back from playing it: the cursor is where it was, ready to type.
    if (showing) view.focus();
  };
  store.subscribe(sync);
  sync();
}
