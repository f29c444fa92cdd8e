// The workspace index: the summaries of articles read from disk (the "Scan Workspace" command sends their URIs
// in batches), packed (compactArticle.ts): their texts are read from the files again when a view needs them. Files are read and analyzed one at a time, yielding to the event loop between them so requests
// for open documents are answered in between (the analysis itself runs in the worker thread, after any waiting
// open document's); a document open in the editor overrides its indexed version.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver';
import type { Annotations, AnalyzeOptions } from '../analysis/types';
import { whyNotAnalyzable } from '../textGuard';
import { summarize, type ArticleSummary } from './articleSummary';
import { pack, unpack, type CompactArticle } from './compactArticle';

export interface IndexedFileProblem {
  uri: string;
  reason: string;
}

export interface IndexBatchResult {
  indexed: number;
  skipped: IndexedFileProblem[];
  cancelled: boolean;
}

export interface IndexOptions {
  analyze(text: string, options: AnalyzeOptions): Annotations | Promise<Annotations>;
  /** `newsAnnotator.maxFileSizeKB` and `referenceDate` for a file. */
  settingsFor(uri: string): Promise<{ maxFileSizeKB: number; referenceDate: string }>;
  /** Told when an article was indexed again (`summary`) or dropped (undefined). */
  changed?(uri: string, summary: ArticleSummary | undefined): void;
}

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The text of an article file, or why it is not read (not a local file, too large, binary). */
export async function readArticleFile(uri: string, maxFileSizeKB: number): Promise<{ text: string } | { skipped: string }> {
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch {
    return { skipped: 'not a local file' };
  }
  try {
    const info = await stat(path);
    if (!info.isFile()) return { skipped: 'not a file' };
    // Checked before reading, so a huge file is never loaded.
    if (info.size > maxFileSizeKB * 1024) return { skipped: `file is ${Math.ceil(info.size / 1024)} KB, over the newsAnnotator.maxFileSizeKB limit of ${maxFileSizeKB} KB` };
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const why = whyNotAnalyzable(text, maxFileSizeKB);
    return why ? { skipped: why } : { text };
  } catch (error) {
    return { skipped: `could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, CompactArticle>();

  constructor(private readonly options: IndexOptions) {}

  get size(): number {
    return this.articles.size;
  }

  /** Every indexed article's names, values and ranges; their texts (words, sentences, quotes) are empty. */
  all(): ArticleSummary[] {
    return [...this.articles.values()].map((article) => unpack(article));
  }

  /** An indexed article with its texts read from its file (empty when the file can no longer be read). */
  async withTexts(uri: string): Promise<ArticleSummary | undefined> {
    const article = this.articles.get(uri);
    if (!article) return undefined;
    const settings = await this.options.settingsFor(uri);
    const read = await readArticleFile(uri, settings.maxFileSizeKB);
    return unpack(article, 'text' in read ? read.text : undefined);
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  clear(): void {
    const uris = [...this.articles.keys()];
    this.articles.clear();
    for (const uri of uris) this.options.changed?.(uri, undefined);
  }

  delete(uri: string): void {
    if (this.articles.delete(uri)) this.options.changed?.(uri, undefined);
  }

  private set(uri: string, summary: ArticleSummary): void {
    this.articles.set(uri, pack(summary));
    this.options.changed?.(uri, summary);
  }

  /** Reads, analyzes and indexes the files one by one; stops between files once `token` is cancelled. */
  async indexFiles(uris: readonly string[], token?: CancellationToken): Promise<IndexBatchResult> {
    const result: IndexBatchResult = { indexed: 0, skipped: [], cancelled: false };
    for (const uri of uris) {
      await yieldToRequests();
      if (token?.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      const reason = await this.indexFile(uri);
      if (reason) result.skipped.push({ uri, reason });
      else result.indexed++;
    }
    return result;
  }

  /** Indexes one file; returns why it was skipped, if it was (an earlier version is then dropped). */
  async indexFile(uri: string): Promise<string | undefined> {
    const settings = await this.options.settingsFor(uri);
    const read = await readArticleFile(uri, settings.maxFileSizeKB);
    if ('skipped' in read) {
      this.delete(uri);
      return read.skipped;
    }
    try {
      const annotations = await this.options.analyze(read.text, { id: uri, referenceDate: settings.referenceDate || undefined });
      this.set(uri, summarize(uri, read.text, annotations));
      return undefined;
    } catch (error) {
      this.delete(uri);
      return `analysis failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
