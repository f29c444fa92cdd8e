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
