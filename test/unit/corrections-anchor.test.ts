import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createAnchor, resolveAnchor } from '../../server/src/corrections';
import { boundedEditDistance } from '../../server/src/corrections/anchor';
import * as fc from 'fast-check';

const article = [
  'Harbour town votes to keep ferry line',
  '',
  'PORTVALE, June 4. The town council voted on Tuesday to keep the night ferry running, said Mara Olsen, the mayor.',
  '',
  'Mara Olsen said the vote was close. "We listened to the fishermen," Olsen told reporters.',
  '',
  'The ferry company, Blue Channel Lines, welcomed the decision.',
].join('\n');

function anchorOf(text: string, words: string, occurrence = 0) {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(words, start + 1);
  return createAnchor(text, start, start + words.length);
}

function found(text: string, anchor: ReturnType<typeof createAnchor>) {
  const resolved = resolveAnchor(anchor, text);
  assert.ok(resolved.found, `not found: ${anchor.exact}`);
  return { text: text.slice(resolved.start, resolved.end), start: resolved.start, match: resolved.match };
}

test('an anchor records its position, its words and 32 characters of context on each side', () => {
  const anchor = anchorOf(article, 'Blue Channel Lines');
  assert.equal(anchor.exact, 'Blue Channel Lines');
  assert.equal(anchor.prefix.length, 32);
  assert.ok(article.slice(0, anchor.start).endsWith(anchor.prefix));
  assert.ok(article.slice(anchor.end).startsWith(anchor.suffix));
  assert.equal(createAnchor(article, 0, 7).prefix, '');
});

test('unchanged text: the anchor is kept where it was', () => {
  const anchor = anchorOf(article, 'Mara Olsen', 1);
  assert.deepEqual(resolveAnchor(anchor, article), { found: true, start: anchor.start, end: anchor.end, match: 'exact' });
});

test('an edit above the span moves it; the same occurrence is found, not an earlier one', () => {
  const anchor = anchorOf(article, 'Mara Olsen', 1);
  const edited = article.replace('Harbour town votes', 'Small harbour town finally votes');
  const result = found(edited, anchor);
  assert.equal(result.match, 'moved');
  assert.equal(result.start, anchor.start + 'Small  finally'.length);
  assert.equal(edited.slice(result.start - 2, result.start), '\n\n');
});

test('the paragraph is rewritten around the span: the occurrence whose context survives wins', () => {
  const anchor = anchorOf(article, 'Olsen', 2); // "Olsen told reporters"
  const edited = article.replace('Mara Olsen said the vote was close. ', 'The vote was close, according to Olsen, who asked for calm. ');
  const result = found(edited, anchor);
  assert.equal(edited.slice(result.start, result.start + 'Olsen told'.length), 'Olsen told');
});

test('among occurrences with no surviving context, the one nearest the old position wins', () => {
  const text = 'Olsen. '.repeat(5);
  const anchor = { start: 14, end: 19, exact: 'Olsen', prefix: 'zzz', suffix: 'yyy' };
  assert.equal(found('X' + text, anchor).start, 15); // occurrences at 1, 8, 15, 22, 29
});

test('CRLF conversion (both ways) keeps every anchor, including spans that cross lines', () => {
  const crlf = article.replace(/\n/g, '\r\n');
  for (const words of ['Blue Channel Lines', 'Mara Olsen', 'mayor.\n\nMara']) {
    const anchor = anchorOf(article, words);
    const result = found(crlf, anchor);
    assert.equal(result.text.replace(/\r\n/g, '\n'), words);
    const back = found(article, anchorOf(crlf, words.replace(/\n/g, '\r\n')));
    assert.equal(back.text, words);
  }
});

test('an emoji inserted before the span shifts it by two UTF-16 code units', () => {
  const anchor = anchorOf(article, 'Blue Channel Lines');
  const edited = article.replace('The ferry company', '🚢 The ferry company');
  const result = found(edited, anchor);
  assert.equal(result.start, anchor.start + 3);
  assert.equal(result.text, 'Blue Channel Lines');
});

