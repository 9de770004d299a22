// The scenario editor, a view of its own (DESIGN.md): the YAML on one side, its problems, its balance and the
// authoring guide on the other. It reads the store (the chapters to duplicate, the screen), checks the text
// with the game's own loader, and hands a scenario to the store to play. Built the first time it opens.
import { loadLevel } from '../content/loader.ts';
import { formatProblem, type Problem } from '../content/problems.ts';
import type { Level } from '../content/schema.ts';
import type { EditorView } from '@codemirror/view';
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
const VALIDATE_MS = 300;
const BALANCE_MS = 600;

/** The elements the editor's validation and actions write to. */
interface Parts {
  root: HTMLElement;
  status: HTMLElement;
  codeHost: HTMLElement;
  problemsSummary: HTMLElement;
  problemList: HTMLElement;
  balance: ReturnType<typeof createBalancePanel>;
  chapterSelect: HTMLSelectElement;
  fileInput: HTMLInputElement;
}

/** What the editor's buttons do (the file button opens through its input). */
interface Buttons {
  play(): void;
  download(): void;
  fromTemplate(): void;
  duplicate(): void;
}

export async function mountEditor(host: HTMLElement, store: AppStore): Promise<void> {
  const parts = editorParts(store, {
    play: () => void actions.play(),
    download: () => download(view.state.doc.toString()),
    fromTemplate: () => actions.replace(TEMPLATE, t('editor.status.startedFromTemplate')),
    duplicate: () => void actions.duplicate(),
  });
  host.append(parts.root);

  const saveSoon = draftSaver();
  const view = createCodeEditor(parts.codeHost, (v) => {
    saveSoon(v);
    validator.changed(v.state.doc.toString());
  });
  const validator = createValidator(view, parts);
  const actions = editorActions(view, parts, store, validator);
  openFilesGiven(parts, actions.open);

  const draft = await loadDraft();
  setText(view, draft?.text ?? TEMPLATE, draft?.cursor ?? 0);
  parts.status.textContent = t(draft ? 'editor.status.draftBack' : 'editor.status.newFromTemplate');
  followScreen(store, parts.root, view);
}

/** The editor's page: its bar of actions, the code, and beside it the problems, the guide and the balance. */
function editorParts(store: AppStore, buttons: Buttons): Parts {
  const status = el('p', { class: 'editor-status', role: 'status' });
  const problemsSummary = el('p', { class: 'problems-summary' });
  const problemList = el('ul', { class: 'problem-list' });
  const balance = createBalancePanel();
  const guide = guideSection();
  const codeHost = el('section', { class: 'editor-code', 'aria-label': t('editor.code.region') });
  const chapterSelect = el(
    'select',
    { 'aria-label': t('editor.actions.chapterToDuplicate') },
    ...store.getState().levels.map((l) => el('option', { value: l.id, text: chapterName(l) })),
  );
  const fileInput = el('input', { type: 'file', accept: '.yaml,.yml,text/yaml,text/plain', class: 'sr-only' });
  const bar = el(
    'header',
    { class: 'editor-bar' },
    el('h1', { id: 'editor-heading', text: t('editor.heading') }),
    el(
      'div',
      { class: 'editor-actions', role: 'group', 'aria-label': t('editor.actions.group') },
      button(t('editor.actions.play'), buttons.play, { class: 'primary' }),
      button(t('editor.actions.download'), buttons.download),
      el('label', { class: 'file-button' }, fileInput, t('editor.actions.open')),
      button(t('editor.actions.fromTemplate'), buttons.fromTemplate),
      el('span', { class: 'duplicate' }, chapterSelect, button(t('editor.actions.duplicate'), buttons.duplicate)),
      guide.button,
      button(t('editor.actions.backToTitle'), () => store.getState().show('title')),
    ),
  );
  const problems = el(
    'section',
    { class: 'editor-problems', 'aria-labelledby': 'problems-heading' },
    el('h2', { id: 'problems-heading', text: t('editor.problems.heading') }),
    problemsSummary,
    problemList,
  );
  const root = el(
    'section',
    { class: 'editor', 'aria-labelledby': 'editor-heading', hidden: true },
    bar,
    status,
    el(
      'div',
      { class: 'editor-main' },
      codeHost,
      el('div', { class: 'editor-side' }, problems, guide.root, balance.root),
    ),
  );
  return { root, status, codeHost, problemsSummary, problemList, balance, chapterSelect, fileInput };
}

