// Run in a fresh node process by the benchmark: how long loading the analyzer module takes (its models and
// gazetteers included), and how long the first analysis of one sentence takes after that (lazy loading shows
// there). Prints one JSON line.
const analyzerPath = process.argv[2];
const started = performance.now();
const { analyze } = require(analyzerPath) as typeof import('../../server/src/analysis/analyze');
const loaded = performance.now();
analyze('Russian President Vladimir Putin said on Monday, "We will do everything necessary."');
const firstAnalysis = performance.now();
console.log(JSON.stringify({ loadMs: loaded - started, firstAnalysisMs: firstAnalysis - loaded }));
