// `npm run bench [-- <eval dir>] [-- --write]`: measures the analyzer's throughput against wink-nlp and compromise,
// its start-up time and memory, and the language server's latencies over stdio, then prints one Markdown table
// with the targets beside the figures (and writes it to bench/results.md with --write). Never part of the tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { withoutParagraphCaches } from '../server/src/analysis/paragraphCache';
import { developmentArticle, developmentCorpus, seedCorpus, seedTexts, type Corpus } from './corpora';
import { measureAnalysisMemory, measureStartUp } from './in-process';
import { describeLoad, describeMachine } from './machine';
import { loadCompromise, loadWink } from './peers';
import { measureProtocolLatencies, SERVER_BUNDLE } from './protocol-latency';
import { measureWorkspaceScan } from './workspace-scan';
import { cliJobsRows } from './cli-jobs';
import { loadRows } from './load-rows';
import { renderReport, type Row } from './report';
import { measureThroughput } from './throughput';

const ROOT = path.resolve(__dirname, '../..');
const ANALYZER = path.join(ROOT, 'out', 'server', 'src', 'analysis', 'analyze.js');

function parseArguments(argv: string[]): { evalDir: string; write: boolean } {
  const positional = argv.filter((argument) => !argument.startsWith('--'));
  return { evalDir: path.resolve(ROOT, positional[0] ?? '../shared/eval'), write: argv.includes('--write') };
}

