// Firms named in the possessive ("Harlan's", a bank or an insurer named after its founder, or a market like a
// shop's sign) write "'s" after every mention, and the "'s" belongs to the name: "Harlan's was the prize", "a bid for
// Harlan's .", "gave Harlan's a reprieve". The tagger ends the name before the "'s", as it should for a possessive.
import type { Token } from '../tokens';
import { nameKey } from './gazetteer';
import { joinedWords, type NameMention } from './mentions';

/**
 * Words that never begin what a possessive owns: after "X 's" they show the "'s" is no possessive ("X's was", "X's
 * a reprieve", "X's to give"), so X's is the name.
 */
const NOT_OWNED = new Set([
  '.',
  ',',
  ';',
  ':',
  '"',
  "'",
  ')',
  '?',
  '!',
  '-',
  'a',
  'an',
  'the',
  'to',
  'and',
  'or',
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'said',
  'says',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
]);

const isPossessive = (token: Token | undefined) => token?.norm === "'s";

/**
 * Every mention of a name followed by "'s", one of them by a word no possessive owns: each mention takes the "'s".
 */
export function possessiveNames(tokens: readonly Token[], mentions: readonly NameMention[]): NameMention[] {
  const byKey = new Map<string, NameMention[]>();
  for (const mention of mentions) {
    const key = nameKey(mention.text);
    byKey.set(key, [...(byKey.get(key) ?? []), mention]);
  }
  const extend = new Set<NameMention>();
  for (const group of byKey.values()) {
    if (!group.every((mention) => isPossessive(tokens[mention.last + 1]))) continue;
    if (!group.some((mention) => NOT_OWNED.has(tokens[mention.last + 2]?.norm.toLowerCase() ?? '.'))) continue;
    for (const mention of group) extend.add(mention);
  }
  if (extend.size === 0) return [...mentions];
  return mentions.map((mention) => {
    if (!extend.has(mention)) return mention;
    const last = mention.last + 1;
    return { ...mention, last, end: tokens[last].end, text: joinedWords(tokens, mention.first, last) };
  });
}
