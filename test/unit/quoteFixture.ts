// The quote layer run as the quote tests need it: on a text and hand-written actors, without the actor tagger.
import * as assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/analysis/quotes';
import { readStructure } from '../../server/src/analysis/structure';
import type { Actor, Quote } from '../../server/src/analysis/types';

/** The quotes the quote layer finds in `text`, given its actors. */
export function quotesOf(text: string, actors: Actor[] = []): Quote[] {
  return findQuotes(text, readStructure(text).blocks, actors).quotes;
}

/** The quote whose words (after an opening mark) start with `words`; fails the test when there is none. */
export function quoteStarting(quotes: Quote[], words: string): Quote {
  const found = quotes.find((quote) => quote.text.replace(/^["“]/, '').startsWith(words));
  assert.ok(found, `no quote starting "${words}"`);
  return found;
}
