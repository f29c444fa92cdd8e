// When documents are analyzed. Edits are debounced per document, a newer edit replaces the pending run, and a
// run always reads the document as it is when it starts, so a stale version is never analyzed. Results are kept
// with the version they describe: requests (hover, symbols, the tree view) use the result of the current
// version, or analyze synchronously when there is none yet, so they never wait on a timer.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import type { NewsAnnotatorSettings } from './settings';
import { whyNotAnalyzable } from './textGuard';

export type Analyzer = (text: string, options: AnalyzeOptions) => Annotations;

export interface AnalysisResult {
  uri: string;
  version: number;
  /** Null when the document was not analyzed (see `skipped`). */
  annotations: Annotations | null;
  /** Why the document was not analyzed, in words. */
  skipped?: string;
}

export interface AnalysisQueueHooks {
  analyzer: Analyzer;
  settingsFor(uri: string): Promise<NewsAnnotatorSettings>;
  /** Called once per version after a scheduled or commanded run, to publish diagnostics and notify. */
  publish(document: TextDocument, result: AnalysisResult, settings: NewsAnnotatorSettings): void;
  logError(message: string): void;
  logInfo(message: string): void;
}

/** Runs slower than this are logged, so a user who feels the editor lag can see why in the output channel. */
const SLOW_ANALYSIS_MS = 1000;

export class AnalysisQueue {
  private readonly results = new Map<string, AnalysisResult>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The version whose diagnostics were last published, per document. */
  private readonly publishedVersions = new Map<string, number>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly hooks: AnalysisQueueHooks,
  ) {}

  /** Analyzes and publishes `uri` after `delayMs`, replacing any run still pending for it. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.analyzeAndPublish(uri).catch((error: unknown) => this.hooks.logError(`News Annotator: scheduled analysis of ${uri} failed: ${describeError(error)}`));
    }, delayMs);
    this.timers.set(uri, timer);
  }

  /**
   * Analyzes now, unless this version already is, and publishes: once per version, or again when `force`d (the
   * analyze command, whose caller waits for the notification). Resolves to the result.
   */
  async analyzeAndPublish(uri: string, force = false): Promise<AnalysisResult | undefined> {
    this.cancel(uri);
    const settings = await this.hooks.settingsFor(uri);
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const result = this.resultOf(document, settings);
    if (force || this.publishedVersions.get(uri) !== result.version) {
      this.publishedVersions.set(uri, result.version);
      this.hooks.publish(document, result, settings);
    }
    return result;
  }

  /** The analysis of the document's current version, computed now if no run has produced it yet. */
  async current(uri: string): Promise<{ document: TextDocument; result: AnalysisResult } | undefined> {
    const settings = await this.hooks.settingsFor(uri);
    const document = this.documents.get(uri);
    if (!document) return undefined;
    return { document, result: this.resultOf(document, settings) };
  }

  /** The result of the document's current version if one was already computed; never analyzes. */
  peek(uri: string): { document: TextDocument; result: AnalysisResult } | undefined {
    const document = this.documents.get(uri);
    const cached = this.results.get(uri);
    return document && cached && cached.version === document.version ? { document, result: cached } : undefined;
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** Drops everything known about a document (closed). */
  forget(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.publishedVersions.delete(uri);
  }

  /** Drops all results (settings changed: the reference date or severities may differ). */
  invalidateAll(): void {
    this.results.clear();
    this.publishedVersions.clear();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** The cached result of this exact version, or a new synchronous analysis of the text as it is now. */
  private resultOf(document: TextDocument, settings: NewsAnnotatorSettings): AnalysisResult {
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const result = this.analyze(document.uri, document.version, document.getText(), settings);
    this.results.set(document.uri, result);
    return result;
  }

  private analyze(uri: string, version: number, text: string, settings: NewsAnnotatorSettings): AnalysisResult {
    const skipped = whyNotAnalyzable(text, settings.maxFileSizeKB);
    if (skipped) return { uri, version, annotations: null, skipped };
    try {
      const started = performance.now();
      const annotations = this.hooks.analyzer(text, { id: uri, referenceDate: settings.referenceDate || undefined });
      const elapsed = performance.now() - started;
      if (elapsed > SLOW_ANALYSIS_MS) this.hooks.logInfo(`News Annotator: analyzing ${uri} (${Math.round(text.length / 1024)} KB) took ${Math.round(elapsed)} ms`);
      return { uri, version, annotations };
    } catch (error) {
      this.hooks.logError(`News Annotator: analysis of ${uri} (version ${version}) failed: ${describeError(error)}`);
      return { uri, version, annotations: null, skipped: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
