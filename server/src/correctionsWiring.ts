// Wires the corrections into the server: the sidecar applied after every analysis, its diagnostics, the code
// actions and the commands that record corrections, and the server's own file watchers on sidecars and the
// not-actors files (registered with client/registerCapability, so any client supporting
// workspace/didChangeWatchedFiles reports changes).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Disposable,
  type FileEvent,
  type FileSystemWatcher,
  type Range,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from './analysis/types';
import { correctionActions, sameActorActions } from './correctionActions';
import { addNotActor, documentOnDisk, dropUnplaced, removeNotActor, runCorrection, type CorrectionTarget } from './correctionCommands';
import { articleUriOfSidecar, readSidecarFile, SIDECAR_SUFFIX, UnwritableSidecarError, updateSidecarFile } from './correctionFiles';
import { reanchorSidecar } from './corrections/record';
import type { CorrectedResult } from './correctAnnotations';
import { CorrectionsService, dropUnplacedActions } from './correctionsService';
import { CORRECT_COMMAND, DROP_UNPLACED_COMMAND, NOT_ACTOR_COMMAND, RESTORE_ACTOR_COMMAND } from './protocol';
import type { NewsAnnotatorSettings } from './settings';
import { notActorsPath } from './workspace/notActorsStore';

export const CORRECTION_COMMANDS = [CORRECT_COMMAND, DROP_UNPLACED_COMMAND, NOT_ACTOR_COMMAND, RESTORE_ACTOR_COMMAND];

export interface CorrectionsHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders(): readonly string[];
  /** Whether the client takes watcher globs relative to a folder (LSP 3.17 RelativePattern). */
  relativePatterns(): boolean;
  settingsFor(uri: string): Promise<NewsAnnotatorSettings>;
  /** Analyzes an article again and publishes it (open), or re-indexes it (indexed and closed). */
  refreshArticle(uri: string): Promise<void>;
  /** The not-actors file changed on our account: re-read it now. */
  reloadNotActors(): Promise<void>;
  log(message: string): void;
}

/**
 * The watcher of a folder's not-actors file: the file itself relative to its folder where the client takes relative
 * patterns (VS Code then watches that one path, which it reports reliably), else its path inside the folder,
 * anywhere (clients resolve plain globs against their folders).
 */
function notActorsWatcher(folder: string, relative: string, relativePatterns: boolean): FileSystemWatcher | undefined {
  const file = notActorsPath(folder, relative);
  if (!file) return undefined;
  const inFolder = path.relative(fileURLToPath(folder), file).split(path.sep).join('/');
  return { globPattern: relativePatterns ? { baseUri: folder, pattern: inFolder } : `**/${inFolder}` };
}

