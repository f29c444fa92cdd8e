// The benchmark rows of the load cases: many articles opened at once (load.ts) and a large workspace index
// (index-3000.ts), with their targets.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { seedArticle } from './corpora';
import { measureLargeIndex } from './index-3000';
import { largeCopies, measureLoad, realArticles, type LoadResult } from './load';
import type { Row } from './report';

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US')} ms`;
const mb = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} MB`);

function loadCaseRows(section: string, load: LoadResult, targets: { lastMs: number; hoverMaxMs: number }): Row[] {
  return [
    { section, measure: 'Every article has its diagnostics', result: ms(load.allDiagnosticsMs), target: '' },
    {
      section,
      measure: 'Last diagnostics (cross-article refreshes included)',
      result: ms(load.lastDiagnosticsMs),
      target: `≤ ${targets.lastMs / 1000} s`,
      met: load.lastDiagnosticsMs <= targets.lastMs,
    },
    { section, measure: `Hover on the first article every 100 ms meanwhile, p50 (${load.hovers} hovers after its first analysis)`, result: ms(load.hoverP50Ms), target: '' },
    { section, measure: 'Hover, max', result: ms(load.hoverMaxMs), target: `≤ ${targets.hoverMaxMs} ms`, met: load.hoverMaxMs <= targets.hoverMaxMs },
    { section, measure: 'Hover sent before the first article was ever analyzed (waits for that analysis), max', result: ms(load.firstHoverMs), target: '' },
    { section, measure: 'Server peak resident memory (VmHWM)', result: mb(load.serverPeakMB), target: '' },
    {
      section,
      measure: 'Final diagnostics equal those of the article opened alone (cross-article codes aside)',
      result: `${load.sameAsAlone} of ${load.documents}`,
      target: 'all',
      met: load.sameAsAlone === load.documents,
    },
  ];
}

export async function loadRows(serverPath: string, evalDir: string, root: string, log: (message: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const development = path.join(evalDir, 'quotes', 'polnear_dev.jsonl');
  if (fs.existsSync(development)) {
    log('80 real articles opened at once');
    rows.push(...loadCaseRows('80 real articles opened at once', await measureLoad(serverPath, realArticles(evalDir), 'real'), { lastMs: 10_000, hoverMaxMs: 250 }));
  } else rows.push({ section: '80 real articles opened at once', measure: 'Load', result: `not measured: no ${development}`, target: '' });
  log('10 copies of the 400 KB article opened at once');
  rows.push(...loadCaseRows('10 × 400 KB opened at once', await measureLoad(serverPath, largeCopies(seedArticle(root)), 'large'), { lastMs: 30_000, hoverMaxMs: 500 }));
  const training = path.join(evalDir, 'quotes', 'polnear_train.jsonl');
  const section = '3,000 real articles indexed';
  if (!fs.existsSync(training)) return [...rows, { section, measure: 'Index', result: `not measured: no ${training}`, target: '' }];
  log('3,000 real articles indexed, typing and hovering');
  const index = await measureLargeIndex(serverPath, evalDir);
  const ratio = index.full.editP95Ms / index.empty.editP95Ms;
  rows.push(
    {
      section,
      measure: `Scan (${index.indexed.toLocaleString('en-US')} of ${index.articles.toLocaleString('en-US')} indexed, batches of 10)`,
      result: `${Math.round(index.scanSeconds)} s`,
      target: '',
    },
    { section, measure: 'One-character edit → diagnostics p95, empty index', result: ms(index.empty.editP95Ms), target: '' },
    {
      section,
      measure: 'One-character edit → diagnostics p95, 3,000 indexed',
      result: `${ms(index.full.editP95Ms)} (${ratio.toFixed(2)}×)`,
      target: '≤ 1.5× empty',
      met: ratio <= 1.5,
    },
    { section, measure: 'Hover p99, empty index', result: ms(index.empty.hoverP99Ms), target: '' },
    { section, measure: 'Hover p99, 3,000 indexed', result: ms(index.full.hoverP99Ms), target: '< 50 ms', met: index.full.hoverP99Ms < 50 },
    { section, measure: 'Server peak resident memory before the scan (one article open)', result: mb(index.serverPeakBeforeScanMB), target: '' },
    {
      section,
      measure: 'Server peak resident memory after the scan (VmHWM, analysis worker included)',
      result: mb(index.serverPeakMB),
      target: '< 300 MB',
      met: index.serverPeakMB !== undefined && index.serverPeakMB < 300,
    },
  );
  log("10,000 real articles indexed (every evaluation set's texts in editions)");
  const large = await measureLargeIndex(serverPath, evalDir, 10_000, 'all');
  const largeSection = '10,000 real articles indexed';
  rows.push(
    {
      section: largeSection,
      measure: `Scan (${large.indexed.toLocaleString('en-US')} of ${large.articles.toLocaleString('en-US')} indexed: ${large.texts.toLocaleString('en-US')} texts of the evaluation sets in editions)`,
      result: `${Math.round(large.scanSeconds)} s`,
      target: '',
    },
    {
      section: largeSection,
      measure: 'One-character edit → diagnostics p95, 10,000 indexed (against the empty index)',
      result: `${ms(large.full.editP95Ms)} (${(large.full.editP95Ms / large.empty.editP95Ms).toFixed(2)}×)`,
      target: '',
    },
    { section: largeSection, measure: 'Hover p99, 10,000 indexed', result: ms(large.full.hoverP99Ms), target: '' },
    {
      section: largeSection,
      measure: 'Server peak resident memory after the scan (VmHWM, analysis worker included)',
      result: mb(large.serverPeakMB),
      target: '< 500 MB',
      met: large.serverPeakMB !== undefined && large.serverPeakMB < 500,
    },
  );
  return rows;
}

// `node out/bench/load-rows.js [eval dir]`: these rows alone, as a Markdown table.
if (require.main === module) {
  void (async () => {
    const { renderReport } = await import('./report');
    const { describeLoad, describeMachine } = await import('./machine');
    const root = path.resolve(__dirname, '../..');
    const before = describeLoad();
    const rows = await loadRows(path.join(root, 'dist', 'server.js'), path.resolve(root, process.argv[2] ?? '../shared/eval'), root, (message) =>
      process.stderr.write(`[bench] ${message}\n`),
    );
    console.log(renderReport(rows, describeMachine(), { before, after: describeLoad() }, new Date()));
  })();
}