/** The authoring guide, hidden until its button opens it; its text is built the first time. */
function guideSection() {
  const root = el(
    'section',
    { class: 'editor-guide', 'aria-labelledby': 'guide-heading', hidden: true, id: 'editor-guide' },
    el('h2', { id: 'guide-heading', text: t('editor.actions.guide'), tabindex: -1 }),
  );
  const toggle = async () => {
    const opening = root.hidden;
    root.hidden = !opening;
    guideButton.setAttribute('aria-expanded', String(opening));
    if (opening && root.childElementCount === 1) root.append(...(await guideElements()));
    if (opening) root.querySelector('h2')?.focus();
  };
  const guideButton = button(t('editor.actions.guide'), () => void toggle(), {
    'aria-expanded': 'false',
    'aria-controls': 'editor-guide',
  });
  return { root, button: guideButton };
}

/** Keeps the text in the browser after every pause in typing (the cursor with it). */
function draftSaver() {
  let timer = 0;
  return (v: EditorView) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      void saveDraft({ text: v.state.doc.toString(), cursor: v.state.selection.main.head });
    }, 400);
  };
}

/**
 * Validates the text with the game's loader once typing pauses, and shows its problems; a text without
 * problems goes to the balance workers a little later, unless it has changed again.
 */
function createValidator(view: EditorView, parts: Parts) {
  let validateTimer = 0;
  let balanceTimer = 0;
  let validatedText = '';
  let valid: Level | null = null;
  const { balance } = parts;
  const runner = balanceRunner((reply) => valid && balance.show(valid, reply));

  function validate() {
    const text = view.state.doc.toString();
    validatedText = text;
    const r = loadLevel(text, FILE);
    showProblems(view, parts, r.ok ? [] : r.problems, r.ok ? r.warnings : []);
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
    }, BALANCE_MS - VALIDATE_MS);
  }

  return {
    /** The text or the cursor moved: a new text is validated VALIDATE_MS after the last change. */
    changed(text: string) {
      if (text === validatedText) return;
      clearTimeout(validateTimer);
      clearTimeout(balanceTimer);
      validateTimer = window.setTimeout(validate, VALIDATE_MS);
    },
    /** Validates the text now, instead of after the pause. */
    now() {
      clearTimeout(validateTimer);
      validate();
    },
  };
}

/** The problems and warnings, marked at their lines and listed, each a button to its line. */
function showProblems(view: EditorView, parts: Parts, problems: Problem[], warnings: Problem[]) {
  const marks: Mark[] = [
    ...problems.map((p) => ({ line: p.line, text: `${p.path}: ${p.message}`, severity: 'error' as const })),
    ...warnings.map((p) => ({
      line: p.line,
      text: `${p.path}: warning: ${p.message}`,
      severity: 'warning' as const,
    })),
  ];
  markProblems(view, marks);
  parts.problemsSummary.textContent =
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
      button(formatProblem(warning ? { ...p, message: `warning: ${p.message}` } : p), () => goToLine(view, p.line)),
    );
  parts.problemList.replaceChildren(...problems.map((p) => line(p, false)), ...warnings.map((p) => line(p, true)));
}

function goToLine(view: EditorView, n: number) {
  const line = view.state.doc.line(Math.min(n, view.state.doc.lines));
  view.dispatch({ selection: { anchor: line.from }, scrollIntoView: true });
  view.focus();
}

/** What the bar's buttons and a file given to the editor do to the text. */
function editorActions(view: EditorView, parts: Parts, store: AppStore, validator: ReturnType<typeof createValidator>) {
  const { status, chapterSelect, problemList } = parts;
  const replace = (text: string, said: string) => {
    setText(view, text);
    status.textContent = t('editor.status.replaced', { said });
    view.focus();
  };
  return {
    replace,
    async duplicate() {
      const text = await chapterCopy(chapterSelect.value);
      const chapter = chapterSelect.selectedOptions[0]?.textContent ?? '';
      if (text) replace(text, t('editor.status.duplicated', { chapter }));
    },
    async open(file: File | undefined) {
      if (!file) return;
      const r = await readFile(file);
      if ('refused' in r) status.textContent = r.refused;
      else replace(r.text, t('editor.status.opened', { file: file.name }));
    },
    async play() {
      validator.now();
      const problems = await store.getState().playScenario(view.state.doc.toString());
      if (problems.length) {
        status.textContent = t('editor.status.fixFirst', { count: problems.length });
        problemList.querySelector('button')?.focus();
      }
    },
  };
}

/** A file chosen with the Open button, or dropped anywhere on the editor, opens. */
function openFilesGiven({ root, fileInput }: Parts, open: (file: File | undefined) => Promise<void>) {
  fileInput.addEventListener('change', () => {
    void open(fileInput.files?.[0]);
    fileInput.value = '';
  });
  // A dropped file opens instead of CodeMirror pasting its text at the drop point.
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
}

/** Shows the editor while the store's screen is the editor. */
function followScreen(store: AppStore, root: HTMLElement, view: EditorView) {
  store.subscribe(
    (s) => s.screen === 'editor',
    (showing) => {
      root.hidden = !showing;
      // Back from playing it: the cursor is where it was, ready to type.
      if (showing) view.focus();
    },
    { fireImmediately: true },
  );
}
