// Firms named in the possessive ("Harlan's", a bank or an insurer named after its founder, or a market like a
// shop's sign) write "'s" after every mention, and the "'s" belongs to the name: "Harlan's was the prize", "a bid for
// Harlan's .", "gave Harlan's a reprieve". The tagger ends the name before the "'s", as it should for a possessive.
import type { TokenList } from '../tokenList';
import { INSTITUTION_HEADS, nameKey } from './gazetteer';
import { COMPANY_SUFFIXES, joinedWords, type NameMention } from './mentions';

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

/** Whether the token at `index` is a possessive "'s" (false when there is no token there). */
function isPossessiveAt(tokens: TokenList, index: number): boolean {
  return tokens.wordAt(index)?.norm === "'s";
}

/**
 * Every mention of a name followed by "'s", one of them by a word no possessive owns: each mention takes the "'s".
 */
export function possessiveNames(tokens: TokenList, mentions: readonly NameMention[]): NameMention[] {
  // Only a name with a mention before "'s" can qualify (most documents have none): the others are not grouped.
  let possessiveKeys: Set<string> | undefined;
  for (const mention of mentions) if (isPossessiveAt(tokens, mention.last + 1)) (possessiveKeys ??= new Set()).add(nameKey(mention.text));
  if (possessiveKeys === undefined) return [...mentions];
  const byKey = new Map<string, NameMention[]>();
  for (const mention of mentions) {
    const key = nameKey(mention.text);
    if (!possessiveKeys.has(key)) continue;
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [mention]);
    else group.push(mention);
  }
  const extend = new Set<NameMention>();
  for (const group of byKey.values()) {
    // A person's "'s" before "a" or "the" is mostly "is" ("Kim's a fighter"): a name the tagger read as a person in most mentions is left.
    if (group.filter((mention) => mention.type === 'person').length * 2 > group.length) continue;
    if (!group.every((mention) => isPossessiveAt(tokens, mention.last + 1))) continue;
    if (!group.some((mention) => NOT_OWNED.has(tokens.wordAt(mention.last + 2)?.normLower ?? '.'))) continue;
    for (const mention of group) extend.add(mention);
  }
  if (extend.size === 0) return [...mentions];
  return mentions.map((mention) => {
    if (!extend.has(mention)) return mention;
    const last = mention.last + 1;
    return { ...mention, last, end: tokens.end(last), text: joinedWords(tokens, mention.first, last) };
  });
}

/** Title-case words, at most this many, between a possessive and the head word that ends the organization's name. */
export const MAX_OWNED_WORDS = 4;

/** The index of the last head word of an organization's name among the title-case words from `from`, if any. */
function organizationHeadFrom(tokens: TokenList, from: number): number | undefined {
  let head: number | undefined;
  for (let index = from; index < tokens.length && index < from + MAX_OWNED_WORDS; index++) {
    const norm = tokens.norm(index);
    if (tokens.sentenceStart(index) || tokens.lineStart(index) || !/^\p{Lu}/u.test(norm)) break;
    const key = nameKey(norm.replace(/\.$/, ''));
    if (INSTITUTION_HEADS.has(key) || COMPANY_SUFFIXES.has(key)) head = index;
  }
  return head;
}

/**
 * An organization named after those it serves or its founder, with the possessive inside the name: "the Harbor
 * Pilots' Association", "Harlan's Bancorp Inc". Joined into one organization when a plural's apostrophe ("Pilots '")
 * or a possessive firm's "'s" (possessiveNames) is followed by title-case words ending in a kind of organization or
 * a legal form. A singular "X's" before such words is X's body, not part of a name ("Norland's Labour Party").
 */
export function organizationsWithPossessives(tokens: TokenList, mentions: readonly NameMention[]): NameMention[] {
  const joined: NameMention[] = [];
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at];
    const owner = tokens.norm(mention.last);
    const pluralApostrophe = tokens.wordAt(mention.last + 1)?.norm === "'" && /s$/.test(owner);
    const possessiveFirm = owner === "'s";
    const apostrophe = pluralApostrophe ? mention.last + 1 : mention.last;
    const head = (pluralApostrophe || possessiveFirm) && mention.type !== 'place' ? organizationHeadFrom(tokens, apostrophe + 1) : undefined;
    // The tagger's names inside the joined words become part of it; not where one runs past the head.
    let inside = at;
    while (head !== undefined && inside + 1 < mentions.length && mentions[inside + 1].first <= head) inside++;
    if (head === undefined || mentions[inside].last > head) {
      joined.push(mention);
      continue;
    }
    joined.push({ ...mention, type: 'organization', last: head, end: tokens.end(head), text: joinedWords(tokens, mention.first, head) });
    at = inside;
  }
  return joined;
}
