// The workspace export request: articles read from disk (or an open document's current text), analyzed off
// the request path like the workspace index does, and exported together in one format.
import type { CancellationToken } from 'vscode-languageserver';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { exportDocuments, isExportFormat, type ExportDocument } from './export/index';
import { baseName } from './exportDocument';
import type { ExportFilesParams, ExportFilesResult } from './protocol';
import { readArticleFile } from './workspace/workspaceIndex';

export interface ExportFilesSource {
  /** The current text of an open document, which wins over the file on disk. */
  openText(uri: string): string | undefined;
  settingsFor(uri: string): Promise<{ maxFileSizeKB: number; referenceDate: string }>;
  analyze(text: string, options: AnalyzeOptions): Promise<Annotations>;
}

export async function exportFiles(params: ExportFilesParams, source: ExportFilesSource, token: CancellationToken): Promise<ExportFilesResult> {
  if (!isExportFormat(params.format)) throw new Error(`unknown export format "${params.format}"`);
  const documents: ExportDocument[] = [];
  const skipped: ExportFilesResult['skipped'] = [];
  let cancelled = false;
  for (const [position, uri] of params.uris.entries()) {
    if (token.isCancellationRequested) {
      cancelled = true;
      break;
    }
    const settings = await source.settingsFor(uri);
    const open = source.openText(uri);
    const read = open !== undefined ? { text: open } : await readArticleFile(uri, settings.maxFileSizeKB);
    if ('skipped' in read) {
      skipped.push({ uri, reason: read.skipped });
      continue;
    }
    try {
      const annotations = await source.analyze(read.text, { id: uri, referenceDate: settings.referenceDate || undefined });
      documents.push({ name: params.names?.[position] ?? baseName(uri), source: uri, text: read.text, annotations });
    } catch (error) {
      skipped.push({ uri, reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { files: documents.length > 0 ? exportDocuments(params.format, documents) : [], exported: documents.length, skipped, cancelled };
}
