// Latencies of the real language server over stdio, as an editor sees them: opening a large article until its
// first diagnostics, one-character edits until the updated diagnostics (debounce set to 0), hovers while typing
// (sent right after each edit, before its diagnostics), hovers and document symbols at many positions, and the
// server process's peak memory.
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocumentSyncKind, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { Annotations } from '../server/src/analysis/types';
import { AnnotationsRequest } from '../server/src/protocol';
import { startStdioServer, type StdioServer } from '../test/robustness/support/stdio-server';
import { residentMemoryMB } from './machine';
import { median, percentile } from './statistics';

export interface ProtocolLatencies {
  /** Open → the first diagnostics published (of a long article: its opening's, firstLook.ts). */
  firstDiagnosticsMs: number;
  /** Open → the whole article's diagnostics (those published right before the analysis-done notification). */
  wholeDiagnosticsMs: number;
  opens: number;
  editP50Ms: number;
  editP95Ms: number;
  edits: number;
  /**
   * Each edit's time, in the order typed: the first edits after the open run while V8 still compiles the edit path,
   * and decide the p95 (lsp-rows.js prints them).
   */
  editTimesMs: number[];
  hoverP50Ms: number;
  hoverP99Ms: number;
  hovers: number;
  /** Hovers sent right after each edit, before its diagnostics (answered while the edit is analyzed). */
  typingHoverP50Ms: number;
  typingHoverP99Ms: number;
  typingHovers: number;
  symbolsP50Ms: number;
  symbolsP99Ms: number;
  symbolRequests: number;
  serverPeakMB?: number;
  diagnosticsOnArticle: number;
}

const WAIT_LIMIT_MS = 120_000;