export function wireCorrections(host: CorrectionsHost) {
  let watcherRegistration: Promise<Disposable> | undefined;
  /** The workspace folder of a URI (its settings decide where sidecars live). */
  const folderOf = (uri: string) =>
    [...host.folders()].filter((folder) => uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`)).sort((a, b) => b.length - a.length)[0] ?? host.folders()[0];
  const sidecarFolder = async (uri: string) => {
    const folder = folderOf(uri);
    return folder ? (await host.settingsFor(folder)).sidecarFolder : '';
  };
  const service = new CorrectionsService({
    folders: host.folders,
    sidecarFolder,
    publish: (uri, diagnostics) => host.connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined),
    log: host.log,
  });
  const target: CorrectionTarget = {
    document: async (uri) => host.documents.get(uri) ?? documentOnDisk(uri),
    sidecarFile: (uri) => service.sidecarFile(uri),
  };

  const sidecarChanged = async (change: FileEvent) => {
    const article = articleUriOfSidecar(change.uri, host.folders(), await sidecarFolder(change.uri));
    if (!article) return;
    if (host.documents.get(article)) return host.refreshArticle(article);
    // Not open: its diagnostics (problems in the sidecar) are brought up to date all the same.
    const file = await service.sidecarFile(article);
    if (file) service.check(change.uri, (await readSidecarFile(file)).parsed.problems);
    await host.refreshArticle(article);
  };

  /** Runs one of CORRECTION_COMMANDS; returns the URI of the file written. */
  const execute = async (command: string, args: unknown[]): Promise<string | null> => {
    if (command === NOT_ACTOR_COMMAND || command === RESTORE_ACTOR_COMMAND) {
      const [name, documentUri] = args;
      if (typeof name !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected [name, documentUri?]');
      const folder = folderOf(typeof documentUri === 'string' ? documentUri : '');
      const file = folder && notActorsPath(folder, (await host.settingsFor(folder)).notActorsFile);
      if (!file) throw new ResponseError(ErrorCodes.InvalidRequest, 'open a folder (and keep newsAnnotator.notActorsFile inside it) to mark names as not actors');
      // Re-read at once rather than waiting for a file watcher's report, which some clients deliver late or never.
      const written = command === NOT_ACTOR_COMMAND ? await addNotActor(name, file) : await removeNotActor(name, file);
      await host.reloadNotActors();
      return written ?? null;
    }
    const run = command === CORRECT_COMMAND ? runCorrection : dropUnplaced;
    const written = await run(args[0], target);
    const uri = (args[0] as { uri: string }).uri;
    await host.refreshArticle(uri);
    return written;
  };

  return {
    commands: CORRECTION_COMMANDS,

    apply: (uri: string | undefined, text: string, annotations: Annotations, notActors: ReadonlySet<string>) => service.apply(uri, text, annotations, notActors),

    /** The corrections of an article's sidecar, for the analysis worker to apply (see `applied`). */
    correctionsOf: (uri: string | undefined) => service.correctionsOf(uri),

    /** The outcome of corrections applied in the worker: remembers what could not be placed. */
    applied: (uri: string | undefined, result: CorrectedResult) => service.applied(uri, result.annotations, result.orphans, result.error),

    diagnostics: (document: TextDocument, annotations: Annotations): Diagnostic[] => service.diagnostics(document, annotations),

    codeActions(document: TextDocument, annotations: Annotations, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
      return [...dropUnplacedActions(document.uri, diagnostics), ...sameActorActions(document, annotations, diagnostics), ...correctionActions(document, annotations, range)];
    },

    /**
     * The article was saved: its sidecar's anchors are made again from the saved text, so their stored offsets and
     * context follow the edits (the file is written only when an anchor moved; one with problems is left alone).
     * Re-anchoring finds each anchor where it already resolves, so the corrections shown do not change.
     */
    async articleSaved(document: TextDocument): Promise<void> {
      const file = await service.sidecarFile(document.uri);
      if (!file) return;
      const text = document.getText();
      try {
        await updateSidecarFile(file, (sidecar) => reanchorSidecar(sidecar, text));
      } catch (error) {
        if (!(error instanceof UnwritableSidecarError))
          host.log(`News Annotator: could not refresh the anchors of ${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    async execute(command: string, args: unknown[]): Promise<string | null> {
      try {
        return await execute(command, args);
      } catch (error) {
        // A sidecar with problems, a file that cannot be written: the user must hear why nothing happened.
        if (error instanceof ResponseError) throw error;
        throw new ResponseError(ErrorCodes.InvalidRequest, error instanceof Error ? error.message : String(error));
      }
    },

    /** Watched-file events: the sidecars' (the not-actors file is the caller's). */
    async filesChanged(changes: readonly FileEvent[]): Promise<void> {
      for (const change of changes)
        if (change.uri.endsWith(SIDECAR_SUFFIX)) await sidecarChanged(change).catch((error: unknown) => host.log(`News Annotator: ${change.uri}: ${String(error)}`));
    },

    /**
     * Asks the client to watch the sidecars and each folder's not-actors file (dynamic registration; clients
     * without it get no live updates). Called again when the settings change: the not-actors file may be another.
     */
    async registerWatchers(): Promise<void> {
      try {
        const notActorsFiles = await Promise.all(
          host.folders().map(async (folder) => notActorsWatcher(folder, (await host.settingsFor(folder)).notActorsFile, host.relativePatterns())),
        );
        const watchers: FileSystemWatcher[] = [{ globPattern: `**/*${SIDECAR_SUFFIX}` }];
        for (const watcher of notActorsFiles) {
          if (watcher && !watchers.some((other) => JSON.stringify(other) === JSON.stringify(watcher))) watchers.push(watcher);
        }
        const previous = watcherRegistration;
        watcherRegistration = host.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
        (await previous)?.dispose();
        await watcherRegistration;
      } catch (error) {
        if (!String(error).includes('disposed')) host.log(`News Annotator: could not watch the corrections and not-actors files: ${String(error)}`);
      }
    },
  };
}

export type CorrectionsWiring = ReturnType<typeof wireCorrections>;
