// Run in a fresh node process by the benchmark: the resident memory of analyzing one large article in-process,
// before (module loaded) and at its peak (VmHWM). Prints one JSON line.
import * as fs from 'node:fs';
import { residentMemoryMB } from '../machine';

const [analyzerPath, textPath] = process.argv.slice(2);
const text = fs.readFileSync(textPath, 'utf8');
const { analyze } = require(analyzerPath) as typeof import('../../server/src/analysis/analyze');
analyze('Warm-up: Vladimir Putin said so on Monday.');
const before = residentMemoryMB();
const annotations = analyze(text);
const after = residentMemoryMB();
console.log(JSON.stringify({ loadedMB: before?.current, peakMB: after?.peak, heapUsedMB: process.memoryUsage().heapUsed / 1024 ** 2, actors: annotations.actors.length }));
