// The editor with a large workspace index, through the real server over stdio: one real article open, typed in
// (one-character edits, debounce 0) and hovered, first with an empty index, then after 3,000 real articles (the
// PolNeAR training texts written as files, each in several editions to reach the count) were indexed through the
// scan request; with the server's peak memory. Cross-article checks must not make typing or hovering slower.
// The 10,000-article case takes every text of the evaluation sets (PolNeAR, GenderGapTracker, CoNLL-2003,
// TimeBank, AQUAINT: about 2,400 distinct news texts) in editions.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../server/src/analysis/types';
import { AnnotationsRequest, IndexFilesRequest } from '../server/src/protocol';
import { startStdioServer, type StdioServer } from '../test/robustness/support/stdio-server';
import { jsonlTexts } from './load';
import { residentMemoryMB } from './machine';
import { percentile } from './statistics';

export interface TypingFigures {
  editP95Ms: number;
  hoverP99Ms: number;
}

export interface LargeIndex {
  articles: number;
  /** How many distinct texts the articles are editions of. */
  texts: number;
  indexed: number;
  scanSeconds: number;
  empty: TypingFigures;
  full: TypingFigures;
  serverPeakMB?: number;
  /** The same before the scan (one article open and typed in): what the index and its scan add is the difference. */
  serverPeakBeforeScanMB?: number;
}

const BATCH_SIZE = 10;
const EDITS = 40;
const HOVERS = 300;

/** `count` article files made of the texts, each text in as many editions as needed (its own first line). */
function writeArticles(folder: string, texts: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const file = path.join(folder, `article-${String(index).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, `Edition ${Math.floor(index / texts.length) + 1}.\n\n${texts[index % texts.length]}`);
    return pathToFileURL(file).toString();
  });
}

/** One-character edits in the middle of the article until their diagnostics, then hovers on its annotations. */
async function typeAndHover(server: StdioServer, uri: string, text: string, version: number): Promise<{ figures: TypingFigures; version: number }> {
  const { connection } = server;
  let document = TextDocument.create(uri, 'news-article', version, text);
  const middle = text.indexOf(' ', Math.floor(text.length / 2)) - 2;
  const editTimes: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const at = document.positionAt(middle);
    const change = edit % 2 === 0 ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: document.positionAt(middle + 1) }, text: '' };
    document = TextDocument.update(document, [change], document.version + 1);
    const published = server.nextDiagnostics(uri, (params) => params.version === document.version);
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
    await published;
    editTimes.push(performance.now() - started);
  }
  const annotations = (await connection.sendRequest(AnnotationsRequest, { uri })) as Annotations | null;
  const spans = annotations ? [...annotations.quotes, ...annotations.actors.flatMap((actor) => actor.mentions), ...annotations.dates] : [];
  const hoverTimes: number[] = [];
  for (let index = 0; index < HOVERS && spans.length; index++) {
    const position = document.positionAt(spans[index % spans.length].start + 1);
    const started = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    hoverTimes.push(performance.now() - started);
  }
  return { figures: { editP95Ms: percentile(editTimes, 95), hoverP99Ms: percentile(hoverTimes, 99) }, version: document.version };
}

/** The evaluation sets' files whose texts the `all` corpus indexes (the typed article is left out of them). */
const ALL_TEXTS = [
  'quotes/polnear_train.jsonl',
  'quotes/polnear_dev.jsonl',
  'quotes/ggt_dev.jsonl',
  'ner/conll2003_train.jsonl',
  'ner/conll2003_dev.jsonl',
  'dates/timebank.jsonl',
  'dates/aquaint.jsonl',
];

/** The texts indexed: PolNeAR's training set, or every evaluation set's texts (`all`) but the typed article. */
export function indexedTexts(evalDir: string, corpus: 'polnear' | 'all', typed: string): string[] {
  if (corpus === 'polnear') return jsonlTexts(path.join(evalDir, 'quotes', 'polnear_train.jsonl'));
  const files = ALL_TEXTS.map((file) => path.join(evalDir, file)).filter((file) => fs.existsSync(file));
  return [...new Set(files.flatMap((file) => jsonlTexts(file)))].filter((text) => text !== typed);
}

export async function measureLargeIndex(serverPath: string, evalDir: string, count = 3000, corpus: 'polnear' | 'all' = 'polnear'): Promise<LargeIndex> {
  // The article typed in is a development text, so it is not one of the indexed files.
  const [article] = jsonlTexts(path.join(evalDir, 'quotes', 'polnear_dev.jsonl'), 1);
  const texts = indexedTexts(evalDir, corpus, article);
  if (!texts.length || !article) throw new Error(`no PolNeAR texts in ${evalDir}`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-index-'));
  const server = await startStdioServer({ serverPath, settings: { debounceMs: 0, run: 'onType' }, rootUri: pathToFileURL(folder).toString() });
  try {
    const uris = writeArticles(folder, texts, count);
    const uri = 'file:///bench/typed-article.txt';
    const opened = server.nextDiagnostics(uri, (params) => params.version === 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: article } });
    await opened;
    const empty = await typeAndHover(server, uri, article, 1);

    const serverPeakBeforeScanMB = server.child.pid === undefined ? undefined : residentMemoryMB(server.child.pid)?.peak;
    const started = performance.now();
    let indexed = 0;
    for (let start = 0; start < uris.length; start += BATCH_SIZE) {
      indexed += (await server.connection.sendRequest(IndexFilesRequest, { uris: uris.slice(start, start + BATCH_SIZE), reset: start === 0 })).indexed;
    }
    const scanSeconds = (performance.now() - started) / 1000;
    const full = await typeAndHover(server, uri, article, empty.version);
    return {
      articles: count,
      texts: texts.length,
      indexed,
      scanSeconds,
      empty: empty.figures,
      full: full.figures,
      serverPeakMB: server.child.pid === undefined ? undefined : residentMemoryMB(server.child.pid)?.peak,
      serverPeakBeforeScanMB,
    };
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

// `node out/bench/index-3000.js [eval dir] [server bundle] [articles] [polnear|all]`: this case alone (another bundle:
// to compare builds; `- - 10000 all` for the 10,000-article case).
if (require.main === module) {
  void (async () => {
    const root = path.resolve(__dirname, '../..');
    const argument = (index: number) => (process.argv[index] === '-' ? undefined : process.argv[index]);
    const evalDir = path.resolve(root, argument(2) ?? '../shared/eval');
    const serverPath = path.resolve(argument(3) ?? path.join(root, 'dist', 'server.js'));
    console.log(JSON.stringify(await measureLargeIndex(serverPath, evalDir, Number(argument(4) ?? 3000), argument(5) === 'all' ? 'all' : 'polnear')));
  })();
}
