// Semantic tokens, actor navigation and quick fixes for known annotations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { definingMention, definition, documentHighlights, references } from '../../server/src/actorNavigation';
import type { Problem } from '../../server/src/analysis/types';
import { closingInsertion, missingSpaceOffset } from '../../server/src/codeActions';
import { SEMANTIC_TOKENS_LEGEND, tokenSpans } from '../../server/src/semanticTokens';
import { HANDMADE_TEXT, handmadeAnnotations, spanOf } from '../protocol/handmadeAnnotations';

const document = TextDocument.create('file:///a.txt', 'news-article', 1, HANDMADE_TEXT);

describe('semantic tokens', () => {
  test('the legend has the five types and the speaker modifier, all declared in package.json', () => {
    assert.deepEqual(SEMANTIC_TOKENS_LEGEND, { tokenTypes: ['person', 'organization', 'place', 'date', 'quote'], tokenModifiers: ['speaker'] });
    const { contributes } = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    assert.deepEqual(
      contributes.semanticTokenTypes.map((type: { id: string }) => type.id),
      SEMANTIC_TOKENS_LEGEND.tokenTypes,
    );
    assert.deepEqual(
      contributes.semanticTokenModifiers.map((modifier: { id: string }) => modifier.id),
      SEMANTIC_TOKENS_LEGEND.tokenModifiers,
    );
  });

  test('tokens do not overlap, mentions inside quotes cut them, and a speaker is marked', () => {
    const annotations = handmadeAnnotations();
    // A mention inside the title quote, and a date overlapping a mention: the first of the two stays.
    annotations.actors.push({ id: 'a4', type: 'organization', name: 'Union Shield', mentions: [{ ...spanOf('Union Shield') }] });
    annotations.actors.push({ id: 'a5', type: 'person', name: 'Nov', mentions: [{ ...spanOf('Nov') }] });
    const tokens = tokenSpans(annotations);
    for (let index = 1; index < tokens.length; index++) assert.ok(tokens[index].start >= tokens[index - 1].end, 'no overlap');
    const text = (token: { start: number; end: number }) => HANDMADE_TEXT.slice(token.start, token.end);
    assert.deepEqual(
      tokens.map((token) => `${token.type}:${text(token)}${token.modifiers ? '+speaker' : ''}`),
      [
        'place:Moscow',
        'date:Nov 28',
        'organization:UNI',
        'person:Vladimir Putin+speaker',
        'date:November 27',
        'quote:“We are ready.”',
        'person:Putin',
        'quote:“',
        'organization:Union Shield',
        'quote:”',
        'date:2026',
      ],
    );
  });

  test('a quote in parts colours only its parts', () => {
    const annotations = handmadeAnnotations();
    const first = spanOf('“We are');
    const second = spanOf('ready.”');
    annotations.quotes[0] = { ...annotations.quotes[0], parts: [first, second] };
    const quoteTokens = tokenSpans(annotations).filter((token) => token.type === 'quote' && token.start < second.end);
    assert.deepEqual(
      quoteTokens.map((token) => HANDMADE_TEXT.slice(token.start, token.end)),
      ['“We are', 'ready.”'],
    );
  });
});

describe('actor navigation', () => {
  const annotations = handmadeAnnotations();
  const at = (needle: string, occurrence = 0) => spanOf(needle, occurrence).start + 1;

  test('highlights and references are every mention of the actor under the cursor', () => {
    assert.deepEqual(
      documentHighlights(document, annotations, at('Putin', 1)).map((highlight) => highlight.range.start.character),
      [spanOf('Vladimir Putin').start, 0],
    );
    assert.equal(references(document, annotations, at('Putin', 1), true).length, 2);
    assert.deepEqual(
      references(document, annotations, at('Putin', 1), false).map((location) => location.range.start.line),
      [2],
    );
    assert.deepEqual(documentHighlights(document, annotations, at('added')), []);
  });

  test('the definition is the first full-name mention; on a quote, its speaker', () => {
    const putin = annotations.actors.find((actor) => actor.id === 'a2')!;
    assert.equal(definingMention({ ...putin, mentions: [...putin.mentions].reverse() })?.text, 'Vladimir Putin');
    assert.equal(definition(document, annotations, at('Putin', 1))?.range.start.character, spanOf('Vladimir Putin').start);
    assert.equal(definition(document, annotations, at('are ready'))?.range.start.character, spanOf('Vladimir Putin').start);
    assert.equal(definition(document, annotations, at('Union')), null);
  });
});

describe('quick fixes', () => {
  test('missing space: between the mark and the glued character, on either side (the quote layer’s spans)', () => {
    const before = 'He said:“Go.”';
    const mark = before.indexOf('“');
    assert.equal(missingSpaceOffset(before, { code: 'missing-space-at-quote', start: mark - 1, end: mark + 1, message: '' }), mark);
    const after = '“Go,”he said.';
    const closing = after.indexOf('”');
    assert.equal(missingSpaceOffset(after, { code: 'missing-space-at-quote', start: closing, end: closing + 2, message: '' }), closing + 1);
    assert.equal(missingSpaceOffset(after, { code: 'missing-space-at-quote', start: 2, end: 4, message: '' }), undefined, 'no mark in the span');
  });

  test('unclosed quote: the matching closing mark after the paragraph’s last character', () => {
    const text = 'Putin said: «We are ready.  \n\nNext paragraph.';
    const open = text.indexOf('«');
    const problem: Problem = { code: 'unclosed-quote', start: open, end: open + 1, message: '' };
    const annotations = { ...handmadeAnnotations(), quotes: [], blocks: [{ kind: 'paragraph' as const, start: 0, end: text.indexOf('\n') }] };
    assert.deepEqual(closingInsertion(text, annotations, problem), { offset: text.indexOf('ready.') + 'ready.'.length, mark: '»' });
  });
});
