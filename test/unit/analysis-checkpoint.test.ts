// analyze() with a checkpoint: called between the steps, a checkpoint that throws stops the whole analysis (no step
// turns it into a problem of its own), and one that never throws changes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { AnalysisStopped } from '../../server/src/analysis/checkpoint';

const TEXT = [
  'Harbour workers strike in Ostrava',
  '',
  'OSTRAVA, March 4, 2021 - Dock workers in Ostrava walked out on Friday, the union said.',
  '',
  '"We will stay out until the ministry listens," said Tomas Reindl, who leads the Harbour Workers Union.',
  '',
  'The Ministry of Harbours said it would meet the union next week.',
].join('\n');

test('a checkpoint that never throws leaves the analysis as it is, and is called between several steps', () => {
  let calls = 0;
  const checked = analyze(TEXT, { id: 'a' }, () => void calls++);
  assert.deepStrictEqual(checked, analyze(TEXT, { id: 'a' }));
  assert.ok(calls >= 5, `checkpoint called ${calls} times`);
});

test('a checkpoint throwing at any of its calls stops the analysis with AnalysisStopped', () => {
  let calls = 0;
  analyze(TEXT, {}, () => void calls++);
  for (let stopAt = 1; stopAt <= calls; stopAt++) {
    let seen = 0;
    assert.throws(
      () =>
        analyze(TEXT, {}, () => {
          if (++seen === stopAt) throw new AnalysisStopped();
        }),
      AnalysisStopped,
      `stopped at call ${stopAt}`,
    );
  }
});
