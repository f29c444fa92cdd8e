// A name the tagger typed a person in every mention, which the pronouns after it show to be a company.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameMention } from '../../server/src/analysis/actors/mentions';
import { typeByPronouns } from '../../server/src/analysis/actors/pronounTypes';
import type { TokenList } from '../../server/src/analysis/tokenList';
import { tokenize } from '../../server/src/analysis/tokens';

/** The index of every token written `word`, in order. */
function indicesOf(tokens: TokenList, word: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (tokens.text(index) === word) found.push(index);
  return found;
}

/** The mentions of a one-word name in the text, typed as the tagger typed them. */
function mentionsOfWord(text: string, word: string) {
  const tokens = tokenize(text);
  const mentions: NameMention[] = indicesOf(tokens, word).map((index) => ({
    type: 'person' as const,
    first: index,
    last: index,
    start: tokens.start(index),
    end: tokens.end(index),
    text: word,
  }));
  return { tokens, mentions, starts: new Set(mentions.map((mention) => mention.first)) };
}

describe('typeByPronouns', () => {
  it("makes a company of a 'person' whose mentions are followed by 'its'", () => {
    const { tokens, mentions, starts } = mentionsOfWord('Quarvex raised prices. In March, Quarvex sold half of its mills to a rival.', 'Quarvex');
    assert.equal(typeByPronouns(tokens, mentions, 'person', starts), 'organization');
  });

  it("keeps a person when another of the name's mentions is followed by 'his' or 'her'", () => {
    const text = 'Tolvani sold half of its mills to a rival. Tolvani later said she would buy them back.';
    const { tokens, mentions, starts } = mentionsOfWord(text, 'Tolvani');
    assert.equal(typeByPronouns(tokens, mentions, 'person', starts), 'person');
  });

  it("does not count an 'its' after the name where the name is an object ('told Quarvex its')", () => {
    const { tokens, mentions, starts } = mentionsOfWord('The regulator told Quarvex its licence would lapse.', 'Quarvex');
    assert.equal(typeByPronouns(tokens, mentions, 'person', starts), 'person');
  });

  it("does not count an 'its' that comes after another name or in the next sentence", () => {
    const text = 'Brenna joined Harlow Mills in May. Harlow Mills doubled its output.';
    const { tokens, mentions, starts } = mentionsOfWord(text, 'Brenna');
    const harlow = indicesOf(tokens, 'Harlow')[0];
    assert.equal(typeByPronouns(tokens, mentions, 'person', new Set([...starts, harlow])), 'person');
  });

  it('leaves organizations and places as the tagger typed them', () => {
    const { tokens, mentions, starts } = mentionsOfWord('Quarvex said he would resign.', 'Quarvex');
    assert.equal(typeByPronouns(tokens, mentions, 'organization', starts), 'organization');
    assert.equal(typeByPronouns(tokens, mentions, 'place', starts), 'place');
  });
});
