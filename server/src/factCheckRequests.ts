// The requests behind the fact-checking views: Compare Articles (two articles, open or on disk, compared by
// server/src/workspace/compare.ts) and Sources (who is quoted, from the articles the server knows).
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { CompareRequest, SourcesRequest, type WorkspaceSources } from './protocol';
import type { ArticleSummary } from './workspace/articleSummary';
import { compareArticles } from './workspace/compare';
import { sourceArticleOfSummary } from './workspace/sourceArticles';
import { sourcesOf } from './workspace/sources';
import { readArticleFile } from './workspace/workspaceIndex';

export interface FactCheckDependencies {
  /** The current analysis of an open document, or undefined when it is not open. */
  openAnalysis(uri: string): Promise<{ text: string; annotations: Annotations | null; skipped?: string } | undefined>;
  /** Analysis of a file that is not open. */
  analyze(text: string, options: AnalyzeOptions): Promise<Annotations>;
  settingsFor(uri: string): Promise<{ maxFileSizeKB: number; referenceDate: string }>;
  /** Every article known (open documents' analyses and the workspace index). */
  articles(): ArticleSummary[];
  /** Runs a handler; failures are logged and answered with the fallback. */
  guarded<P, R>(feature: string, fallback: R, handler: (params: P) => Promise<R> | R): (params: P) => Promise<R>;
}

/** An article's text and annotations: the open document's current ones, else the file read and analyzed. */
async function articleOf(uri: string, deps: FactCheckDependencies): Promise<{ text: string; annotations: Annotations }> {
  const open = await deps.openAnalysis(uri);
  if (open) {
    if (!open.annotations) throw new ResponseError(ErrorCodes.InvalidRequest, `${uri} was not analyzed: ${open.skipped ?? 'unknown reason'}`);
    return { text: open.text, annotations: open.annotations };
  }
  const settings = await deps.settingsFor(uri);
  const read = await readArticleFile(uri, settings.maxFileSizeKB);
  if ('skipped' in read) throw new ResponseError(ErrorCodes.InvalidParams, `${uri}: ${read.skipped}`);
  return { text: read.text, annotations: await deps.analyze(read.text, { id: uri, referenceDate: settings.referenceDate || undefined }) };
}

const isUri = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

export function registerFactCheckRequests(connection: Connection, deps: FactCheckDependencies): void {
  connection.onRequest(CompareRequest, async (params) => {
    const { a, b } = (params ?? {}) as { a?: unknown; b?: unknown };
    if (!isUri(a) || !isUri(b)) throw new ResponseError(ErrorCodes.InvalidParams, 'a and b must be the URIs of two articles');
    const [articleA, articleB] = [await articleOf(a, deps), await articleOf(b, deps)];
    return compareArticles({ uri: a, ...articleA }, { uri: b, ...articleB });
  });

  const noSources: WorkspaceSources = { sources: [], noSpeaker: [], counts: { named: 0, unnamed: 0, anonymous: 0, direct: 0, indirect: 0, noSpeaker: 0 } };
  connection.onRequest(
    SourcesRequest,
    deps.guarded('the sources request', noSources, (params) => {
      const wanted = Array.isArray(params?.uris) ? new Set(params.uris) : undefined;
      const articles = deps.articles().filter((article) => !wanted || wanted.has(article.uri));
      return sourcesOf(articles.map(sourceArticleOfSummary));
    }),
  );
}
