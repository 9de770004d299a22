// Where a draft comes from and where it goes: the template, a built-in chapter's own file, a file opened or
// dropped, and the .yaml file downloaded.
import { MAX_FILE_BYTES } from '../content/loader.ts';
import { t } from '../i18n/i18n.ts';
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

/** A file's text, or a plain reason it was not opened (in the player's words; the loader's are the validator's). */
export async function readFile(file: File): Promise<{ text: string } | { refused: string }> {
  const name = file.name;
  if (file.size > MAX_FILE_BYTES) {
    const size = Math.ceil(file.size / 1024);
    return { refused: t('editor.status.tooLarge', { file: name, size, max: MAX_FILE_BYTES / 1024 }) };
  }
  const text = await file.text();
  if (text.includes('\u0000')) return { refused: t('editor.status.notText', { file: name }) };
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
