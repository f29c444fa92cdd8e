// The corrections files on disk: where an article's sidecar is, reading it, and updating it atomically (written to
// a temporary file and renamed over the old one; re-read first and the change applied to what is there now, so a
// correction saved meanwhile by another window is kept). Nothing read here is ever executed: the sidecar is JSON
// parsed by the corrections core.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleOfSidecar, parseSidecar, serializeSidecar, sidecarPath, SIDECAR_SUFFIX, type ParsedSidecar, type Sidecar } from './corrections';

export { SIDECAR_SUFFIX };

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The workspace folder (a path) holding a file, the innermost when folders nest. */
function folderOf(file: string, folderUris: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const uri of folderUris) {
    const folder = filePathOf(uri);
    if (!folder) continue;
    const relative = path.relative(folder, file);
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative) && (!best || folder.length > best.length)) best = folder;
  }
  return best;
}

/** The sidecar file of an article (a file: URI), or undefined (not a file, or the folder setting points outside). */
export function sidecarFileOf(articleUri: string, folderUris: readonly string[], sidecarFolder: string): string | undefined {
  const file = filePathOf(articleUri);
  return file ? sidecarPath(file, folderOf(file, folderUris), sidecarFolder) : undefined;
}

/** The article (URI) a changed sidecar belongs to, under the folder setting of each workspace folder. */
export function articleUriOfSidecar(sidecarUri: string, folderUris: readonly string[], sidecarFolder: string): string | undefined {
  const file = filePathOf(sidecarUri);
  if (!file || !file.endsWith(SIDECAR_SUFFIX)) return undefined;
  const article = articleOfSidecar(file, folderOf(file, folderUris), sidecarFolder);
  return article ? pathToFileURL(article).toString() : undefined;
}

export interface ReadSidecar {
  /** The file's text, undefined when there is none. */
  source?: string;
  parsed: ParsedSidecar;
}

export async function readSidecarFile(file: string): Promise<ReadSidecar> {
  let source: string | undefined;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { source, parsed: parseSidecar(source ?? '') };
}

/** Thrown when the sidecar has problems: saving over it would lose what could not be read. */
export class UnwritableSidecarError extends Error {}

/** Writes `text` to `file` through a temporary file in the same folder and a rename. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Applies `change` to the sidecar as it is on disk now and saves the result. The file is read again just before
 * writing; if another window changed it meanwhile, the change is applied again to that version (a few tries).
 */
export async function updateSidecarFile(file: string, change: (sidecar: Sidecar) => Sidecar): Promise<Sidecar> {
  for (let attempt = 0; ; attempt++) {
    const before = await readSidecarFile(file);
    if (!before.parsed.writable) {
      throw new UnwritableSidecarError(`${path.basename(file)} has problems (see the Problems panel); fix them before adding corrections`);
    }
    const next = change(before.parsed.sidecar);
    const text = serializeSidecar(next);
    const now = await readSidecarFile(file);
    if (now.source !== before.source && attempt < 4) continue;
    if (text === (before.source ?? '') || (next.corrections.length === 0 && before.source === undefined)) return next;
    await writeAtomically(file, text);
    return next;
  }
}
