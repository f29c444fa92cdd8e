// Custom protocol messages between the client and the server, typed once here and imported by both sides.
import { NotificationType, RequestType, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { Annotations } from './analysis/types';
import type { ArticleSummary } from './workspace/articleSummary';
import type { IndexBatchResult } from './workspace/workspaceIndex';

export type { ArticleSummary, IndexBatchResult };

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

/**
 * The client command that the "Mark as not an actor" code action runs: arguments `[name, documentUri]`; it adds
 * the name to the not-actors file, which the server re-reads through the client's file watcher.
 */
export const MARK_NOT_ACTOR_COMMAND = 'newsAnnotator.markNotActor';

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