/** Fails instead of hanging when the server never answers (a benchmark has no test runner timeout). */
function withinLimit<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${WAIT_LIMIT_MS} ms: ${what}`)), WAIT_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

function diagnosticsOfVersion(server: StdioServer, uri: string, version: number) {
  // A server that publishes without versions cannot say which text it analyzed: take its next publication then.
  return server.nextDiagnostics(uri, (params: PublishDiagnosticsParams) => params.version === undefined || params.version === version);
}

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** `execArgv`: Node options for the server process (lsp-rows.ts passes --cpu-prof to profile it). */
export async function measureProtocolLatencies(serverPath: string, article: string, execArgv: string[] = []): Promise<ProtocolLatencies> {
  const server = await startStdioServer({ serverPath, execArgv, settings: { debounceMs: 0, run: 'onType', maxFileSizeKB: 4096 } });
  try {
    const { connection } = server;
    /** Opens a document; the times to its first diagnostics and to the whole article's, and the latter. */
    const open = async (uri: string, text: string) => {
      const started = performance.now();
      const published = diagnosticsOfVersion(server, uri, 1);
      const whole = server.wholeDiagnostics(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
      await withinLimit(published, `diagnostics of ${uri}`);
      const firstMs = performance.now() - started;
      const diagnostics = await withinLimit(whole, `the whole diagnostics of ${uri}`);
      return { firstMs, wholeMs: performance.now() - started, diagnostics };
    };

    // First diagnostics: five distinct articles (an edition line makes each text new), each closed afterwards.
    const openTimes: number[] = [];
    const wholeTimes: number[] = [];
    for (let index = 0; index < 5; index++) {
      const uri = `file:///bench/first-open-${index}.txt`;
      const opened = await open(uri, `Edition ${index}.\n\n${article}`);
      openTimes.push(opened.firstMs);
      wholeTimes.push(opened.wholeMs);
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    // Typing: one character inserted and removed again in the middle of a word, 30 times.
    const uri = 'file:///bench/typing.txt';
    const { diagnostics } = await open(uri, article);
    let document = TextDocument.create(uri, 'news-article', 1, article);
    const syncKind = typeof server.capabilities.textDocumentSync === 'number' ? server.capabilities.textDocumentSync : server.capabilities.textDocumentSync?.change;
    const middle = article.indexOf(' ', Math.floor(article.length / 2)) - 2;
    // Hovers while typing: on annotations before and after the edited word (their spans untouched by the edits).
    const before = (await withinLimit(connection.sendRequest(AnnotationsRequest, { uri }), 'annotations')) as Annotations | null;
    const spans = before
      ? [...before.actors.flatMap((actor) => actor.mentions), ...before.dates, ...before.quotes].filter((span) => span.end < middle - 100 || span.start > middle + 100)
      : [];
    const typingHoverAt = (index: number) => (spans.length ? spans[(index * 7919) % spans.length].start + 1 : (index * 997) % article.length);
    const typingHoverTimes: number[] = [];
    const editTimes: number[] = [];
    for (let edit = 0; edit < 30; edit++) {
      const insert = edit % 2 === 0;
      const at = document.positionAt(middle);
      const change = insert ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: document.positionAt(middle + 1) }, text: '' };
      const version = document.version + 1;
      document = TextDocument.update(document, [change], version);
      const contentChanges = syncKind === TextDocumentSyncKind.Incremental ? [change] : [{ text: document.getText() }];
      editTimes.push(
        await elapsed(async () => {
          const published = diagnosticsOfVersion(server, uri, version);
          await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
          for (let hover = 0; hover < 3; hover++) {
            const offset = typingHoverAt(edit * 3 + hover);
            const position = document.positionAt(offset > middle ? offset + document.getText().length - article.length : offset);
            typingHoverTimes.push(await elapsed(() => withinLimit(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), 'hover while typing')));
          }
          await withinLimit(published, `diagnostics of edit ${edit}`);
        }),
      );
    }

    // Hovers at 150 positions spread over the article and on up to 150 annotations (where a hover has work to do),
    // then document symbols 50 times.
    const text = document.getText();
    const annotations = (await withinLimit(connection.sendRequest(AnnotationsRequest, { uri }), 'annotations')) as Annotations | null;
    const annotated = annotations ? [...annotations.actors.flatMap((actor) => actor.mentions), ...annotations.dates, ...annotations.quotes] : [];
    const offsets = [
      ...Array.from({ length: 150 }, (_, index) => Math.floor((index * text.length) / 150)),
      ...Array.from({ length: Math.min(150, annotated.length) }, (_, index) => annotated[Math.floor((index * annotated.length) / Math.min(150, annotated.length))].start + 1),
    ];
    const hoverTimes: number[] = [];
    for (const offset of offsets) {
      const position = document.positionAt(offset);
      hoverTimes.push(await elapsed(() => withinLimit(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), 'hover')));
    }
    const symbolTimes: number[] = [];
    for (let index = 0; index < 50; index++) {
      symbolTimes.push(await elapsed(() => withinLimit(connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), 'documentSymbol')));
    }

    return {
      firstDiagnosticsMs: median(openTimes),
      wholeDiagnosticsMs: median(wholeTimes),
      opens: openTimes.length,
      editP50Ms: percentile(editTimes, 50),
      editP95Ms: percentile(editTimes, 95),
      edits: editTimes.length,
      editTimesMs: editTimes.map((time) => Math.round(time * 10) / 10),
      hoverP50Ms: percentile(hoverTimes, 50),
      hoverP99Ms: percentile(hoverTimes, 99),
      hovers: hoverTimes.length,
      typingHoverP50Ms: percentile(typingHoverTimes, 50),
      typingHoverP99Ms: percentile(typingHoverTimes, 99),
      typingHovers: typingHoverTimes.length,
      symbolsP50Ms: percentile(symbolTimes, 50),
      symbolsP99Ms: percentile(symbolTimes, 99),
      symbolRequests: symbolTimes.length,
      serverPeakMB: server.child.pid === undefined ? undefined : residentMemoryMB(server.child.pid)?.peak,
      diagnosticsOnArticle: diagnostics.length,
    };
  } finally {
    const code = await server.stop();
    if (code !== 0) console.error(`server exited with code ${code}\n${server.stderr().slice(-2000)}`);
  }
}

export const SERVER_BUNDLE = (root: string) => path.join(root, 'dist', 'server.js');
