// The editor's template, the first thing a trainer sees: it loads without a problem or a warning, and it
// is balanced as the campaign's chapters are (no warning from the balance report), so that the panel
// opens on a clean example. The schema help it relies on finds the fields and values of a level.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/content/loader.ts';
import { balanceReport } from '../../src/core/balance.ts';
import { help, keySuggestions, nodeAt, valueSuggestions } from '../../src/editor/schema-help.ts';

const TEMPLATE = readFileSync('src/editor/template.yaml', 'utf8');

describe('the editor template', () => {
  it('loads cleanly and draws no balance warning', () => {
    const r = loadLevel(TEMPLATE, 'template.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.warnings).toEqual([]);
    expect(balanceReport(r.level, 300).warnings).toEqual([]);
  });
});

describe('schema help', () => {
  it('offers the fields of a post, the kinds of a reply and the meaning of a field', () => {
    expect(keySuggestions(['posts', '*']).map((s) => s.label)).toEqual(
      expect.arrayContaining(['id', 'scenario', 'claim', 'author', 'text', 'viral', 'responses']),
    );
    expect(keySuggestions(['start']).map((s) => s.label)).toContain('promiseDebt');
    expect(valueSuggestions(['posts', '*', 'responses', '*', 'kind']).map((s) => s.label)).toContain('evidence');
    expect(valueSuggestions(['endings', '*', 'good']).map((s) => s.label)).toEqual(['true', 'false']);
    expect(keySuggestions(['endings', '*', 'when', 'all', '*']).map((s) => s.label)).toContain('atLeast');
    expect(help(nodeAt(['hours'])!)).toBe('length of the chapter in crisis hours. whole number 1–2000');
  });
});
