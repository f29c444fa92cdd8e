// Start-up time and in-process memory of the analyzer, each measured in fresh node processes (probes/) so nothing
// loaded by the benchmark itself is counted.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median } from './statistics';

const PROBES = path.join(__dirname, 'probes');

function runProbe<T>(probe: string, args: string[]): T {
  const output = execFileSync(process.execPath, [path.join(PROBES, probe), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').pop()!) as T;
}

export interface StartUp {
  loadMs: number;
  firstAnalysisMs: number;
  runs: number;
}

export function measureStartUp(analyzerPath: string, runs = 7): StartUp {
  const samples = Array.from({ length: runs }, () => runProbe<{ loadMs: number; firstAnalysisMs: number }>('startup-probe.js', [analyzerPath]));
  return { loadMs: median(samples.map((sample) => sample.loadMs)), firstAnalysisMs: median(samples.map((sample) => sample.firstAnalysisMs)), runs };
}

export interface AnalysisMemory {
  loadedMB: number;
  peakMB: number;
}

export function measureAnalysisMemory(analyzerPath: string, text: string): AnalysisMemory {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'article.txt');
  fs.writeFileSync(file, text);
  try {
    return runProbe<AnalysisMemory>('analysis-memory-probe.js', [analyzerPath, file]);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
