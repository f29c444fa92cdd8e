import assert from 'node:assert/strict';
import { test } from 'node:test';
import { whyNotAnalyzable } from '../../server/src/textGuard';

test('ordinary text, with a stray replacement character, is analyzable', () => {
  assert.equal(whyNotAnalyzable('Moscow, Nov 28 — “We are ready,” he said. Caf\uFFFD prices rose.', 1), undefined);
});

test('text over the size cap is skipped, counting UTF-8 bytes', () => {
  assert.equal(whyNotAnalyzable('a'.repeat(1024), 1), undefined);
  assert.match(whyNotAnalyzable('a'.repeat(1025), 1)!, /over the newsAnnotator\.maxFileSizeKB limit of 1 KB/);
  // 512 Cyrillic letters are 1024 UTF-8 bytes, 600 are over.
  assert.equal(whyNotAnalyzable('д'.repeat(512), 1), undefined);
  assert.match(whyNotAnalyzable('д'.repeat(600), 1)!, /maxFileSizeKB/);
});

test('NUL characters and runs of U+FFFD mean binary or undecodable input', () => {
  assert.match(whyNotAnalyzable('PK\u0003\u0004\u0000\u0000', 100)!, /binary/);
  assert.match(whyNotAnalyzable('title \uFFFD\uFFFD\uFFFD\uFFFD body', 100)!, /could not be decoded/);
});

test('after an edit, what the edit brings in is found as in a text checked whole', () => {
  const clean = 'Moscow, Nov 28. \uFFFD\uFFFD prices rose. '.repeat(40);
  const middle = clean.indexOf('prices', clean.length / 2);
  const edits: [string, RegExp | undefined][] = [
    // A NUL typed in, a run of replacement characters typed in or completed at either end of the edit.
    [clean.slice(0, middle) + '\u0000' + clean.slice(middle), /binary/],
    [clean.slice(0, middle) + '\uFFFD\uFFFD\uFFFD' + clean.slice(middle), /could not be decoded/],
    [clean.replace('\uFFFD\uFFFD prices', '\uFFFD\uFFFD\uFFFD prices'), /could not be decoded/],
    [clean.replace(/ prices rose\. Moscow/, ' prices rose. \uFFFDMoscow').replace('\uFFFD\uFFFD prices', '\uFFFD\uFFFD\uFFFD'), /could not be decoded/],
    // A deletion that joins two replacement characters to a third.
    [clean.replace('\uFFFD\uFFFD prices rose. Moscow, Nov 28. \uFFFD', '\uFFFD\uFFFD\uFFFD'), /could not be decoded/],
    [clean.slice(0, middle) + 'x' + clean.slice(middle), undefined],
  ];
  for (const [edited, reason] of edits) {
    // The clean text first, so that the edited one is checked as an edit of it.
    assert.equal(whyNotAnalyzable(clean, 100), undefined);
    const found = whyNotAnalyzable(edited, 100);
    if (reason) assert.match(found ?? '', reason);
    else assert.equal(found, undefined);
    // And the same answer checked whole after an unrelated text.
    whyNotAnalyzable('an unrelated text', 100);
    assert.equal(whyNotAnalyzable(edited, 100), found);
  }
});
