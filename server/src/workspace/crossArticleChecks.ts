// The cross-article checks of the open documents, kept off the request path: every analysis (of an open document
// or an indexed file) updates the cross-article index with its own quotes and names, and only the open documents
// whose matches involve them are checked again, later, one per event-loop turn, and only while no analysis of an
// open document waits (a burst of opened files is checked once at its end). A document is republished only when
// its cross-article diagnostics actually changed.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations, Quote } from '../analysis/types';
import type { AnalysisResult, Analyzed } from '../analysisQueue';
import { annotationsAt } from '../annotationsAt';
import { rangeOf, sameRange } from '../positions';
import type { NewsAnnotatorSettings } from '../settings';
import type { ArticleSummary } from './articleSummary';
import { crossArticleDiagnostics, NAME_VARIANT_CODE, nameVariantHover } from './crossDiagnostics';
import { quoteProvenanceHover } from './quoteProvenance';
import { CrossArticleIndex, type ArticleInput, type IndexedQuote, type QuoteInput } from './crossIndex';
import { nameKey } from './notActors';
import { sameArticleInput } from './sameArticleInput';
import { quoteDifferences } from './sharedQuotes';
import { movedDiagnostics } from './movedDiagnostics';
import { derivationOf } from '../annotationsDelta';

export interface CrossArticleHost {
  /** The open document's current analysis, if finished. */
  peek(uri: string): Analyzed | undefined;
  isOpen(uri: string): boolean;
  /** Whether analyses of open documents are waiting: refreshes wait for the burst to end. */
  busy(): boolean;
  settingsFor(uri: string): Promise<NewsAnnotatorSettings>;
  /** The document's own (not cross-article) diagnostics for an analysis. */
  ownDiagnostics(document: TextDocument, annotations: Annotations, settings: NewsAnnotatorSettings): Diagnostic[];
  send(uri: string, version: number, diagnostics: Diagnostic[]): void;
  /** Told after a refresh pass, with the number of articles known. */
  changed(articles: number): void;
  logError(message: string): void;
}

/** How long after an analysis the other open documents are checked again, and the longest a burst defers it. */
const REFRESH_DELAY_MS = 50;
// Each refresh of a large article costs the server's thread (its cross-article diagnostics made and sent again):
// while a burst of opened documents is analyzed they are checked at most this often, and once when it ends.
const LONGEST_DEFERRAL_MS = 10_000;

/** The most other articles a hover lists for a shared quote. */
const HOVER_ARTICLES = 20;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const severityKey = (settings: NewsAnnotatorSettings) => `${settings.severity.nameVariant} ${settings.severity.sharedQuote}`;

/**
 * What the index needs of an open document's analysis. `last`: the document's previous input, whose quote entries
 * are taken again where they are equal (same id, text and range), as for nearly every quote after a keystroke: the
 * entries are kept until the next edit, so new ones on every keystroke were a long article's hundreds of objects
 * surviving a collection of the server's thread.
 */
function openInput(document: TextDocument, annotations: Annotations, last?: ArticleInput): ArticleInput {
  return {
    uri: document.uri,
    people: annotations.actors
      .filter((actor) => actor.type === 'person')
      .map((actor) => {
        const first = actor.mentions.find((mention) => mention.text === actor.name) ?? actor.mentions[0];
        return { id: actor.id, name: actor.name, firstMention: first && rangeOf(document, first) };
      }),
    directQuotes: directQuoteInputs(document, annotations.quotes, last?.directQuotes),
    keepTexts: true,
    date: annotations.referenceDate.value ?? undefined,
  };
}

function directQuoteInputs(document: TextDocument, quotes: readonly Quote[], last: readonly QuoteInput[] | undefined): QuoteInput[] {
  const inputs: QuoteInput[] = [];
  for (const quote of quotes) {
    if (quote.kind !== 'direct') continue;
    const range = rangeOf(document, quote);
    const before = last?.[inputs.length];
    inputs.push(before && before.id === quote.id && before.text === quote.text && sameRange(before.range, range) ? before : { id: quote.id, text: quote.text, range });
  }
  return inputs;
}

/** What the index needs of an indexed file's summary, without the names the not-actors file lists. */
function fileInput(summary: ArticleSummary, notActors: ReadonlySet<string>): ArticleInput {
  const people = summary.actors.filter((actor) => actor.type === 'person' && ![actor.name, ...actor.aliases].some((name) => notActors.has(nameKey(name))));
  return {
    uri: summary.uri,
    people: people.map((actor) => ({ id: actor.id, name: actor.name, firstMention: (actor.mentions.find((mention) => mention.text === actor.name) ?? actor.mentions[0])?.range })),
    directQuotes: summary.quotes.filter((quote) => quote.kind === 'direct'),
    keepTexts: false,
    date: summary.date,
  };
}

