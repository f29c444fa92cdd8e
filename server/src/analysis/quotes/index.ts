import type { Actor, Block, Problem, Quote } from '../types';

export interface QuoteLayer {
  quotes: Quote[];
  problems: Problem[];
}

/** Finds quotations and reported speech in the prose blocks and attributes each to a speaker. */
export function findQuotes(_text: string, _blocks: readonly Block[], _actors: readonly Actor[]): QuoteLayer {
  return { quotes: [], problems: [] }; // placeholder until the quote layer lands
}
