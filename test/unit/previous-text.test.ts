// Values kept by a paragraph's place for the next analysis (previousText.ts KeptByPlace): found again where the text
// around them is unchanged, moved by the edit's length after it, and never inside the edit.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { clearParagraphCaches, withoutParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { KeptByPlace } from '../../server/src/analysis/previousText';

const BEFORE = 'Ann Lee runs the ferry.\n\nThe harbour opens at dawn.\n\nTickets cost two euros.';
// One letter typed in the second paragraph ("harbour" → "harbours"): the first paragraph keeps its place, the third
// is one character further on.
const AFTER = BEFORE.replace('harbour', 'harbours');
const paragraphs = (text: string) => [...text.matchAll(/[^\n]+/g)].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));

beforeEach(() => clearParagraphCaches());

test('a paragraph before or after the edit is found at its place, moved by the edit after it; the edited one is not', () => {
  const kept = new KeptByPlace<string>();
  const first = kept.begin(BEFORE);
  for (const [index, place] of paragraphs(BEFORE).entries()) first.keep(place.start, place.end, `paragraph ${index}`);
  const second = kept.begin(AFTER);
  const [opening, edited, closing] = paragraphs(AFTER);
  assert.deepEqual(second.find(opening.start, opening.end), { value: 'paragraph 0', shift: 0 });
  assert.equal(second.find(edited.start, edited.end), undefined);
  assert.deepEqual(second.find(closing.start, closing.end), { value: 'paragraph 2', shift: 1 });
  // The same start with another end is another stretch.
  assert.equal(second.find(closing.start, closing.end - 1), undefined);
});

test('values kept out of order, or twice for one start, are found as kept last', () => {
  const kept = new KeptByPlace<string>();
  const first = kept.begin(BEFORE);
  const [opening, middle, closing] = paragraphs(BEFORE);
  first.keep(closing.start, closing.end, 'closing, first reading');
  first.keep(opening.start, opening.end, 'opening');
  first.keep(middle.start, middle.end, 'middle');
  first.keep(closing.start, closing.end, 'closing, read again');
  first.keep(opening.start, opening.end - 4, 'opening, shorter');
  const second = kept.begin(AFTER);
  const after = paragraphs(AFTER);
  assert.equal(second.find(after[0].start, after[0].end), undefined, 'the later value for the start replaced the earlier one, end and all');
  assert.deepEqual(second.find(after[0].start, after[0].end - 4), { value: 'opening, shorter', shift: 0 });
  assert.deepEqual(second.find(after[2].start, after[2].end), { value: 'closing, read again', shift: 1 });
});

test('only the analysis just before is read, and nothing is kept with the caches off', () => {
  const kept = new KeptByPlace<string>();
  const [opening] = paragraphs(BEFORE);
  kept.begin(BEFORE).keep(opening.start, opening.end, 'opening');
  // An analysis in between that keeps nothing: the one after it finds nothing of the first.
  kept.begin(AFTER);
  assert.equal(kept.begin(BEFORE).find(opening.start, opening.end), undefined);
  clearParagraphCaches();
  withoutParagraphCaches(() => kept.begin(BEFORE).keep(opening.start, opening.end, 'opening'));
  assert.equal(kept.begin(BEFORE).find(opening.start, opening.end), undefined);
});
