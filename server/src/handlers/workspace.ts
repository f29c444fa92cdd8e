// The workspace requests: index files (Scan Workspace), the known articles for the views, and an open document's
// annotations.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { AnnotationsRequest, IndexFilesRequest, WorkspaceArticlesRequest, type IndexBatchResult } from '../protocol';
import type { ArticleSummary } from '../workspace/articleSummary';
import { fileProgress, OUTSIDE_FOLDERS, splitByFolders } from '../workspaceRequests';
import type { Feature } from './feature';

export const workspace: Feature = {
  name: 'workspace',
  register(context) {
    const { connection, guarded, index, log } = context;
    connection.onRequest(IndexFilesRequest, async (params, token) => {
      const uris = (params as { uris?: unknown } | null)?.uris;
      if (!Array.isArray(uris) || !uris.every((uri) => typeof uri === 'string')) throw new ResponseError(ErrorCodes.InvalidParams, 'uris must be a list of strings');
      if (params.reset) index.clear();
      const { inside, refused } = splitByFolders(uris, context.client.workspaceFolders);
      for (const { uri } of refused) log(`News Annotator: not indexing ${uri}: ${OUTSIDE_FOLDERS}`);
      const progress = fileProgress(connection, params.workDoneToken, 'Indexing articles', inside.length);
      const result: IndexBatchResult = { indexed: 0, skipped: [...refused], cancelled: false };
      try {
        for (const uri of inside) {
          progress.step(uri);
          const one = await index.indexFiles([uri], token);
          result.indexed += one.indexed;
          result.skipped.push(...one.skipped);
          if ((result.cancelled = one.cancelled)) break;
        }
        return result;
      } finally {
        progress.done();
      }
    });

    connection.onRequest(
      WorkspaceArticlesRequest,
      guarded('the workspace articles request', [] as ArticleSummary[], async (params) => {
        const wanted = Array.isArray(params?.uris) ? new Set(params.uris) : undefined;
        const articles = wanted ? context.otherArticles().filter((article) => wanted.has(article.uri)) : context.otherArticles();
        return Promise.all(articles.map(context.withTexts));
      }),
    );

    connection.onRequest(
      AnnotationsRequest,
      guarded('the annotations request', null, async ({ uri }) => (await context.analysisOf(uri))?.annotations ?? null),
    );
  },
};
