// A SCORM 1.2 package of the built game: every file of the build and an imsmanifest.xml naming one SCO, the
// game's page, launched with the chapters the course asks for (`chapters=1,3`). The game finds the LMS's API
// itself (src/lms/scorm.ts); outside an LMS the same files play as usual.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Level } from '../content/schema.ts';

/** Text for XML or HTML: the five characters markup reads, written as entities. */
export const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/** The launch page and its query: the chapters the course asks for, by number. */
const launchHref = (chapters: readonly Level[]) => `index.html?chapters=${chapters.map((l) => l.number).join(',')}`;

function manifestXml(files: readonly string[], chapters: readonly Level[]): string {
  const title = `Hot Seat: ${chapters.map((l) => `${l.number}. ${l.title}`).join(', ')}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="hot-seat" version="1.2"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="hot-seat-course">
    <organization identifier="hot-seat-course">
      <title>${escapeXml(title)}</title>
      <item identifier="hot-seat-item" identifierref="hot-seat-sco" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="hot-seat-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launchHref(chapters))}">
${files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** Writes the zip of the build in `dist` for these chapters; gives back its size in bytes. */
export function writeScormPackage(dist: string, out: string, chapters: readonly Level[]): number {
  const files = filesUnder(dist);
  const entries: Record<string, Uint8Array> = { 'imsmanifest.xml': strToU8(manifestXml(files, chapters)) };
  for (const f of files) entries[f] = readFileSync(join(dist, f));
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(out, zip);
  return zip.length;
}
