// The other articles a cross-article diagnostic names and links stay few when a quote recurs in many copies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listOf } from '../../server/src/workspace/crossDiagnostics';
import { MAX_RELATED_ARTICLES, sharedQuoteLocations } from '../../server/src/workspace/relatedInformation';

const uri = (n: number) => `file:///news/copy-${n}.txt`;
const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 30 } };

test('a message names every article when there are four or fewer, each once', () => {
  assert.equal(listOf([uri(1), uri(2), uri(1)]), 'copy-1.txt, copy-2.txt');
  assert.equal(listOf([1, 2, 3, 4].map(uri)), 'copy-1.txt, copy-2.txt, copy-3.txt, copy-4.txt');
});

test('a message names the first three articles and counts the others', () => {
  assert.equal(listOf(Array.from({ length: 10 }, (_, n) => uri(n + 1))), 'copy-1.txt, copy-2.txt, copy-3.txt and 7 more articles');
});

test('a shared quote links one location per article, at most MAX_RELATED_ARTICLES', () => {
  const quotes = Array.from({ length: 60 }, (_, n) => ({ uri: uri(n % 30), id: `q${n}`, range }));
  const related = sharedQuoteLocations(quotes);
  assert.equal(related.length, MAX_RELATED_ARTICLES);
  assert.equal(new Set(related.map((each) => each.location.uri)).size, MAX_RELATED_ARTICLES);
  assert.deepEqual(
    sharedQuoteLocations(quotes.slice(0, 3)).map((each) => each.message),
    ['also quoted in copy-0.txt', 'also quoted in copy-1.txt', 'also quoted in copy-2.txt'],
  );
});
