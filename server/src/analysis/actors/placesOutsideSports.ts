// Places named like organizations outside the sports pages (see register.ts for why a town's name is read with
// the document's register).
import type { TokenList } from '../tokenList';
import { nameKey, type Gazetteer } from './gazetteer';
import { SPEECH_VERBS, type NameMention } from './mentions';
import type { Register } from './register';

/**
 * Outside sports news, a name the tagger typed an organization that is, whole, a known place's name ("plants in
 * Lyon and Porto") is the place: in the annotated news the tagger learned from, about one in a hundred such names
 * outside the sports pages is an organization, and most of those are acronyms ("EC", "PA"), which keep their type,
 * as does a name that speaks ("Porto said").
 */
export function placesOutsideSports(tokens: TokenList, mentions: readonly NameMention[], names: Gazetteer, register: Register): NameMention[] {
  if (register === 'sports') return [...mentions];
  // (a loop, not map: a callback is a new closure per call, compiled again after each full collection)
  const typed = new Array<NameMention>(mentions.length);
  for (let at = 0; at < mentions.length; at++) typed[at] = placeTyped(tokens, mentions[at], names);
  return typed;
}

/** `mention`, typed a place when it is a known place's name the tagger read as an organization. */
function placeTyped(tokens: TokenList, mention: NameMention, names: Gazetteer): NameMention {
  if (mention.type !== 'organization' || !/\p{Ll}/u.test(mention.text) || names.phrases.get(nameKey(mention.text)) !== 'loc') return mention;
  if (SPEECH_VERBS.has(tokens.wordAt(mention.last + 1)?.normLower ?? '')) return mention;
  return { ...mention, type: 'place' as const };
}
