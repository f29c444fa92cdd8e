// Many articles opened at once through the real server over stdio, as an editor restoring a session does, with a
// hover sent every 100 ms on the first article: the time until every article has its diagnostics and until the
// server stops publishing, the hover latencies meanwhile, the server's peak memory, and whether every article's
// final diagnostics equal those it gets when it is the only one open (nothing lost, nothing stale).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../server/src/analysis/analyze';
import { startStdioServer, type StdioServer } from '../test/robustness/support/stdio-server';
import { residentMemoryMB } from './machine';
import { percentile } from './statistics';

export interface LoadResult {
  documents: number;
  /** From the first didOpen until every document had diagnostics for its version. */
  allDiagnosticsMs: number;
  /** Until the last publication (cross-article refreshes included) before the server went quiet. */
  lastDiagnosticsMs: number;
  /** Hovers sent after the first article's first diagnostics, while the others were analyzed. */
  hovers: number;
  hoverP50Ms: number;
  hoverMaxMs: number;
  /** The longest wait of a hover sent before the first article was ever analyzed (it waits for that analysis). */
  firstHoverMs: number;
  serverPeakMB?: number;
  /** Documents whose final diagnostics equal those they get opened alone. */
  sameAsAlone: number;
}

const SETTINGS = { debounceMs: 0, run: 'onType', maxFileSizeKB: 4096 };
const LIMIT_MS = 300_000;
/** The server is taken to be done when nothing was published for this long. */
const QUIET_MS = 2000;
/** Codes whose result depends on the other open articles (a document alone cannot have them). */
const CROSS_ARTICLE_CODES = new Set(['name-variant', 'shared-quote']);

/** The diagnostics that do not depend on other articles, in a canonical order, as one string. */
function comparable(diagnostics: readonly Diagnostic[]): string {
  const own = diagnostics.filter((diagnostic) => !CROSS_ARTICLE_CODES.has(String(diagnostic.code)));
  return own
    .map((diagnostic) => JSON.stringify(diagnostic))
    .sort()
    .join('\n');
}

/** An offset worth hovering in `text`: inside its first direct quote, else its first actor mention, else 0. */
function hoverOffset(text: string): number {
  const annotations = analyze(text);
  const quote = annotations.quotes.find((each) => each.kind === 'direct');
  if (quote) return quote.start + 1;
  const mention = annotations.actors[0]?.mentions[0];
  return mention ? mention.start + 1 : 0;
}

function open(server: StdioServer, uri: string, text: string): Promise<void> {
  return server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
}

