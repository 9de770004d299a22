// The authoring guide in the editor, read from docs/writing-scenarios.md (one text for the repository and
// the game). Fetched the first time the panel opens.
import { markdown } from '../html/markdown.ts';

const GUIDE = import.meta.glob<string>('../../docs/writing-scenarios.md', { query: '?raw', import: 'default' });

export async function guideElements(): Promise<HTMLElement[]> {
  const load = Object.values(GUIDE)[0];
  if (!load) return markdown('The authoring guide is not part of this build.', 3);
  return markdown(await load(), 3);
}
