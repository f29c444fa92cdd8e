// Which lines the tagger reads as headlines (their capitals say nothing, so each word is read as the rest of the
// document writes it).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineLines } from '../../server/src/analysis/actors/features';
import { tokenize } from '../../server/src/analysis/tokens';

/** For each line of the text, whether its words are read as a headline. */
function headlinesOf(text: string): boolean[] {
  const tokens = tokenize(text);
  const flags = headlineLines(tokens);
  const lines: boolean[] = [];
  for (let index = 0; index < tokens.length; index++) if (tokens.lineStart(index)) lines.push(flags[index] === 1);
  return lines;
}

describe('headlineLines', () => {
  it('reads Title Case and all-capital lines as headlines', () => {
    assert.deepEqual(headlinesOf('Norvale Posts Record Profit As Sales Climb 12 Percent\nMARKETS RALLY AFTER RATE CUT\n'), [true, true]);
  });

  it('keeps small articles and prepositions small in a Title Case headline', () => {
    assert.deepEqual(headlinesOf('Strike at the Harbor Plant Ends in Two Weeks\n'), [true]);
  });

  it('does not read a sentence whose only long words are names as a headline', () => {
    assert.deepEqual(headlinesOf('Trellis was up 2 on the Lisbon Stock Exchange.\nIt fell in May.\n'), [false, false]);
  });
});
