// Wires the corrections into the server: the sidecar applied after every analysis, its diagnostics, the code
// actions and the commands that record corrections, and the server's own file watcher on sidecars (registered
// with client/registerCapability, so any client supporting workspace/didChangeWatchedFiles reports changes).
import {
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type Range,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from './analysis/types';
import { correctionActions, sameActorActions } from './correctionActions';
import { addNotActor, documentOnDisk, dropUnplaced, runCorrection, type CorrectionTarget } from './correctionCommands';
import { articleUriOfSidecar, readSidecarFile, SIDECAR_SUFFIX } from './correctionFiles';
import type { CorrectedResult } from './correctAnnotations';
import { CorrectionsService, dropUnplacedActions } from './correctionsService';
import { CORRECT_COMMAND, DROP_UNPLACED_COMMAND, NOT_ACTOR_COMMAND } from './protocol';
import type { NewsAnnotatorSettings } from './settings';
import { notActorsPath } from './workspace/notActorsStore';

export const CORRECTION_COMMANDS = [CORRECT_COMMAND, DROP_UNPLACED_COMMAND, NOT_ACTOR_COMMAND];

export interface CorrectionsHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders(): readonly string[];
  settingsFor(uri: string): Promise<NewsAnnotatorSettings>;
  /** Analyzes an article again and publishes it (open), or re-indexes it (indexed and closed). */
  refreshArticle(uri: string): Promise<void>;
  /** The not-actors file changed on our account: re-read it now. */
  reloadNotActors(): Promise<void>;
  log(message: string): void;
}

export function wireCorrections(host: CorrectionsHost) {
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
  const execute = async (command: string, args: unknown[]): Promise<string> => {
    if (command === NOT_ACTOR_COMMAND) {
      const [name, documentUri] = args;
      if (typeof name !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected [name, documentUri?]');
      const folder = folderOf(typeof documentUri === 'string' ? documentUri : '');
      const file = folder && notActorsPath(folder, (await host.settingsFor(folder)).notActorsFile);
      if (!file) throw new ResponseError(ErrorCodes.InvalidRequest, 'open a folder (and keep newsAnnotator.notActorsFile inside it) to mark names as not actors');
      const written = await addNotActor(name, file);
      await host.reloadNotActors();
      return written;
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

    async execute(command: string, args: unknown[]): Promise<string> {
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
      for (const change of changes) if (change.uri.endsWith(SIDECAR_SUFFIX)) await sidecarChanged(change).catch((error: unknown) => host.log(`News Annotator: ${change.uri}: ${String(error)}`));
    },

    /** Asks the client to watch the sidecars (dynamic registration; clients without it get no live updates). */
    registerWatchers(): void {
      host.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/*${SIDECAR_SUFFIX}` }] })
        .catch((error: unknown) => {
          if (!String(error).includes('disposed')) host.log(`News Annotator: could not watch the corrections files: ${String(error)}`);
        });
    },
  };
}

export type CorrectionsWiring = ReturnType<typeof wireCorrections>;
