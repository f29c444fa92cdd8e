// Firms named in the possessive: the "'s" after every mention belongs to the name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameMention } from '../../server/src/analysis/actors/mentions';
import { organizationsWithPossessives, possessiveNames } from '../../server/src/analysis/actors/possessiveNames';
import type { TokenList } from '../../server/src/analysis/tokenList';
import { tokenize } from '../../server/src/analysis/tokens';
import { givenMentions } from './nameMentionFixture';

/** The index of every token written `word`, in order. */
function indicesOf(tokens: TokenList, word: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (tokens.text(index) === word) found.push(index);
  return found;
}

/** The names the rule leaves of every one-word mention of `word` in the text. */
function names(text: string, word: string): string[] {
  const tokens = tokenize(text);
  const mentions: NameMention[] = indicesOf(tokens, word).map((index) => ({
    type: 'organization' as const,
    first: index,
    last: index,
    start: tokens.start(index),
    end: tokens.end(index),
    text: word,
  }));
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

  it("leaves a person's 's alone: it is mostly 'is' ('Kim's a fighter')", () => {
    const tokens = tokenize('"Tamsin\'s a fighter," a friend said.');
    const at = indicesOf(tokens, 'Tamsin')[0];
    const mention: NameMention = { type: 'person', first: at, last: at, start: tokens.start(at), end: tokens.end(at), text: 'Tamsin' };
    assert.deepEqual(possessiveNames(tokens, [mention]), [mention]);
  });

  it("leaves a name alone when one mention has no 's", () => {
    const text = "Harlan said profits would grow. Rivals bid for Harlan's.";
    assert.deepEqual(names(text, 'Harlan'), ['Harlan', 'Harlan']);
  });
});

/** The names left of the mentions given as [words, type], in order of writing, after the possessive rules. */
function joined(text: string, given: [string, NameMention['type']][]): string[] {
  const tokens = tokenize(text);
  const mentions = givenMentions(text, tokens, given);
  return organizationsWithPossessives(tokens, possessiveNames(tokens, mentions)).map((mention) => `${mention.type}:${text.slice(mention.start, mention.end)}`);
}

describe('organizationsWithPossessives', () => {
  it("joins a plural's apostrophe and the words up to a kind of organization", () => {
    assert.deepEqual(joined("A spokesman for the Harbor Pilots' Mutual Association said so.", [['Harbor Pilots', 'organization']]), [
      "organization:Harbor Pilots' Mutual Association",
    ]);
  });

  it("joins a possessive firm to its legal form, with the tagger's name in between", () => {
    const text = "Rivals bid for Harlan's. Harlan's Bancorp Inc. agreed.";
    assert.deepEqual(
      joined(text, [
        ['Harlan', 'organization'],
        ['Harlan', 'organization'],
        ['Bancorp Inc.', 'organization'],
      ]),
      ["organization:Harlan's", "organization:Harlan's Bancorp Inc."],
    );
  });

  it("keeps a place's or a person's body apart ('Norland's Labour Party')", () => {
    assert.deepEqual(
      joined("Norland's Labour Party met.", [
        ['Norland', 'place'],
        ['Labour Party', 'organization'],
      ]),
      ['place:Norland', 'organization:Labour Party'],
    );
  });
});
