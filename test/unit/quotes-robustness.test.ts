import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes } from '../../server/src/analysis/quotes';
import { readStructure } from '../../server/src/analysis/structure';
import type { Block } from '../../server/src/analysis/types';

// Generous bound for adversarial inputs: it catches quadratic or exponential behaviour (minutes to hours on these
// sizes), not ordinary slowness of a loaded machine.
const GENEROUS_MS = 60_000;

/** One paragraph block over the whole text, so that the quote layer alone is measured. */
function wholeParagraph(text: string): Block[] {
  return [{ kind: 'paragraph', start: 0, end: text.length }];
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = process.hrtime.bigint();
  const result = run();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

test('100,000 quotation marks are read without blowing up', () => {
  const inputs = [
    '"'.repeat(100_000),
    '“'.repeat(100_000),
    'He said "a" and '.repeat(50_000),
    '“a ”b “c” ” “ ‘ ’ '.repeat(20_000),
    "'a b' ".repeat(50_000), // single marks only: read as British-style quotations
    "'a ".repeat(100_000), // single openers never closed
  ];
  for (const text of inputs) {
    const { result, ms } = timed(() => findQuotes(text, wholeParagraph(text), []));
    assert.ok(ms < GENEROUS_MS, `took ${ms} ms`);
    for (const quote of result.quotes.slice(0, 1000)) assert.equal(text.slice(quote.start, quote.end), quote.text);
  }
});

test('a 10 MB line is read in bounded time', () => {
  const inputs = ['word '.repeat(2 * 1024 * 1024), 'a.'.repeat(5 * 1024 * 1024), `"${'said the man, '.repeat(700_000)}`, `${'Smith, '.repeat(1_400_000)}said "yes"`];
  for (const text of inputs) {
    const { result, ms } = timed(() => findQuotes(text, wholeParagraph(text), []));
    assert.ok(ms < GENEROUS_MS, `took ${ms} ms`);
    assert.ok(Array.isArray(result.quotes));
  }
});

test('an unclosed quotation on a huge line runs to the end of it and is reported once', () => {
  const text = `"${'said the man, '.repeat(100_000)}`;
  const { quotes, problems } = findQuotes(text, wholeParagraph(text), []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].unclosed, true);
  assert.equal(problems.filter((problem) => problem.code === 'unclosed-quote').length, 1);
});

test('never throws, and every span it returns matches the text, on random quote-heavy input', () => {
  const pieces = fc.constantFrom(
    '"',
    '“',
    '”',
    '‘',
    '’',
    "'",
    '„',
    '«',
    '»',
    ' ',
    '\n\n',
    '\r\n',
    ', ',
    '. ',
    ': ',
    'said',
    'she',
    'Anna Berg',
    'told',
    'according to',
    'the',
    'spokesman',
    '(R-Utah)',
    'Mr.',
    '🚀',
    'that',
    'and',
    'exercise',
    'Operation',
    'word',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
      const text = parts.join('');
      const { quotes, problems } = findQuotes(text, readStructure(text).blocks, []);
      for (const quote of quotes) {
        assert.equal(text.slice(quote.start, quote.end), quote.text);
        assert.ok(quote.start <= quote.end);
        for (const part of quote.parts ?? []) assert.equal(text.slice(part.start, part.end), part.text);
        if (quote.cue) assert.equal(text.slice(quote.cue.start, quote.cue.end), quote.cue.text);
        if (quote.speaker?.start !== undefined) assert.ok(quote.speaker.start < quote.speaker.end!);
      }
      for (const problem of problems) assert.ok(problem.start >= 0 && problem.end <= text.length && problem.message.length > 0);
    }),
    { numRuns: 300 },
  );
});

test('blocks that are not prose are skipped even when they hold quotation marks', () => {
  const text = 'Photo: "Storm" by Ken Lowe';
  const { quotes } = findQuotes(text, [{ kind: 'credit', start: 0, end: text.length }], []);
  assert.deepEqual(quotes, []);
});
