// The document's casing taken over from the previous version (actors/features.ts DocumentCasing): the counts of the
// words the edited tokens write are changed instead of counted again over every token, only when every such word is
// written one way and the headlines outside the edit are where they were. Each analysis after an edit must equal a
// fresh one, with every casing taken over compared with a fresh count of the document's words.
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { casingsTakenOver } from '../../server/src/analysis/actors/features';
import { checkReuse, checkTakenOver, fresh } from './incrementalFixture';

// A made-up article: a Title Case headline whose words the body writes in lower case ("harbour" once only),
// "board" written both ways in running text, "dredging" twice in one sentence only.
const ARTICLE = [
  'Harbour Board Delays Vote On Terminal',
  'The harbour board met on Monday. Its chair said the vote on the terminal would wait.',
  'Residents of the Old Quay asked for a new study. The Board will meet again in April.',
  'Some fear that dredging the channel and dredging the basin will cost too much.',
].join('\n\n');

/** Each edit, and whether the casing is taken over (true) or counted again (false). */
const EDITS: [string, (text: string) => string, boolean][] = [
  ['a letter typed in a word of running text', (text) => text.replace('would wait', 'would waxit'), true],
  // (the only "harbour" of running text: the headline's "Harbour" then reads as a word the body never writes)
  ['the only running-text "harbour" removed', (text) => text.replace('The harbour board met', 'The board met'), true],
  ['"harbour" written again', (text) => text.replace('The board met', 'The harbour board met'), true],
  // (a second form of a word: the tie between its forms goes to the first written, which only a count can tell)
  ['"harbour" capitalized', (text) => text.replace('The harbour board met', 'The Harbour board met'), false],
  ['a word written two ways edited', (text) => text.replace('The Board will', 'The Boards will'), false],
  // (a long word in lower case: the line is no headline any more, and its other words count for the casing)
  ['the headline made a sentence', (text) => text.replace('Board Delays Vote', 'Board delays Vote'), false],
  ['the headline again', (text) => text.replace('Board delays Vote', 'Board Delays Vote'), false],
  ['a letter typed after the headline came back', (text) => text.replace('asked for a new', 'asked for a nexw'), true],
  // (both occurrences of a word gone in one edit: none left in running text)
  ['the sentence with both "dredging" removed', (text) => text.replace('\n\nSome fear that dredging the channel and dredging the basin will cost too much.', ''), true],
  // (a word the running text writes in lower case, typed once with a capital: the tie goes to the first written)
  ['"Terminal" typed where "wait" was', (text) => text.replace('would waxit', 'would Terminal'), false],
  // (a new word typed twice in one edit, then once removed: one left)
  ['a new word typed twice', (text) => text.replace('study. The Board', 'study of qorva and qorva. The Board'), true],
  ['one of them removed', (text) => text.replace('of qorva and qorva.', 'of qorva.'), true],
  // (a new word typed in two forms, the second more often: counted again)
  ['a new word typed three times, two ways', (text) => text.replace('meet again in', 'meet Zarn zarn zarn again in'), false],
];

describe('document casing taken over across edits', () => {
  checkReuse();

  it('gives each edited version what a fresh analysis gives, taking the casing over where it can', () => {
    // (the fresh analyses first: a fresh analysis counts a casing of its own, and the next edit's could then not be
    // taken over from the one before it)
    checkTakenOver(ARTICLE, EDITS, casingsTakenOver, analyze, fresh);
  });
});
