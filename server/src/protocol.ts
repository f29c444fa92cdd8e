// Custom protocol messages between the client and the server, typed once here and imported by both sides.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Annotations } from './analysis/types';

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
