// The code editor itself: CodeMirror 6 with its YAML language, completion and hover help from the level
// schema, and every problem the game's loader finds marked at its line: underlined, in the gutter, and
// written out under the line in the loader's own words.
//
// It lives in a shadow root. CodeMirror styles itself at run time; in a document it adds <style> elements,
// which the game's Content-Security-Policy (style-src 'self') refuses, while in a shadow root it uses
// constructed style sheets, which the policy does not cover. So the policy stays as strict as it was.
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, hoverTooltip, WidgetType } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { t } from '../i18n/i18n.ts';
import { help, keySuggestions, nodeAt, valueSuggestions } from './schema-help.ts';
import { keyAt, placeAt } from './yaml-place.ts';

/** A problem or warning at a line, in the words validate-levels prints. */
export interface Mark {
  line: number;
  text: string;
  severity: 'error' | 'warning';
}

function complete(context: CompletionContext): CompletionResult | null {
  const place = placeAt(context.state.doc.toString(), context.pos);
  if (!place || (!context.explicit && !place.prefix && place.kind === 'value')) return null;
  const found = place.kind === 'key' ? keySuggestions(place.path) : valueSuggestions(place.path);
  if (!found.length) return null;
  return {
    from: place.from,
    options: found.map((s) => ({
      label: s.label,
      apply: s.apply,
      detail: s.detail,
      info: s.info || undefined,
      type: place.kind === 'key' ? 'property' : 'enum',
    })),
    validFor: /^[$\w-]*$/,
  };
}

const hover = hoverTooltip((view, pos) => {
  const key = keyAt(view.state.doc.toString(), pos);
  const node = key && nodeAt(key.path);
  if (!key || !node) return null;
  return {
    pos: key.from,
    end: key.to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-field-help';
      const name = document.createElement('strong');
      name.textContent = key.path.filter((s) => s !== '*').at(-1) ?? '';
      dom.append(name, t('editor.code.fieldHelp', { help: help(node) || t('editor.code.noHelp') }));
      return { dom };
    },
  };
});

class ProblemWidget extends WidgetType {
  constructor(readonly mark: Mark) {
    super();
  }
  override eq(other: ProblemWidget) {
    return other.mark.text === this.mark.text && other.mark.severity === this.mark.severity;
  }
  toDOM() {
    const span = document.createElement('span');
    span.className = `cm-problem-text ${this.mark.severity}`;
    span.textContent = this.mark.text;
    return span;
  }
}

const showMarks = StateEffect.define<Mark[]>();

/** The written-out problems, kept in place as the text around them changes until the next validation. */
const markField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    let next = set.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(showMarks)) continue;
      const { doc } = tr.state;
      const ranges = e.value
        .filter((m) => m.line <= doc.lines)
        .map((m) => {
          const line = doc.line(m.line);
          return Decoration.widget({ widget: new ProblemWidget(m), side: 1, block: true }).range(line.to);
        });
      next = Decoration.set(ranges, true);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Shows a validation's problems on their lines (an empty list clears them). */
export function markProblems(view: EditorView, marks: Mark[]) {
  const { doc } = view.state;
  const diagnostics: Diagnostic[] = marks
    .filter((m) => m.line <= doc.lines)
    .map((m) => {
      const line = doc.line(m.line);
      return { from: line.from, to: line.to, severity: m.severity, message: m.text };
    });
  view.dispatch(setDiagnostics(view.state, diagnostics), { effects: showMarks.of(marks) });
}

/** Paper: dark text on white, which CodeMirror's default highlighting is made for. */
const paper = EditorView.theme({
  '&': { height: '100%', background: '#fff', color: '#1b1f24', fontSize: '15px' },
  '&.cm-focused': { outline: '3px solid #ff7a1a', outlineOffset: '-3px' },
  '.cm-gutters': { background: '#eef1f5', color: '#4a5160' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace' },
  '.cm-problem-text': {
    display: 'block',
    padding: '2px 8px 4px 24px',
    fontFamily: 'system-ui, sans-serif',
    fontSize: '14px',
    whiteSpace: 'pre-wrap',
  },
  '.cm-problem-text.error': { color: '#a3001b', background: '#fde8eb' },
  '.cm-problem-text.warning': { color: '#6b4700', background: '#fff4d6' },
  '.cm-field-help': { maxWidth: '420px', padding: '6px 10px', fontFamily: 'system-ui, sans-serif' },
});

export function createCodeEditor(host: HTMLElement, onChange: (view: EditorView) => void): EditorView {
  const root = host.attachShadow({ mode: 'open' });
  return new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      extensions: [
        basicSetup,
        paper,
        yaml(),
        autocompletion({ override: [complete] }),
        hover,
        lintGutter(),
        markField,
        EditorState.tabSize.of(2),
        EditorView.lineWrapping,
        // Focusable as it is (contenteditable); said out loud so that checkers see the scrolling area can be reached.
        EditorView.contentAttributes.of({ 'aria-label': t('editor.code.yaml'), tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged || u.selectionSet) onChange(u.view);
        }),
      ],
    }),
  });
}

/** Replaces the whole text, with the cursor at `cursor` (kept inside the new text). */
export function setText(view: EditorView, text: string, cursor = 0) {
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor: Math.min(cursor, text.length) },
    scrollIntoView: true,
  });
}
