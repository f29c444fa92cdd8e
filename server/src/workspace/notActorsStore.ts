// Reads the not-actors file (`newsAnnotator.notActorsFile`, relative to each workspace folder) and keeps the set
// of names; the client's file watcher tells the server when it changes (workspace/didChangeWatchedFiles).
// Malformed lines are published as diagnostics on the file itself.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { nameKey, parseNotActors } from './notActors';

export interface NotActorsFileReport {
  uri: string;
  diagnostics: Diagnostic[];
}

/** The file of a workspace folder, or undefined when the setting points outside the folder. */
export function notActorsPath(folderUri: string, relative: string): string | undefined {
  let folder: string;
  try {
    folder = fileURLToPath(folderUri);
  } catch {
    return undefined;
  }
  const file = path.resolve(folder, relative);
  const inside = path.relative(folder, file);
  return inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? file : undefined;
}

export class NotActorsStore {
  private names = new Set<string>();
  private reportedFiles = new Set<string>();

  /** Comparison keys (nameKey) of the names that are never actors. */
  get keys(): ReadonlySet<string> {
    return this.names;
  }

  /**
   * Re-reads the files of all folders. Returns whether the set of names changed, and the diagnostics to publish
   * (empty ones for files that had problems before, so they are cleared).
   */
  async reload(files: readonly string[]): Promise<{ changed: boolean; reports: NotActorsFileReport[] }> {
    const names = new Set<string>();
    const reports: NotActorsFileReport[] = [];
    const reported = new Set<string>();
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        continue; // no file yet: no names
      }
      const parsed = parseNotActors(text);
      for (const name of parsed.names) names.add(nameKey(name));
      const uri = pathToFileURL(file).toString();
      if (parsed.malformed.length) {
        reported.add(uri);
        reports.push({
          uri,
          diagnostics: parsed.malformed.map((line) => ({
            range: { start: { line: line.line, character: 0 }, end: { line: line.line, character: line.length } },
            severity: DiagnosticSeverity.Warning,
            source: DIAGNOSTIC_SOURCE,
            code: 'malformed-not-actor',
            message: `${line.message}; this line is ignored`,
          })),
        });
      }
    }
    for (const uri of this.reportedFiles) if (!reported.has(uri)) reports.push({ uri, diagnostics: [] });
    this.reportedFiles = reported;
    const changed = names.size !== this.names.size || [...names].some((name) => !this.names.has(name));
    this.names = names;
    return { changed, reports };
  }
}
