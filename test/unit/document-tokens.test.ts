// The document's tokens after an edit: the paragraphs before and after the edit are copied from the last document's
// columns in one piece each (documentTokens.ts). Whatever the edit, the tokens and paragraphs must be those of the
// text read from scratch.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { documentTokens, type DocumentTokens } from '../../server/src/analysis/documentTokens';
import { clearParagraphCaches, setCacheChecks, withoutParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { alignmentOf } from '../../server/src/analysis/previousTokens';
import { readStructure } from '../../server/src/analysis/structure';
import { tokenRecords } from './tokenRecords';

const PARAGRAPHS = [
  'Ferry fares rise again',
  'PORT ELLEN (Gazette) - The island ferry will cost more from March, the operator said on Monday.',
  '“We have no choice,” said Ann Lee, who runs the line.',
  'Fuel costs have doubled since last year, according to the company.',
  'Passengers said the rise would hurt families most.',
];
const TEXT = PARAGRAPHS.join('\n\n');

function made(text: string): DocumentTokens {
  return documentTokens(text, readStructure(text).blocks);
}

/** The tokens and paragraphs as plain values, to compare two documents. */
function shape(document: DocumentTokens) {
  return {
    tokens: tokenRecords(document.tokens).map(({ start, end, text, lineStart, sentenceStart }) => ({ start, end, text, lineStart, sentenceStart })),
    paragraphs: document.paragraphs.map(({ first, end }) => ({ first, end })),
  };
}

function fresh(text: string): ReturnType<typeof shape> {
  return withoutParagraphCaches(() => shape(made(text)));
}

beforeEach(() => clearParagraphCaches());

const EDITS: [string, (text: string) => string][] = [
  ['a letter typed in the middle paragraph', (text) => text.replace('no choice', 'no choices')],
  ['a word taken out of the first paragraph', (text) => text.replace('Ferry ', '')],
  ['a word added to the last paragraph', (text) => text.replace('most.', 'most of all.')],
  ['a paragraph inserted', (text) => text.replace('\n\nFuel', '\n\nTickets were cheaper a year ago.\n\nFuel')],
  ['a paragraph removed', (text) => text.replace('\n\nFuel costs have doubled since last year, according to the company.', '')],
  ['two paragraphs joined', (text) => text.replace('line.\n\nFuel', 'line. Fuel')],
  ['the same text again', (text) => text],
  ['everything replaced', () => 'A new story altogether.\n\nWith two paragraphs.'],
];

for (const [name, edit] of EDITS) {
  test(`after ${name}, the document's tokens are those read from scratch`, () => {
    made(TEXT);
    const edited = edit(TEXT);
    assert.deepEqual(shape(made(edited)), fresh(edited));
    // And back again: the edit undone.
    assert.deepEqual(shape(made(TEXT)), fresh(TEXT));
  });
}

test('a paragraph before the edit keeps its paragraph record, one after it moves', () => {
  const before = made(TEXT);
  const after = made(TEXT.replace('no choice', 'no choices'));
  assert.equal(after.paragraphs[0], before.paragraphs[0]);
  assert.equal(after.paragraphs[1], before.paragraphs[1]);
  const last = after.paragraphs.length - 1;
  assert.equal(after.paragraphs[last].local, before.paragraphs[last].local, 'the paragraph-local results go with the moved paragraph');
  assert.equal(after.tokens.start(after.paragraphs[last].first), before.tokens.start(before.paragraphs[last].first) + 1);
});

/** The alignment found by comparing every token (previousTokens.ts alignmentOf, written out plainly). */
function comparedAlignment(old: DocumentTokens, now: DocumentTokens): { prefix: number; from: number; tokenShift: number; charShift: number } {
  const a = old.tokens;
  const b = now.tokens;
  const same = (i: number, j: number, shift: number) => a.text(i) === b.text(j) && a.flags(i) === b.flags(j) && a.start(i) - b.start(j) === shift && a.end(i) - b.end(j) === shift;
  let prefix = 0;
  while (prefix < Math.min(a.length, b.length) && same(prefix, prefix, 0)) prefix++;
  const tokenShift = a.length - b.length;
  if (b.length <= prefix || a.length <= prefix) return { prefix, from: b.length, tokenShift, charShift: 0 };
  const charShift = a.start(a.length - 1) - b.start(b.length - 1);
  let from = b.length;
  while (from > prefix && from - 1 + tokenShift >= prefix && same(from - 1 + tokenShift, from - 1, charShift)) from--;
  return { prefix, from, tokenShift, charShift };
}

for (const [name, edit] of EDITS) {
  test(`after ${name}, the tokens' alignment with the last document (taken from the copied ends) is the one found by comparing them`, () => {
    setCacheChecks(true);
    try {
      for (const [from, to] of [
        [TEXT, edit(TEXT)],
        [edit(TEXT), TEXT],
      ]) {
        clearParagraphCaches();
        const old = made(from);
        alignmentOf(old);
        const now = made(to);
        const { prefix, from: suffixFrom, tokenShift, charShift } = alignmentOf(now);
        assert.deepEqual({ prefix, from: suffixFrom, tokenShift, charShift }, comparedAlignment(old, now));
      }
    } finally {
      setCacheChecks(false);
    }
  });
}
