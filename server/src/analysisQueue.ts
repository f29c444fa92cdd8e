// When documents are analyzed. Edits are debounced per document, a newer edit replaces the pending run, and a
// run reads the document as it is when it starts. Analysis is asynchronous (a worker thread in production): each
// result is kept with a snapshot of the text it describes, requests use the finished analysis of the current
// version or wait for the run of that version, and a result that an edit made stale is neither used nor published.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import type { AnalysisJob } from './analysisWorkerClient';
import type { NewsAnnotatorSettings } from './settings';
import { whyNotAnalyzable } from './textGuard';
import { TextSnapshot } from './textSnapshot';

/** A synchronous analyzer such as analyze() itself (tests inject stand-ins). */
export type Analyzer = (text: string, options: AnalyzeOptions) => Annotations;
/** How the queue has a text analyzed: in a worker thread, or in process for an injected analyzer. */
export type AsyncAnalyzer = (text: string, options: AnalyzeOptions, job: AnalysisJob) => Promise<Annotations>;

export interface AnalysisResult {
  uri: string;
  version: number;
  /** Null when the document was not analyzed (see `skipped`). */
  annotations: Annotations | null;
  /** Why the document was not analyzed, in words. */
  skipped?: string;
}

/** A result with the text it describes (a snapshot: the live document changes in place on edits). */
export interface Analyzed {
  document: TextDocument;
  result: AnalysisResult;
}

export interface AnalysisQueueHooks {
  analyzer: AsyncAnalyzer;
  settingsFor(uri: string): Promise<NewsAnnotatorSettings>;
  /** Called once per version after a scheduled or commanded run, to publish diagnostics and notify. */
  publish(document: TextDocument, result: AnalysisResult, settings: NewsAnnotatorSettings): void;
  logError(message: string): void;
  logInfo(message: string): void;
  /** A request waits for the document's analysis: run it before the other queued ones. */
  prioritize?(uri: string): void;
  /**
   * A document's first analysis starts: the hook may have its opening analyzed ahead of it (firstLook.ts), and resolves
   * once that job is queued; `wanted()` says whether its diagnostics may still be published.
   */
  firstLook?(document: TextDocument, settings: NewsAnnotatorSettings, wanted: () => boolean): Promise<void>;
}

/** Runs slower than this are logged, so a user who feels the editor lag can see why in the output channel. */
const SLOW_ANALYSIS_MS = 1000;

interface Run extends Analyzed {
  /** The open document analyzed (edits update it in place; a reopened document is a new object). */
  source: TextDocument;
  settings: NewsAnnotatorSettings;
  /** The settings generation the run was made under (see invalidateAll). */
  generation: number;
}

