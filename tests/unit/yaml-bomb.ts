// A YAML "billion laughs": each line's alias repeats the one before ten times. Shared by the loader's tests.
export const ALIAS_BOMB = [
  'id: &a [x, x, x, x, x, x, x, x, x, x]',
  'title: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'briefing: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'posts: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
].join('\n');