test('a small change inside the span is found between its unchanged context (fuzzy)', () => {
  const anchor = anchorOf(article, 'Blue Channel Lines');
  const edited = article.replace('Blue Channel Lines', 'Blue Channels Line');
  const result = found(edited, anchor);
  assert.equal(result.match, 'fuzzy');
  assert.equal(result.text, 'Blue Channels Line');
});

test('a span whose words are gone is reported with a reason, not silently dropped', () => {
  const anchor = anchorOf(article, 'Blue Channel Lines');
  const rewritten = article.replace('Blue Channel Lines', 'a local operator');
  const resolved = resolveAnchor(anchor, rewritten);
  assert.equal(resolved.found, false);
  assert.ok(!resolved.found && resolved.reason === 'text-changed' && /Blue Channel Lines/.test(resolved.message));
  const gone = resolveAnchor(anchor, 'A different article altogether.');
  assert.ok(!gone.found && gone.reason === 'text-not-found');
});

test('the bounded edit distance gives up beyond its limit', () => {
  assert.equal(boundedEditDistance('kitten', 'sitting', 3), 3);
  assert.equal(boundedEditDistance('kitten', 'sitting', 2), 3);
  assert.equal(boundedEditDistance('abc', 'abc', 0), 0);
  assert.equal(boundedEditDistance('a'.repeat(100), 'b'.repeat(10), 5), 6);
});

test('adversarial large text: many candidates and a missing span resolve in bounded time', () => {
  const big = 'Olsen said. '.repeat(100_000);
  const anchor = { start: 600_000, end: 600_005, exact: 'Olsen', prefix: 'nothing like this', suffix: 'either' };
  const started = Date.now();
  assert.ok(resolveAnchor(anchor, big).found);
  assert.equal(resolveAnchor({ ...anchor, exact: 'Olsen sad', prefix: 'Olsen said. ', suffix: '. Olsen' }, 'x' + big).found, true);
  assert.equal(resolveAnchor({ ...anchor, exact: 'Nobody', prefix: 'said. ', suffix: ' said' }, big).found, false);
  assert.ok(Date.now() - started < 10_000, 'generous bound for adversarial input');
});

test('the same words brought to the old position by an insertion above do not capture the anchor', () => {
  const before = 'A. Mara Olsen spoke. B.';
  const anchor = createAnchor(before, 3, 13);
  const after = 'X. Mara Olsen came. A. Mara Olsen spoke. B.';
  assert.equal(after.slice(3, 13), 'Mara Olsen');
  const result = found(after, anchor);
  assert.equal(result.start, after.indexOf('Mara Olsen spoke'));
  assert.equal(result.match, 'moved');
});

test('property: any insertion outside the span keeps its words found, at the right place', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.nat(article.length), (inserted, rawAt) => {
      const anchor = anchorOf(article, 'Blue Channel Lines');
      const insertAt = rawAt > anchor.start && rawAt < anchor.end ? anchor.end : rawAt;
      const edited = article.slice(0, insertAt) + inserted + article.slice(insertAt);
      const resolved = resolveAnchor(anchor, edited);
      assert.ok(resolved.found);
      assert.equal(edited.slice(resolved.start, resolved.end), 'Blue Channel Lines');
      const expectedStart = insertAt <= anchor.start ? anchor.start + inserted.length : anchor.start;
      if (!inserted.includes('Blue Channel Lines')) assert.equal(resolved.start, expectedStart);
    }),
  );
});

test('context never cuts an emoji in half, so anchors serialize as whole characters', () => {
  for (const odd of ['', ' ']) {
    // with one character between the emoji and the words, 32 code units of context end inside an emoji
    const source = '🚢'.repeat(20) + odd + 'Blue Channel Lines' + odd + '🚢'.repeat(20);
    const start = source.indexOf('Blue');
    const anchor = createAnchor(source, start, start + 'Blue Channel Lines'.length);
    assert.ok(anchor.prefix.length <= 32 && anchor.suffix.length <= 32);
    assert.equal(anchor.prefix, [...anchor.prefix].join(''));
    assert.ok(!/[\uD800-\uDFFF]/.test(anchor.prefix.replace(/🚢/g, '')), 'no lone surrogate in the prefix');
    assert.ok(!/[\uD800-\uDFFF]/.test(anchor.suffix.replace(/🚢/g, '')), 'no lone surrogate in the suffix');
  }
});
