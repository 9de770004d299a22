// The editor's reading of where the cursor is in a level file being typed: block keys, list items (also
// written flush with their key), flow mappings and lists on one line, and nothing inside quoted text.
import { expect, it } from 'vitest';
import { keyAt, placeAt } from '../../src/editor/yaml-place.ts';
const at = (t: string) => placeAt(t.replace('|', ''), t.indexOf('|'));
it('finds the path and whether a key or a value is typed', () => {
  expect(at('id: a\nnu|')).toMatchObject({ path: [], kind: 'key', prefix: 'nu' });
  expect(at('persona:\n  na|')).toMatchObject({ path: ['persona'], kind: 'key', prefix: 'na' });
  expect(at('posts:\n  - id: a\n    scen|')).toMatchObject({ path: ['posts', '*'], kind: 'key' });
  expect(at('posts:\n  - |')).toMatchObject({ path: ['posts', '*'], kind: 'key' });
  expect(at('posts:\n- id: a\n  author:\n    kind: cr|')).toMatchObject({
    path: ['posts', '*', 'author', 'kind'],
    kind: 'value',
    prefix: 'cr',
  });
  expect(at('posts:\n  - id: a\n    responses:\n      - { id: x, kind: ev|')).toMatchObject({
    path: ['posts', '*', 'responses', '*', 'kind'],
    kind: 'value',
    prefix: 'ev',
  });
  expect(at('posts:\n  - id: a\n    responses:\n      - { id: x, effects: { tr|')).toMatchObject({
    path: ['posts', '*', 'responses', '*', 'effects'],
    kind: 'key',
    prefix: 'tr',
  });
  expect(at('endings:\n  - { id: a, when: { all: [ { value: tr|')).toMatchObject({
    path: ['endings', '*', 'when', 'all', '*', 'value'],
    kind: 'value',
  });
  expect(at('start: { trust: 5, lo|')).toMatchObject({ path: ['start'], kind: 'key', prefix: 'lo' });
  expect(at('text: "a, {b|')).toBeNull();
  const t = 'posts:\n  - id: a\n    viral: 3\n';
  expect(keyAt(t, t.indexOf('viral') + 2)).toMatchObject({ path: ['posts', '*', 'viral'] });
});
