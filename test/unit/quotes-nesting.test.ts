// Quotes may nest (quoted words inside reported speech, a title inside a quotation) but never cross. Reported
// speech near a split or unclosed quotation used to enclose only the part it touched, and so crossed the
// quotation that part belongs to.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import type { Quote } from '../../server/src/analysis/types';

function crossings(quotes: readonly Quote[]): string[] {
  const found: string[] = [];
  for (const a of quotes) {
    for (const b of quotes) {
      if (a.start < b.start && b.start < a.end && a.end < b.end) found.push(`${a.kind} ${JSON.stringify(a.text)} crosses ${b.kind} ${JSON.stringify(b.text)}`);
    }
  }
  return found;
}

test('the attribution between the parts of a split quotation is not reported speech crossing it', () => {
  // Stray marks after the second part: "replied that, …" must not be read as a report reaching past the quotation.
  const text = '"Fine," Mayor Ada Quist replied that, "no." ’." argued Ada Quist.';
  const { quotes } = analyze(text);
  assert.deepEqual(crossings(quotes), []);
  const split = quotes.find((quote) => quote.kind === 'direct');
  assert.ok(split, 'the split quotation is kept');
  assert.deepEqual(
    split.parts?.map((part) => part.text),
    ['"Fine,"', '"no."'],
  );
  assert.equal(split.speaker?.name, 'Ada Quist');
  assert.equal(quotes.filter((quote) => quote.kind === 'indirect').length, 0);
});

test('a reporting verb inside a quotation carried over paragraphs and never closed yields no crossing reported speech', () => {
  const text = '"Soon," said Ines Marr.\n\n"The mill will reopen.\n\n«Millbrook, Ines Marr denied that, «The Long Road» the book.';
  const { quotes } = analyze(text);
  assert.deepEqual(crossings(quotes), []);
  const carried = quotes.find((quote) => quote.kind === 'direct' && (quote.parts?.length ?? 0) > 1);
  assert.ok(carried, 'the quotation carried over two paragraphs is kept whole');
  assert.equal(quotes.filter((quote) => quote.kind === 'indirect').length, 0);
});

test('reported speech ending in quoted words still encloses them, the two nesting', () => {
  const text = 'Councillor Pia Lund said the budget plan, which she called "a fantasy," would fail by spring.';
  const { quotes } = analyze(text);
  assert.deepEqual(crossings(quotes), []);
  const reported = quotes.find((quote) => quote.kind === 'indirect');
  const quoted = quotes.find((quote) => quote.text === '"a fantasy,"');
  assert.ok(reported && quoted);
  assert.equal(reported.text, 'the budget plan, which she called "a fantasy," would fail by spring');
  assert.ok(reported.start <= quoted.start && quoted.end <= reported.end);

  const ending = 'The harbour board said the new pier was a "costly gamble."';
  const endingQuotes = analyze(ending).quotes;
  assert.deepEqual(crossings(endingQuotes), []);
  assert.equal(endingQuotes.find((quote) => quote.kind === 'indirect')?.text, 'the new pier was a "costly gamble."');
});