const format = {
  rate: (value: number) => `${Math.round(value).toLocaleString('en-US')} words/s`,
  ms: (value: number) => `${value < 10 ? value.toFixed(2) : Math.round(value)} ms`,
  mb: (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} MB`),
  ratio: (value: number) => `${value.toFixed(2)}×`,
};

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function throughputRows(corpus: Corpus): Row[] {
  const wink = loadWink();
  const compromise = loadCompromise();
  // Up to 7 timed passes each, fewer (at least 3) when passes are slow; every figure is a median after a warm-up.
  const repetition = { repetitions: 7, budgetMs: 20_000 };
  log(`${corpus.name}: ${corpus.words.toLocaleString('en-US')} words, ${(corpus.characters / 1024).toFixed(0)} KB`);
  // Every analysis from scratch, as the peers run: the analyzer's caches across analyses (paragraph tokens, block
  // dates, the tagger's carried scores) serve an edited article, and would otherwise be hit by the repeated passes
  // and by the 400 KB text's repeated paragraphs.
  const analyzeFresh = (text: string) => withoutParagraphCaches(() => analyze(text));
  const ours = measureThroughput(corpus, analyzeFresh, repetition);
  log(`  ours ${format.rate(ours.wordsPerSecond)} (median of ${ours.repetitions})`);
  const winkRate = measureThroughput(corpus, wink.run, repetition);
  log(`  wink ${format.rate(winkRate.wordsPerSecond)} (median of ${winkRate.repetitions})`);
  const compromiseRate = measureThroughput(corpus, compromise.run, repetition);
  log(`  compromise ${format.rate(compromiseRate.wordsPerSecond)} (median of ${compromiseRate.repetitions})`);
  const versusWink = ours.wordsPerSecond / winkRate.wordsPerSecond;
  const versusCompromise = ours.wordsPerSecond / compromiseRate.wordsPerSecond;
  return [
    { section: corpus.name, measure: 'Full analysis (actors, dates, quotes, attribution)', result: format.rate(ours.wordsPerSecond), target: '' },
    { section: corpus.name, measure: wink.name, result: format.rate(winkRate.wordsPerSecond), target: '' },
    { section: corpus.name, measure: compromise.name, result: format.rate(compromiseRate.wordsPerSecond), target: '' },
    { section: corpus.name, measure: 'Ours / wink-nlp', result: format.ratio(versusWink), target: '≥ 1.2× (goal 2×)', met: versusWink >= 1.2 },
    { section: corpus.name, measure: 'Ours / compromise', result: format.ratio(versusCompromise), target: '≥ 30×', met: versusCompromise >= 30 },
  ];
}

async function main(): Promise<void> {
  const { evalDir, write } = parseArguments(process.argv.slice(2));
  const loadBefore = describeLoad();
  const rows: Row[] = [];
  const seeds = seedCorpus(ROOT);
  const article = seeds.documents[0];

  rows.push(...throughputRows(seeds));
  const development = developmentCorpus(evalDir);
  if (development) rows.push(...throughputRows(development));
  else rows.push({ section: 'development sets', measure: 'Throughput', result: `not measured: no development sets at ${evalDir}`, target: '' });

  log('start-up and memory');
  const startUp = measureStartUp(ANALYZER);
  const memory = measureAnalysisMemory(ANALYZER, article);
  rows.push(
    {
      section: 'analyzer',
      measure: `Load the analyzer module (median of ${startUp.runs} fresh processes)`,
      result: format.ms(startUp.loadMs),
      target: '< 300 ms',
      met: startUp.loadMs < 300,
    },
    { section: 'analyzer', measure: 'First analysis of a sentence after loading', result: format.ms(startUp.firstAnalysisMs), target: '' },
    { section: 'analyzer', measure: 'Resident memory with the analyzer loaded', result: format.mb(memory.loadedMB), target: '' },
    { section: 'analyzer', measure: 'Peak resident memory analyzing the 400 KB article', result: format.mb(memory.peakMB), target: '' },
  );

  const serverPath = SERVER_BUNDLE(ROOT);
  if (fs.existsSync(serverPath)) {
    log('language server over stdio');
    try {
      const latency = await measureProtocolLatencies(serverPath, article);
      rows.push(
        {
          section: 'language server (stdio)',
          measure: `Open the 400 KB article → first diagnostics (median of ${latency.opens})`,
          result: format.ms(latency.firstDiagnosticsMs),
          target: '< 300 ms',
          met: latency.firstDiagnosticsMs < 300,
        },
        {
          section: 'language server (stdio)',
          measure: `Open the 400 KB article → the whole article's diagnostics (the first ones above are its opening's, server/src/firstLook.ts; median of ${latency.opens})`,
          result: format.ms(latency.wholeDiagnosticsMs),
          target: '',
        },
        {
          section: 'language server (stdio)',
          measure: 'Diagnostics of the whole 400 KB article (shows it was analyzed, not skipped)',
          result: String(latency.diagnosticsOnArticle),
          target: '',
        },
        {
          section: 'language server (stdio)',
          measure: `One-character edit → diagnostics, p50 (${latency.edits} edits, debounce 0)`,
          result: format.ms(latency.editP50Ms),
          target: '',
        },
        {
          section: 'language server (stdio)',
          measure: 'One-character edit → diagnostics, p95',
          result: format.ms(latency.editP95Ms),
          target: '< 50 ms',
          met: latency.editP95Ms < 50,
        },
        { section: 'language server (stdio)', measure: `Hover, p50 (${latency.hovers} positions, half of them on annotations)`, result: format.ms(latency.hoverP50Ms), target: '' },
        { section: 'language server (stdio)', measure: 'Hover, p99', result: format.ms(latency.hoverP99Ms), target: '< 5 ms', met: latency.hoverP99Ms < 5 },
        {
          section: 'language server (stdio)',
          measure: `Hover while typing, p50 (${latency.typingHovers} hovers, each sent right after an edit, before its diagnostics)`,
          result: format.ms(latency.typingHoverP50Ms),
          target: '',
        },
        {
          section: 'language server (stdio)',
          measure: 'Hover while typing, p99',
          result: format.ms(latency.typingHoverP99Ms),
          target: '< 5 ms',
          met: latency.typingHoverP99Ms < 5,
        },
        { section: 'language server (stdio)', measure: `Document symbols, p50 (${latency.symbolRequests} requests)`, result: format.ms(latency.symbolsP50Ms), target: '' },
        { section: 'language server (stdio)', measure: 'Document symbols, p99', result: format.ms(latency.symbolsP99Ms), target: '' },
        { section: 'language server (stdio)', measure: 'Server peak resident memory (VmHWM)', result: format.mb(latency.serverPeakMB), target: '' },
      );
    } catch (error) {
      rows.push({ section: 'language server (stdio)', measure: 'Protocol latencies', result: `failed: ${(error as Error).message.split('\n')[0]}`, target: '', met: false });
    }
  } else {
    rows.push({ section: 'language server (stdio)', measure: 'Protocol latencies', result: 'not measured: dist/server.js is not built', target: '' });
  }

  // The same typing in a long page of many short stories: the seed article is two stories over and over, with few
  // names and quotations of its own; real long pages (live blogs, digests, transcripts) have many.
  const page = developmentArticle(evalDir);
  if (fs.existsSync(serverPath) && page !== undefined) {
    log('language server over stdio, 400 KB of development texts joined');
    const section = 'language server (stdio), 400 KB of development texts joined';
    try {
      const latency = await measureProtocolLatencies(serverPath, page);
      rows.push(
        {
          section,
          measure: `Open → first diagnostics (median of ${latency.opens})`,
          result: format.ms(latency.firstDiagnosticsMs),
          target: '< 300 ms',
          met: latency.firstDiagnosticsMs < 300,
        },
        { section, measure: `One-character edit → diagnostics, p50 (${latency.edits} edits, debounce 0)`, result: format.ms(latency.editP50Ms), target: '' },
        { section, measure: 'One-character edit → diagnostics, p95', result: format.ms(latency.editP95Ms), target: '< 50 ms', met: latency.editP95Ms < 50 },
        { section, measure: 'Hover while typing, p99', result: format.ms(latency.typingHoverP99Ms), target: '< 5 ms', met: latency.typingHoverP99Ms < 5 },
        { section, measure: 'Server peak resident memory (VmHWM)', result: format.mb(latency.serverPeakMB), target: '' },
      );
    } catch (error) {
      rows.push({ section, measure: 'Protocol latencies', result: `failed: ${(error as Error).message.split('\n')[0]}`, target: '', met: false });
    }
  }

  if (fs.existsSync(serverPath)) {
    log('workspace scan of 10,000 generated articles');
    try {
      const scan = await measureWorkspaceScan(serverPath, seedTexts(ROOT));
      rows.push(
        {
          section: 'workspace scan',
          measure: `Index ${scan.articles.toLocaleString('en')} generated articles (batches of 10, as Scan Workspace sends them)`,
          result: `${scan.indexed.toLocaleString('en')} indexed in ${scan.seconds.toFixed(0)} s (${(scan.indexed / scan.seconds).toFixed(0)} articles/s)`,
          target: '',
        },
        {
          section: 'workspace scan',
          measure: 'Server peak resident memory (VmHWM) after the scan',
          result: format.mb(scan.serverPeakMB),
          target: '< 500 MB',
          met: scan.serverPeakMB !== undefined && scan.serverPeakMB < 500,
        },
      );
    } catch (error) {
      rows.push({
        section: 'workspace scan',
        measure: 'Scan 10,000 generated articles',
        result: `failed: ${(error as Error).message.split('\n')[0]}`,
        target: '< 500 MB',
        met: false,
      });
    }
  } else {
    rows.push({ section: 'workspace scan', measure: 'Scan 10,000 generated articles', result: 'not measured: dist/server.js is not built', target: '< 500 MB' });
  }

  rows.push(...(await cliJobsRows(ROOT, development, log)));
  if (fs.existsSync(serverPath)) {
    try {
      rows.push(...(await loadRows(serverPath, evalDir, ROOT, log)));
    } catch (error) {
      rows.push({ section: 'load', measure: 'Many articles at once, large index', result: `failed: ${(error as Error).message.split('\n')[0]}`, target: '', met: false });
    }
  }

  const report = renderReport(rows, describeMachine(), { before: loadBefore, after: describeLoad() }, new Date());
  console.log(report);
  if (write) {
    fs.writeFileSync(path.join(ROOT, 'bench', 'results.md'), report + '\n');
    log('wrote bench/results.md');
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