/** The text of a quote of an indexed file, read from the file (the index keeps no quote texts). */
async function quoteText(quote: IndexedQuote): Promise<string | undefined> {
  if (quote.text !== undefined) return quote.text;
  try {
    const text = await readFile(fileURLToPath(quote.uri), 'utf8');
    return TextDocument.create(quote.uri, 'plaintext', 0, text.replace(/^\uFEFF/, '')).getText(quote.range);
  } catch {
    return undefined;
  }
}

export class CrossArticleChecks {
  readonly index = new CrossArticleIndex();
  /**
   * The cross-article diagnostics last published per open document, with the version; their JSON is made only when
   * a refresh compares it (a 400 KB article's took 0.4 ms and 170 KB of garbage on the server's thread per keystroke).
   */
  private readonly published = new Map<string, { version: number; diagnostics: readonly Diagnostic[]; key?: string }>();
  private readonly toRefresh = new Set<string>();
  /** Per open document, its last published analysis and cross-article diagnostics, with the index's generation. */
  private readonly lastOpen = new Map<string, { document: TextDocument; annotations: Annotations; generation: number; severity: string; diagnostics: readonly Diagnostic[] }>();
  /** What each open document last put in the index: an analysis that puts the same again leaves the index alone. */
  private readonly openInputs = new Map<string, ArticleInput>();
  private timer: NodeJS.Timeout | undefined;
  private deferredSince: number | undefined;
  private refreshing = false;
  private disposed = false;

  constructor(private readonly host: CrossArticleHost) {}

  /**
   * An open document's analysis is being published: puts it in the index and returns its cross-article
   * diagnostics; the other open documents it matches (before or now) are checked again soon.
   */
  publishOpen(document: TextDocument, result: AnalysisResult, settings: NewsAnnotatorSettings): Diagnostic[] {
    if (!result.annotations) {
      this.closed(document.uri);
      return [];
    }
    const last = this.openInputs.get(document.uri);
    const input = openInput(document, result.annotations, last);
    if (!last || !sameArticleInput(last, input)) this.refreshLater(this.index.set(input));
    this.openInputs.set(document.uri, input);
    const cross = this.carriedOver(document, result.annotations, settings) ?? crossArticleDiagnostics(document, result.annotations, this.index, settings.severity);
    this.published.set(document.uri, { version: result.version, diagnostics: cross });
    this.lastOpen.set(document.uri, { document, annotations: result.annotations, generation: this.index.generation, severity: severityKey(settings), diagnostics: cross });
    return cross;
  }

  /**
   * The cross-article diagnostics of the analysis this one was rebuilt from (the worker's delta), moved to the edited
   * text, where they are bound to be the same: with the index unchanged since and the same severities, the name
   * variants when no actor changed but for its offsets (so no name or spelling did), the shared quotes when no quote
   * did; the other kind is made anew (a keystroke inside a quotation changes that quote only). Undefined when neither
   * can be carried over.
   */
  private carriedOver(document: TextDocument, annotations: Annotations, settings: NewsAnnotatorSettings): Diagnostic[] | undefined {
    const last = this.lastOpen.get(document.uri);
    const derivation = derivationOf(annotations);
    if (!last || !derivation || derivation.before !== last.annotations || last.generation !== this.index.generation || last.severity !== severityKey(settings)) return undefined;
    const unchanged = (list: 'actors' | 'quotes') => {
      const change = derivation.delta.lists[list];
      return !!change && change.middle.length === 0 && change.keep + change.tail === annotations[list].length && annotations[list].length === last.annotations[list].length;
    };
    const [names, quotes] = [unchanged('actors'), unchanged('quotes')];
    if (!names && !quotes) return undefined;
    // The name variants come first, then the shared quotes, as crossArticleDiagnostics makes them.
    const kept = last.diagnostics.filter((diagnostic) => (diagnostic.code === NAME_VARIANT_CODE ? names : quotes));
    const moved = movedDiagnostics(kept, last.document, document, derivation.delta.change);
    if (!moved || (names && quotes)) return moved;
    const { severity } = settings;
    const made = crossArticleDiagnostics(
      document,
      annotations,
      this.index,
      names ? { nameVariant: 'off', sharedQuote: severity.sharedQuote } : { nameVariant: severity.nameVariant, sharedQuote: 'off' },
    );
    return names ? [...moved, ...made] : [...made, ...moved];
  }

  /** An indexed file (not open) was analyzed, or dropped (`summary` undefined). */
  fileIndexed(uri: string, summary: ArticleSummary | undefined, notActors: ReadonlySet<string>): void {
    if (this.host.isOpen(uri)) return;
    this.refreshLater(summary ? this.index.set(fileInput(summary, notActors)) : this.index.delete(uri));
  }

