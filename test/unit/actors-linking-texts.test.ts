// The actors' mention texts (actors/linking.ts sourceText): a one-token mention spanning its token exactly is the
// token's own text, any other the source text at its place; never a text that differs from text.slice(start, end).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceText } from '../../server/src/analysis/actors/linking';
import type { NameMention } from '../../server/src/analysis/actors/mentions';
import { analyze } from '../../server/src/analysis/analyze';
import { tokenize } from '../../server/src/analysis/tokens';

function mention(text: string, first: number, last: number, start: number, end: number): NameMention {
  return { type: 'person', first, last, start, end, text };
}

describe('linking sourceText', () => {
  const source = 'Yesterday  Tova Rinn and Quill\u2019s  Harbour Works met.';
  const tokens = tokenize(source);
  const tokenAt = (start: number): number => {
    for (let index = 0; index < tokens.length; index++) if (tokens.start(index) === start) return index;
    throw new Error(`no token at ${start}`);
  };

  it('gives a one-token mention its token text', () => {
    const start = source.indexOf('Tova');
    const index = tokenAt(start);
    const found = sourceText(source, tokens, mention('Tova', index, index, start, start + 4));
    assert.equal(found, 'Tova');
    assert.equal(found, tokens.text(index));
  });

  it('gives a one-token mention folded by the reader its source text', () => {
    const start = source.indexOf('Quill');
    const index = tokenAt(start);
    const end = tokens.end(index);
    assert.equal(sourceText(source, tokens, mention("Quill's", index, index, start, end)), source.slice(start, end));
  });

  it('slices the source for a mention of several tokens or one not spanning its token', () => {
    const start = source.indexOf('Yesterday');
    const first = tokenAt(start);
    const last = tokenAt(source.indexOf('Tova'));
    assert.equal(sourceText(source, tokens, mention('Yesterday Tova', first, last, start, source.indexOf('Tova') + 4)), 'Yesterday  Tova');
    const harbour = source.indexOf('Harbour');
    const index = tokenAt(harbour);
    assert.equal(sourceText(source, tokens, mention('Harb', index, index, harbour, harbour + 4)), 'Harb');
    assert.equal(sourceText(source, tokens, mention('Harbour', -1, -1, harbour, harbour + 7)), 'Harbour');
  });

  it('gives every actor mention the text at its place in a made-up article, before and after an edit', () => {
    const text = [
      'Perrow Mills Opens Plant',
      'Ardent Valley (Nowire) - Perrow Mills Inc opened a plant on Tuesday, said chief executive Ilse Varga.',
      'Varga said the plant would hire 200 people. \u201cWe are glad,\u201d said Varga\u2019s deputy, Tom O\u2019Dell.',
      'O\u2019Dell said Perrow would open a second plant in Ardent Valley, Varga said.',
    ].join('\n\n');
    const edited = text.replace('200 people', '2000 people');
    for (const version of [text, edited, text]) {
      const result = analyze(version);
      assert.ok(result.actors.length > 0);
      for (const actor of result.actors) {
        for (const one of actor.mentions) assert.equal(one.text, version.slice(one.start, one.end));
        assert.ok(actor.mentions.some((one) => one.text === actor.name));
      }
    }
  });
});
