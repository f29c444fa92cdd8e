// Custom protocol messages between the client and the server, typed once here and imported by both sides.
import { NotificationType, RequestType, type Range, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { Annotations } from './analysis/types';
import type { ArticleSummary } from './workspace/articleSummary';
import type { IndexBatchResult } from './workspace/workspaceIndex';
import type { ComparisonResult } from './workspace/compareTypes';
import type { SourcesResult } from './workspace/sources';

export type { ArticleSummary, IndexBatchResult, ComparisonResult };

export interface DocumentParams {
  uri: string;
}

/** The current annotations of an open document (null when it is not analyzed: too large, not text). */
export const AnnotationsRequest = new RequestType<DocumentParams, Annotations | null, void>('newsAnnotator/annotations');

export interface AnalysisDoneParams {
  uri: string;
  version: number;
  counts: { actors: number; dates: number; quotes: number; problems: number };
  /** Why a document was not analyzed ("over newsAnnotator.maxFileSizeKB", "binary file"), when it was not. */
  skipped?: string;
}

/** Sent after every analysis run, so the client (status bar, tree view) and tests wait on events, not sleeps. */
export const AnalysisDoneNotification = new NotificationType<AnalysisDoneParams>('newsAnnotator/analysisDone');

export interface ExportParams {
  uri: string;
  /** One of EXPORT_FORMATS in server/src/export. */
  format: string;
}

export interface ExportedFile {
  /** File name relative to the chosen output location ("article.ann", "annotation.conf"). */
  name: string;
  content: string;
}

/** The export of one open document in a format, as the files to write (the client decides where). */
export const ExportRequest = new RequestType<ExportParams, ExportedFile[], void>('newsAnnotator/export');

/** `initializationOptions` of the initialize request (all optional). */
export interface InitializationOptions {
  /**
   * The `newsAnnotator` settings section, for clients that do not answer `workspace/configuration`
   * (those that do are asked per document instead).
   */
  settings?: unknown;
}

/**
 * `workspace/executeCommand` command that analyzes now (the only way in `newsAnnotator.run: manual`).
 * Arguments: `[uri]` for one open document, none for all. Result: AnalysisDoneParams[] of the runs.
 * vscode-languageclient registers it as a VS Code command itself, so the client must not register this id.
 */
export const ANALYZE_COMMAND = 'newsAnnotator.analyze';

export interface IndexFilesParams extends WorkDoneProgressParams {
  /** file: URIs of articles inside the workspace folders to read from disk, analyze and index (a batch of "Scan Workspace"). */
  uris: string[];
  /** Drop the index first (the first batch of a new scan). */
  reset?: boolean;
}

/**
 * Indexes a batch of files; cancellable ($/cancelRequest) between files. The result says how many were indexed,
 * which were skipped and why, and whether the batch was cancelled before its end.
 */
export const IndexFilesRequest = new RequestType<IndexFilesParams, IndexBatchResult, void>('newsAnnotator/indexFiles');

export interface WorkspaceArticlesParams {
  /** Only these articles (the timeline of the active article); all when missing. */
  uris?: string[];
}

/** The summaries of every article known: the indexed ones, overridden by the open documents' current analyses. */
export const WorkspaceArticlesRequest = new RequestType<WorkspaceArticlesParams, ArticleSummary[], void>('newsAnnotator/workspaceArticles');

/** Sent when the workspace's articles changed (a batch indexed, the not-actors file changed), for the views. */
export const WorkspaceChangedNotification = new NotificationType<{ articles: number }>('newsAnnotator/workspaceChanged');

/** The documents visible in the editor, the active one first: their analyses run before the other open documents'. */
export const VisibleDocumentsNotification = new NotificationType<{ uris: string[] }>('newsAnnotator/visibleDocuments');

/**
 * The client command of the tree's context menu "Mark as Not an Actor": arguments `[name, documentUri]`; it runs
 * the server's NOT_ACTOR_COMMAND.
 */
export const MARK_NOT_ACTOR_COMMAND = 'newsAnnotator.markNotActor';

/**
 * Server commands (listed in `executeCommandProvider`) that carry out the corrections' code actions, so every LSP
 * client can run them. NOT_ACTOR_COMMAND: `[name, documentUri]`, adds the name to the not-actors file and returns
 * that file's URI. RESTORE_ACTOR_COMMAND: `[name, documentUri]`, the undo: takes the name's lines out of that file
 * (comments and other names kept) and returns its URI, or null when the name was not listed. CORRECT_COMMAND: `[CorrectionArguments]`, records one correction in the article's sidecar and
 * returns the sidecar's URI. DROP_UNPLACED_COMMAND: `[{ uri, corrections }]`, removes corrections that could not be
 * placed (as sent in the diagnostic's data).
 */
export const NOT_ACTOR_COMMAND = 'newsAnnotator.addNotActor';
export const RESTORE_ACTOR_COMMAND = 'newsAnnotator.removeNotActor';
export const CORRECT_COMMAND = 'newsAnnotator.correct';
export const DROP_UNPLACED_COMMAND = 'newsAnnotator.dropUnplacedCorrections';

export type CorrectionAction =
  'retypeActor' | 'rejectMention' | 'rejectName' | 'link' | 'split' | 'merge' | 'setSpeaker' | 'retypeQuote' | 'rejectQuote' | 'setDate' | 'rejectDate' | 'tag' | 'accept';

export interface CorrectionArguments {
  uri: string;
  action: CorrectionAction;
  /** The annotation (or the selection) the action was offered on. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The words there when offered: the command refuses to act when they changed since. */
  text: string;
  /**
   * The chosen value: retypeActor an actor type; retypeQuote a quote kind; setSpeaker a name (null: nobody);
   * setDate a TIMEX3 value; link the other actor's name; split the new actor's name; merge the canonical name;
   * rejectName the name; tag person | organization | place | date | quote; accept actor | date | quote.
   * Absent where it must be typed or chosen: clients ask for it (VS Code shows a picker), then run the command with it.
   */
  value?: string | null;
  /** merge: the other names of the actor. */
  names?: string[];
  /** setSpeaker: the words naming the speaker. */
  speakerRange?: CorrectionArguments['range'];
  /** Names a client may offer in its picker (the article's actors, nearest first). */
  choices?: string[];
}

export interface ExportFilesParams extends WorkDoneProgressParams {
  /** Article files inside the workspace folders, read from disk by the server (an open document's current text wins). */
  uris: string[];
  format: string;
  /** Base names of the articles' files in the export, one per uri (the client keeps them unique across batches). */
  names?: string[];
}

export interface ExportFilesResult {
  /** The files of the export of the articles that could be read, named relative to the chosen folder. */
  files: ExportedFile[];
  exported: number;
  skipped: { uri: string; reason: string }[];
  cancelled: boolean;
}

/** The export of files that need not be open ("Export Workspace Annotations…"); cancellable between files. */
export const ExportFilesRequest = new RequestType<ExportFilesParams, ExportFilesResult, void>('newsAnnotator/exportFiles');

export interface CompareParams {
  /** Article A and article B: open documents (their current text) or files read from disk. */
  a: string;
  b: string;
}

/** Compare Articles: the comparison of two articles, spans in UTF-16 offsets of each (schema/compare.schema.json). */
export const CompareRequest = new RequestType<CompareParams, ComparisonResult, void>('newsAnnotator/compare');

export interface SourcesParams {
  /** Only these articles (the active one); every article known when missing. */
  uris?: string[];
}

/** Who is quoted, each quote located by its article's URI and range (the Sources view). */
export type WorkspaceSources = SourcesResult<Range>;

/** The Sources view: the speakers of the articles known (open and indexed), as `news-annotate --format sources`. */
export const SourcesRequest = new RequestType<SourcesParams, WorkspaceSources, void>('newsAnnotator/sources');
