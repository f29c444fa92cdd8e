// Property-based tests of analyze() over random and mutated news text: it never throws, every span it returns is
// a well-formed range of the text, annotations of one kind do not overlap, ids are unique, references resolve,
// and the same input always gives the same output.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze';
import type { Annotations } from '../../server/src/analysis/types';
import { annotationViolations } from './support/annotation-invariants';
import { applyMutation, mutation, newsText } from './support/news-arbitraries';

const ROOT = path.resolve(__dirname, '../../..');
const SEEDS = fs
  .readdirSync(path.join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8'));

// Moderate run counts keep the suite to a few seconds; a failure prints its seed and shrunk counterexample.
const RUNS = { random: 150, mutated: 60, determinism: 40 };

const referenceDate = fc.option(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  { nil: undefined },
);

function analyzeChecked(text: string, options: { referenceDate?: string } = {}): Annotations {
  let annotations: Annotations;
  try {
    annotations = analyze(text, options);
  } catch (error) {
    throw new Error(`analyze threw on ${JSON.stringify(text.length > 2000 ? text.slice(0, 2000) + '…' : text)}: ${(error as Error).stack}`, { cause: error });
  }
  const violations = annotationViolations(text, annotations);
  if (violations.length > 0) throw new Error(`broken annotations:\n  ${violations.slice(0, 20).join('\n  ')}`);
  return annotations;
}

describe('analyze() over random news-like text', () => {
  test('never throws and returns well-formed, non-overlapping annotations', () => {
    fc.assert(
      fc.property(newsText, referenceDate, (text, date) => {
        analyzeChecked(text, { referenceDate: date });
      }),
      { numRuns: RUNS.random, includeErrorInReport: true },
    );
  });

  test('holds on the seed articles mutated by random edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        analyzeChecked(edits.reduce(applyMutation, seed));
      }),
      { numRuns: RUNS.mutated, includeErrorInReport: true },
    );
  });

  test('holds on each seed article as is, with CRLF line ends, behind a BOM and with a front matter date', () => {
    for (const seed of SEEDS) {
      analyzeChecked(seed);
      analyzeChecked(seed.replace(/\n/g, '\r\n'));
      analyzeChecked('\uFEFF' + seed);
      analyzeChecked('---\ndate: 2025-11-28\n---\n' + seed);
      analyzeChecked(seed.replace(/\n/g, '\u2028'));
    }
  });

  test('is deterministic: the same text gives deep-equal annotations', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, fc.constantFrom(...SEEDS)), (text) => {
        // A copy built anew, so no identity or cache keyed on the string object can make the two runs agree.
        const copy = text.split('').join('');
        assert.deepEqual(analyze(copy), analyze(text));
      }),
      { numRuns: RUNS.determinism, includeErrorInReport: true },
    );
  });

  test('analyzes the empty text and whitespace-only texts', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\uFEFF', '\u0000', '\u2028\u2029', '"', '“', '\uD800', '\uDC00\uD800']) {
      analyzeChecked(text);
    }
  });
});

describe('the invariant checker itself', () => {
  // The properties above are only worth something if the checker sees broken results; these prove it does.
  const empty: Annotations = { referenceDate: { value: null, source: 'none' }, blocks: [], actors: [], dates: [], quotes: [], problems: [] };
  const text = 'Putin met 😀 Lukashenko on Monday.';

  test('accepts a well-formed result', () => {
    const good: Annotations = {
      ...empty,
      actors: [{ id: 'a1', type: 'person', name: 'Putin', mentions: [{ start: 0, end: 5, text: 'Putin' }] }],
      dates: [
        {
          id: 'd1',
          start: text.indexOf('on Monday'),
          end: text.indexOf('on Monday') + 9,
          text: 'on Monday',
          value: '2025-11-24',
          kind: 'date',
          granularity: 'day',
          anchoring: 'reference-date',
        },
      ],
    };
    assert.deepEqual(annotationViolations(text, good), []);
  });

  test('reports spans outside the text, text mismatches, split surrogate pairs, overlaps and dangling ids', () => {
    const bad: Annotations = {
      ...empty,
      actors: [
        { id: 'a1', type: 'person', name: 'Putin', mentions: [{ start: 0, end: 5, text: 'Putim' }] },
        {
          id: 'a1',
          type: 'person',
          name: 'Put',
          mentions: [
            { start: 2, end: 4, text: 'ti' },
            { start: 30, end: 99, text: '' },
          ],
        },
      ],
      dates: [{ id: 'd1', start: 11, end: 12, value: 'x', kind: 'date', granularity: 'day', anchoring: 'absolute', text: text.slice(11, 12) }],
      quotes: [{ id: 'q1', start: 0, end: 20, text: text.slice(0, 20), kind: 'direct', speaker: { name: 'X', actorId: 'a9' } }],
    };
    const violations = annotationViolations(text, bad).join('\n');
    assert.match(violations, /differs from the text/);
    assert.match(violations, /not a range inside the text/);
    assert.match(violations, /splits a surrogate pair/);
    assert.match(violations, /actor mentions: .* overlaps/);
    assert.match(violations, /id "a1" is used by both/);
    assert.match(violations, /names no actor/);
  });
});
