// Exports: one open document's annotations in a format, and files of the workspace (analyzed as closed files).
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { describeError } from '../analysisQueue';
import { exportDocument } from '../exportDocument';
import { exportFiles } from '../exportFiles';
import { ExportFilesRequest, ExportRequest } from '../protocol';
import { fileProgress, OUTSIDE_FOLDERS, splitByFolders } from '../workspaceRequests';
import type { Feature } from './feature';

export const exporting: Feature = {
  name: 'exports',
  register(context) {
    const { connection, documents, log, queue } = context;
    connection.onRequest(ExportFilesRequest, async (params, token) => {
      const uris = (params as { uris?: unknown } | null)?.uris;
      if (!Array.isArray(uris) || !uris.every((uri) => typeof uri === 'string')) throw new ResponseError(ErrorCodes.InvalidParams, 'uris must be a list of strings');
      const { inside, refused } = splitByFolders(uris, context.client.workspaceFolders);
      for (const { uri } of refused) log(`News Annotator: not exporting ${uri}: ${OUTSIDE_FOLDERS}`);
      const progress = fileProgress(connection, params.workDoneToken, `Exporting articles as ${params.format}`, inside.length);
      const names = params.names && uris.flatMap((uri, at) => (refused.some((each) => each.uri === uri) ? [] : [params.names![at]]));
      // Each file asks for its settings first: that is where it starts.
      const settingsFor = (uri: string) => (progress.step(uri), context.closedFiles.settingsFor(uri));
      try {
        const result = await exportFiles({ ...params, uris: inside, names }, { ...context.closedFiles, settingsFor, openText: (uri) => documents.get(uri)?.getText() }, token);
        return { ...result, skipped: [...refused, ...result.skipped] };
      } catch (error) {
        log(`News Annotator: workspace export as ${params.format} failed: ${describeError(error)}`);
        throw new ResponseError(ErrorCodes.InvalidParams, error instanceof Error ? error.message : String(error));
      } finally {
        progress.done();
      }
    });

    connection.onRequest(ExportRequest, async ({ uri, format }) => {
      const current = await queue.current(uri);
      if (!current) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not an open document`);
      if (!current.result.annotations) throw new ResponseError(ErrorCodes.InvalidRequest, `${uri} was not analyzed: ${current.result.skipped}`);
      try {
        return exportDocument(format, current.document, current.result.annotations);
      } catch (error) {
        log(`News Annotator: export of ${uri} as ${format} failed: ${describeError(error)}`);
        throw new ResponseError(ErrorCodes.InvalidParams, error instanceof Error ? error.message : String(error));
      }
    });
  },
};
