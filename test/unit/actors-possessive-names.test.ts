// Firms named in the possessive: the "'s" after every mention belongs to the name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameMention } from '../../server/src/analysis/actors/mentions';
import { possessiveNames } from '../../server/src/analysis/actors/possessiveNames';
import { tokenize } from '../../server/src/analysis/tokens';

/** The names the rule leaves of every one-word mention of `word` in the text. */
function names(text: string, word: string): string[] {
  const tokens = tokenize(text);
  const mentions: NameMention[] = tokens.flatMap((token, index) =>
    token.text === word ? [{ type: 'organization' as const, first: index, last: index, start: token.start, end: token.end, text: word }] : [],
  );
  return possessiveNames(tokens, mentions).map((mention) => text.slice(mention.start, mention.end));
}

describe('possessiveNames', () => {
  it("gives the 's to every mention when one shows it is no possessive", () => {
    const text = "Harlan's shares rose. With its branches in six states, Harlan's was the prize of the region. Rivals bid for Harlan's.";
    assert.deepEqual(names(text, 'Harlan'), ["Harlan's", "Harlan's", "Harlan's"]);
  });

  it("leaves a possessive alone when every 's owns a noun", () => {
    const text = "Harlan's shares rose. Harlan's chairman said profits would grow.";
    assert.deepEqual(names(text, 'Harlan'), ['Harlan', 'Harlan']);
  });

  it("leaves a name alone when one mention has no 's", () => {
    const text = "Harlan said profits would grow. Rivals bid for Harlan's.";
    assert.deepEqual(names(text, 'Harlan'), ['Harlan', 'Harlan']);
  });
});
