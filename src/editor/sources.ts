// Where a draft comes from and where it goes: the template, a built-in chapter's own file, a file opened or
// dropped, and the .yaml file downloaded.
import { MAX_FILE_BYTES, tooLarge } from '../content/loader.ts';
import template from './template.yaml?raw';

export const TEMPLATE = template;

/** The campaign's level files, each fetched only when it is duplicated. */
const CHAPTER_FILES = import.meta.glob<string>('../../levels/*.yaml', { query: '?raw', import: 'default' });

/** A built-in chapter's file, given a new id so that the copy is plainly the trainer's own. */
export async function chapterCopy(levelId: string): Promise<string | null> {
  const entry = Object.entries(CHAPTER_FILES).find(([path]) => path.endsWith(`-${levelId}.yaml`));
  if (!entry) return null;
  const text = await entry[1]();
  return text.replace(/^id: *(\S+)/m, 'id: $1-copy').replace(/^# yaml-language-server:.*\n/, '');
}

/** A file's text, or a plain reason it was not opened. */
export async function readFile(file: File): Promise<{ text: string } | { refused: string }> {
  if (file.size > MAX_FILE_BYTES) return { refused: `"${file.name}" was not opened: ${tooLarge(file.size)}.` };
  const text = await file.text();
  if (text.includes('\u0000')) return { refused: `"${file.name}" is not a text file. It was not opened.` };
  return { text };
}

/** Saves the text as a .yaml file named after its id. */
export function download(text: string) {
  const id = /^id: *([a-z0-9-]+)/m.exec(text)?.[1] ?? 'scenario';
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `${id}.yaml` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
