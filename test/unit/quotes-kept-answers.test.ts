// The quote layer's answers kept by position across analyses (quotes/keptAnswers.ts: which sentences may report
// speech, which mentions open a sentence) and the quotation marks found again only between the unchanged start and
// end of the text (quotes/marks.ts markPositions): edits next to runs of apostrophes (two of them stand for a closing
// double mark, and which two pair depends on where the run starts), quotation marks and sentence openings; every
// analysis must equal a fresh one, and every kept answer is checked against a fresh reading (checkReuse).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { clearParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { checkReuse, fresh } from './incrementalFixture';

const ARTICLE = [
  'Port Council Delays Vote',
  '“We open at six,’’ said Mara Lind, the council chair. Lind said the vote would wait. ‘‘Nobody is ready,’’ she added.',
  "Ivo Brandt told reporters that the budget was short. ''It is a question of money,'' Brandt said.",
  'Mr. Brandt said the port would hire. Gov. Lind declined to comment. She said on Monday that talks went on.',
  '"The pier is too small," Lind said. "We will build."',
].join('\n\n');

const EDITS: [string, (text: string) => string][] = [
  ['an apostrophe typed before a pair', (text) => text.replace("money,''", "money,'''")],
  ['the apostrophe removed', (text) => text.replace("money,'''", "money,''")],
  ['an apostrophe typed after a pair', (text) => text.replace("''It is", "'''It is")],
  ['a pair split by a letter', (text) => text.replace('six,’’', 'six,’x’')],
  ['the letter removed', (text) => text.replace('six,’x’', 'six,’’')],
  ['a quotation mark added', (text) => text.replace('Ivo Brandt told', '"Ivo Brandt told')],
  ['the quotation mark removed', (text) => text.replace('"Ivo Brandt told', 'Ivo Brandt told')],
  ['a title made a sentence end', (text) => text.replace('Gov. Lind', 'Gov Lind')],
  ['the title put back', (text) => text.replace('Gov Lind', 'Gov. Lind')],
  ['a speech verb typed', (text) => text.replace('Lind declined to comment.', 'Lind said little.')],
  ['a paragraph put before the others', (text) => `A note.\n\n${text}`],
  ['the note removed', (text) => text.replace('A note.\n\n', '')],
  ['a letter typed at the start', (text) => `x${text}`],
  ['the first article back', () => ARTICLE],
];

describe('quote layer answers kept across edits', () => {
  checkReuse();

  it('equals a fresh analysis after each edit', () => {
    clearParagraphCaches();
    let text = ARTICLE;
    assert.deepEqual(analyze(text), fresh(text));
    for (const [name, apply] of EDITS) {
      const edited = apply(text);
      assert.notEqual(edited, text, `${name}: the edit changed the text`);
      text = edited;
      assert.deepEqual(analyze(text), fresh(text), name);
      assert.deepEqual(analyze(text), fresh(text), `${name}, analyzed again`);
    }
  });
});