  /** A document was closed: it leaves the index (its file comes back if the workspace index holds it). */
  closed(uri: string): void {
    this.published.delete(uri);
    this.lastOpen.delete(uri);
    this.openInputs.delete(uri);
    this.toRefresh.delete(uri);
    this.refreshLater(this.index.delete(uri));
  }

  /**
   * The not-actors names changed: every indexed file's people again (their quotes stay, so `files` need no texts and
   * no file is read); open documents come back with their new analyses.
   */
  rebuild(files: readonly ArticleSummary[], notActors: ReadonlySet<string>): void {
    for (const summary of files) if (!this.host.isOpen(summary.uri)) this.index.setPeople(summary.uri, fileInput(summary, notActors).people);
    for (const uri of this.published.keys()) {
      const current = this.host.peek(uri);
      if (current?.result.annotations) {
        const input = openInput(current.document, current.result.annotations);
        this.index.set(input);
        this.openInputs.set(uri, input);
      }
      this.toRefresh.add(uri);
    }
    this.schedule();
  }

  /** The hover lines other articles add at `offset`: other spellings of a person, other articles quoting the words. */
  async hoverLines(uri: string, annotations: Annotations, offset: number): Promise<string[]> {
    const found = annotationsAt(annotations, offset);
    const lines: string[] = [];
    const spelled = found.actor && nameVariantHover(found.actor.actor, uri, this.index);
    if (spelled) lines.push(spelled);
    if (found.quote?.kind === 'direct') {
      const here = found.quote.text;
      // One quote per other article (a page may repeat a quote), and a bounded number of articles.
      const byArticle = new Map<string, IndexedQuote>();
      for (const quote of this.index.sharedQuotes(uri, here)) if (!byArticle.has(quote.uri)) byArticle.set(quote.uri, quote);
      const matches = [...byArticle.values()].slice(0, HOVER_ARTICLES);
      const shared = await Promise.all(
        matches.map(async (quote) => {
          const there = await quoteText(quote);
          return { uri: quote.uri, quote, wording: there, differences: there === undefined ? 'the file could not be read' : quoteDifferences(here, there) };
        }),
      );
      if (shared.length) {
        const dates = (other: string) => this.index.dateOf(other);
        lines.push(quoteProvenanceHover({ uri, date: annotations.referenceDate.value ?? undefined, text: here }, shared, dates, byArticle.size));
      }
    }
    return lines;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Checks the open ones of `uris` again soon; the client hears that the workspace changed after that pass. */
  private refreshLater(uris: Iterable<string>): void {
    for (const uri of uris) if (this.host.isOpen(uri)) this.toRefresh.add(uri);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.refreshing || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Back-pressure: while open documents wait for analysis, their results come first; a burst is checked once.
      const now = performance.now();
      this.deferredSince ??= now;
      if (this.host.busy() && now - this.deferredSince < LONGEST_DEFERRAL_MS) return this.schedule();
      this.deferredSince = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** Checks the waiting documents again, one per event-loop turn, republishing those whose result changed. */
  private async refresh(): Promise<void> {
    this.refreshing = true;
    try {
      while (this.toRefresh.size && !this.disposed) {
        const [uri] = this.toRefresh;
        this.toRefresh.delete(uri);
        await this.refreshOne(uri).catch((error: unknown) => this.host.logError(`News Annotator: cross-article diagnostics of ${uri} failed: ${String(error)}`));
        await nextTurn();
      }
    } finally {
      this.refreshing = false;
    }
    this.host.changed(this.index.size);
  }

  private async refreshOne(uri: string): Promise<void> {
    const current = this.host.peek(uri);
    const annotations = current?.result.annotations;
    // Only a version whose diagnostics were published is republished (in manual mode a request may have analyzed
    // a newer one that the user has not asked to see checked); a document edited since waits for its new analysis.
    if (!current || !annotations || this.published.get(uri)?.version !== current.result.version) return;
    const settings = await this.host.settingsFor(uri);
    if (this.host.peek(uri)?.result !== current.result) return;
    // Three slices with a turn between them (requests are answered in between); the document may change meanwhile.
    const still = () => !this.disposed && this.host.peek(uri)?.result === current.result;
    const cross = crossArticleDiagnostics(current.document, annotations, this.index, settings.severity);
    await nextTurn();
    if (!still()) return;
    const key = JSON.stringify(cross);
    const published = this.published.get(uri);
    if (published) published.key ??= JSON.stringify(published.diagnostics);
    if (published?.key === key) return;
    await nextTurn();
    if (!still() || this.published.get(uri)?.version !== current.result.version) return;
    this.published.set(uri, { version: current.result.version, diagnostics: cross, key });
    this.host.send(uri, current.result.version, [...this.host.ownDiagnostics(current.document, annotations, settings), ...cross]);
  }
}