export class AnalysisQueue {
  private readonly results = new Map<string, Run>();
  private readonly pending = new Map<string, { source: TextDocument; version: number; generation: number; run: Promise<Run> }>();
  /** Per document, how to cancel its scheduled run (a timer, or the next event-loop turn for no delay). */
  private readonly timers = new Map<string, () => void>();
  /** The version whose diagnostics were last published, per document. */
  private readonly publishedVersions = new Map<string, number>();
  /** The last snapshot taken of each document: the next one reuses its line starts (textSnapshot.ts). */
  private readonly snapshots = new Map<string, TextSnapshot>();
  private generation = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly hooks: AnalysisQueueHooks,
  ) {}

  /** Analyzes and publishes `uri` after `delayMs`, replacing any run still pending for it. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const run = () => {
      this.timers.delete(uri);
      this.analyzeAndPublish(uri).catch((error: unknown) => this.hooks.logError(`News Annotator: scheduled analysis of ${uri} failed: ${describeError(error)}`));
    };
    // No delay (debounce 0, an open, a save): the next turn of the event loop, not a timer (at least 1 ms, and later
    // when the timers phase has just passed), so the edits' notifications read meanwhile still replace it.
    if (delayMs > 0) {
      const timer = setTimeout(run, delayMs);
      this.timers.set(uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(run);
      this.timers.set(uri, () => clearImmediate(immediate));
    }
  }

  /**
   * Analyzes the current version unless it already is, and publishes: once per version, or again when `force`d (the
   * analyze command, whose caller waits for the notification). Resolves to the result.
   */
  async analyzeAndPublish(uri: string, force = false): Promise<AnalysisResult | undefined> {
    this.cancel(uri);
    const run = await this.currentRun(uri);
    if (!run) return undefined;
    const { document, result, settings } = run;
    if (force || this.publishedVersions.get(uri) !== result.version) {
      this.publishedVersions.set(uri, result.version);
      this.hooks.publish(document, result, settings);
    }
    return result;
  }

  /** The analysis of the document's current version, waiting for its run (started now if none is). */
  async current(uri: string): Promise<Analyzed | undefined> {
    const run = await this.currentRun(uri, true);
    return run && { document: run.document, result: run.result };
  }

  /** The result of the document's current version if one was already computed; never analyzes. */
  peek(uri: string): Analyzed | undefined {
    const document = this.documents.get(uri);
    const cached = this.results.get(uri);
    return document && cached && cached.result.version === document.version ? { document: cached.document, result: cached.result } : undefined;
  }

  /** The latest result of the open document, of its current version or an older one; never analyzes. */
  latest(uri: string): Analyzed | undefined {
    const document = this.documents.get(uri);
    const cached = this.results.get(uri);
    return document && cached && cached.source === document && cached.generation === this.generation ? { document: cached.document, result: cached.result } : undefined;
  }

  cancel(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
  }

  /** Drops everything known about a document (closed). */
  forget(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.pending.delete(uri);
    this.publishedVersions.delete(uri);
    this.snapshots.delete(uri);
  }

  /** Drops all results (settings changed: the reference date or severities may differ); runs under way go stale. */
  invalidateAll(): void {
    this.generation++;
    this.results.clear();
    this.pending.clear();
    this.publishedVersions.clear();
  }

  dispose(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }

  /** Whether a run still describes the open document as it is now, under the settings now in force. */
  private isCurrent(run: Run): boolean {
    const live = this.documents.get(run.result.uri);
    return run.generation === this.generation && live === run.source && live.version === run.result.version;
  }

  /**
   * Waits for the run of the current version; when an edit lands meanwhile, waits for the newer version's. A run
   * `requested` by a request is moved ahead of the other queued analyses.
   */
  private async currentRun(uri: string, requested = false): Promise<Run | undefined> {
    for (;;) {
      const settings = await this.hooks.settingsFor(uri);
      const document = this.documents.get(uri);
      if (!document) return undefined;
      const cached = this.results.get(uri);
      if (cached && this.isCurrent(cached)) return cached;
      // Only a run that will be published may show its opening first (a request in manual mode publishes nothing).
      const running = this.runFor(document, settings, !requested);
      if (requested) this.hooks.prioritize?.(uri);
      const run = await running;
      if (this.isCurrent(run)) return run;
      if (!this.documents.get(uri)) return undefined;
    }
  }

  /** The run of this document version: the one under way, or a new one. */
  private runFor(document: TextDocument, settings: NewsAnnotatorSettings, published: boolean): Promise<Run> {
    const { uri, version } = document;
    const generation = this.generation;
    const under = this.pending.get(uri);
    if (under && under.source === document && under.version === version && under.generation === generation) return under.run;
    const snapshot = TextSnapshot.of(uri, document.languageId, version, document.getText(), this.snapshots.get(uri));
    this.snapshots.set(uri, snapshot);
    const first = published && !this.results.has(uri) && !this.pending.has(uri) && !this.publishedVersions.has(uri);
    const wanted = () =>
      this.generation === generation &&
      this.documents.get(uri) === document &&
      document.version === version &&
      this.publishedVersions.get(uri) !== version &&
      this.results.get(uri)?.result.version !== version;
    // The opening's job is queued first, so the worker reads it before the whole article.
    const queued = first && this.hooks.firstLook ? this.hooks.firstLook(snapshot, settings, wanted).catch(() => undefined) : undefined;
    const run = (queued ? queued.then(() => this.analyze(snapshot, settings)) : this.analyze(snapshot, settings)).then((result): Run => {
      const done: Run = { document: snapshot, source: document, result, settings, generation };
      if (this.pending.get(uri)?.run === run) this.pending.delete(uri);
      if (this.isCurrent(done)) this.results.set(uri, done);
      return done;
    });
    this.pending.set(uri, { source: document, version, generation, run });
    return run;
  }

  private async analyze(document: TextDocument, settings: NewsAnnotatorSettings): Promise<AnalysisResult> {
    const { uri, version } = document;
    const text = document.getText();
    const skipped = whyNotAnalyzable(text, settings.maxFileSizeKB);
    if (skipped) return { uri, version, annotations: null, skipped };
    try {
      const started = performance.now();
      const annotations = await this.hooks.analyzer(text, { id: uri, referenceDate: settings.referenceDate || undefined }, { key: uri });
      const elapsed = performance.now() - started;
      if (elapsed > SLOW_ANALYSIS_MS) this.hooks.logInfo(`News Annotator: analyzing ${uri} (${Math.round(text.length / 1024)} KB) took ${Math.round(elapsed)} ms`);
      return { uri, version, annotations };
    } catch (error) {
      const superseded = error instanceof Error && error.name === 'SupersededError';
      if (!superseded) this.hooks.logError(`News Annotator: analysis of ${uri} (version ${version}) failed: ${describeError(error)}`);
      return { uri, version, annotations: null, skipped: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
