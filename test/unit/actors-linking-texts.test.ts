// The actors' mention texts (actors/linking.ts sourceText): the name mention's own string where it is exactly the
// source text at its place, else the source text; never a text that differs from text.slice(start, end).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceText } from '../../server/src/analysis/actors/linking';
import type { NameMention } from '../../server/src/analysis/actors/mentions';
import { analyze } from '../../server/src/analysis/analyze';

function mention(text: string, start: number, end: number): NameMention {
  return { type: 'person', first: 0, last: 0, start, end, text };
}

describe('linking sourceText', () => {
  const source = 'Yesterday  Tova Rinn and Quill\u2019s  Harbour Works met.';

  it('hands back the mention own string when it is the text at its place', () => {
    const own = 'Tova Rinn';
    const start = source.indexOf(own);
    const found = sourceText(source, mention(own, start, start + own.length));
    assert.equal(found, own);
    assert.equal(found, source.slice(start, start + own.length));
  });

  it('takes the source text where the mention folded its typography or spacing', () => {
    const start = source.indexOf('Quill');
    const end = start + 'Quill\u2019s'.length;
    assert.equal(sourceText(source, mention("Quill's", start, end)), 'Quill\u2019s');
    const spaced = source.indexOf('Yesterday');
    assert.equal(sourceText(source, mention('Yesterday Tova', spaced, source.indexOf('Tova') + 4)), 'Yesterday  Tova');
  });

  it('takes the source text where the mention has the right length but other letters', () => {
    const start = source.indexOf('Harbour');
    assert.equal(sourceText(source, mention('Harbor  Works', start, start + 'Harbour Works'.length)), 'Harbour Works');
  });

  it('gives every actor mention the text at its place in a made-up article', () => {
    const text = [
      'Perrow Mills Opens Plant',
      'Ardent Valley (Nowire) - Perrow Mills Inc opened a plant on Tuesday, said chief executive Ilse Varga.',
      'Varga said the plant would hire 200 people. \u201cWe are glad,\u201d said Varga\u2019s deputy, Tom O\u2019Dell.',
    ].join('\n\n');
    const result = analyze(text);
    assert.ok(result.actors.length > 0);
    for (const actor of result.actors) for (const one of actor.mentions) assert.equal(one.text, text.slice(one.start, one.end));
  });
});
