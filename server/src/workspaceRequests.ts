// What the two requests that read files from disk (the workspace index and the workspace export) share: they
// read only files inside the workspace folders (a request naming any other file is refused for that file, and
// the refusal logged), and they report `$/progress` when the client offers a work-done token, so any client,
// not only VS Code, can show how far a scan or an export has got.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, ProgressToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { articleName } from './workspace/articleSummary';

export const OUTSIDE_FOLDERS = 'outside the workspace folders';

function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `uri` is a file inside one of `folders` (file: URIs). */
export function insideFolders(uri: string, folders: readonly string[]): boolean {
  const file = filePath(uri);
  if (!file) return false;
  return folders.some((folder) => {
    const root = filePath(folder);
    if (!root) return false;
    const relative = path.relative(root, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  });
}

/** The uris a request may read, and the others with the reason they are refused. */
export function splitByFolders(uris: readonly string[], folders: readonly string[]): { inside: string[]; refused: { uri: string; reason: string }[] } {
  const inside: string[] = [];
  const refused: { uri: string; reason: string }[] = [];
  for (const uri of uris) {
    if (insideFolders(uri, folders)) inside.push(uri);
    else refused.push({ uri, reason: OUTSIDE_FOLDERS });
  }
  return { inside, refused };
}

export interface FileProgress {
  /** Call as each file starts. */
  step(uri: string): void;
  done(): void;
}

/** `$/progress` over `total` files on the client's work-done token; does nothing when the client offered none. */
export function fileProgress(connection: Connection, workDoneToken: ProgressToken | undefined, title: string, total: number): FileProgress {
  if (workDoneToken === undefined) return { step() {}, done() {} };
  return reportedFileProgress(connection.window.attachWorkDoneProgress(workDoneToken), title, total);
}

/** The same on a reporter the library made from a standard request's token (it takes the token out of the params). */
export function reportedFileProgress(reporter: WorkDoneProgressReporter, title: string, total: number): FileProgress {
  let started = 0;
  reporter.begin(title, 0, `0 of ${total}`, true);
  return {
    step(uri) {
      started++;
      reporter.report(Math.round((100 * (started - 1)) / Math.max(1, total)), `${started} of ${total}: ${articleName(uri)}`);
    },
    done: () => reporter.done(),
  };
}