/** Each document's diagnostics when it is the only one open (one server, each opened, waited for and closed). */
async function diagnosticsAlone(serverPath: string, documents: readonly { uri: string; text: string }[]): Promise<Map<string, string>> {
  const server = await startStdioServer({ serverPath, settings: SETTINGS });
  const alone = new Map<string, string>();
  try {
    for (const { uri, text } of documents) {
      const published = server.wholeDiagnostics(uri, 1);
      await open(server, uri, text);
      alone.set(uri, comparable(await published));
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    await server.stop();
  }
  return alone;
}

export async function measureLoad(serverPath: string, texts: readonly string[], name: string): Promise<LoadResult> {
  const documents = texts.map((text, index) => ({ uri: `file:///bench/${name}-${String(index).padStart(3, '0')}.txt`, text }));
  const first = TextDocument.create(documents[0].uri, 'news-article', 1, documents[0].text);
  const position = first.positionAt(hoverOffset(documents[0].text));
  const server = await startStdioServer({ serverPath, settings: SETTINGS });
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiting = new Set(documents.map((document) => document.uri));
  let lastPublished = 0;
  let firstReady = Infinity;
  let allPublished = 0;
  const started = performance.now();
  let resolveAll!: () => void;
  const all = new Promise<void>((resolve) => (resolveAll = resolve));
  for (const { uri } of documents) {
    // A waiter that never accepts sees every publication for its document.
    void server.nextDiagnostics(uri, (params) => {
      latest.set(uri, params);
      lastPublished = performance.now();
      if (uri === first.uri) firstReady = Math.min(firstReady, lastPublished);
      return false;
    });
    // The whole article's diagnostics, not a long article's first look at its opening.
    void server.wholeDiagnostics(uri, 1).then(() => {
      if (waiting.delete(uri) && waiting.size === 0) {
        allPublished = performance.now();
        resolveAll();
      }
    });
  }
  const hoverTimes: number[] = [];
  const earlyHoverTimes: number[] = [];
  const pendingHovers: Promise<unknown>[] = [];
  let hovering = true;
  try {
    for (const { uri, text } of documents) void open(server, uri, text);
    const hoverLoop = (async () => {
      while (hovering) {
        const sent = performance.now();
        pendingHovers.push(
          server.connection
            .sendRequest('textDocument/hover', { textDocument: { uri: first.uri }, position })
            .then(() => (sent >= firstReady ? hoverTimes : earlyHoverTimes).push(performance.now() - sent)),
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      all,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${waiting.size} documents without diagnostics after ${LIMIT_MS} ms`)), LIMIT_MS))),
    ]).finally(() => clearTimeout(timer));
    hovering = false;
    await hoverLoop;
    await Promise.all(pendingHovers);
    while (performance.now() - lastPublished < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 200));
    const serverPeakMB = server.child.pid === undefined ? undefined : residentMemoryMB(server.child.pid)?.peak;
    await server.stop();
    const alone = await diagnosticsAlone(serverPath, documents);
    let sameAsAlone = 0;
    for (const { uri } of documents) if (alone.get(uri) === comparable(latest.get(uri)?.diagnostics ?? [])) sameAsAlone++;
    return {
      documents: documents.length,
      allDiagnosticsMs: allPublished - started,
      lastDiagnosticsMs: lastPublished - started,
      hovers: hoverTimes.length,
      hoverP50Ms: percentile(hoverTimes, 50),
      hoverMaxMs: Math.max(...hoverTimes),
      firstHoverMs: Math.max(0, ...earlyHoverTimes),
      serverPeakMB,
      sameAsAlone,
    };
  } finally {
    hovering = false;
    if (server.child.exitCode === null) await server.stop();
  }
}

/** The article texts of a JSON Lines gold file (read at run time, never copied into the repository). */
export function jsonlTexts(file: string, limit = Infinity): string[] {
  const texts: string[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { text?: unknown };
    if (typeof record.text === 'string') texts.push(record.text);
    if (texts.length >= limit) break;
  }
  return texts;
}

/** The first 80 articles of the PolNeAR development set. */
export function realArticles(evalDir: string): string[] {
  return jsonlTexts(path.join(evalDir, 'quotes', 'polnear_dev.jsonl'), 80);
}

/** Ten versions of one 400 KB page (a live blog kept in several versions): each its own first line. */
export function largeCopies(article: string): string[] {
  return Array.from({ length: 10 }, (_, index) => `Version ${index + 1} of the live page.\n\n${article}`);
}

// `node out/bench/load.js [eval dir] [real|large]`: the two load scenarios alone, without the rest of the benchmark.
if (require.main === module) {
  void (async () => {
    const root = path.resolve(__dirname, '../..');
    const evalDir = path.resolve(root, process.argv[2] ?? '../shared/eval');
    const { seedArticle } = await import('./corpora');
    const serverPath = path.join(root, 'dist', 'server.js');
    const only = process.argv[3];
    if (only !== 'large') console.log('80 real articles', JSON.stringify(await measureLoad(serverPath, realArticles(evalDir), 'real')));
    if (only !== 'real') console.log('10 × 400 KB', JSON.stringify(await measureLoad(serverPath, largeCopies(seedArticle(root)), 'large')));
  })();
}
