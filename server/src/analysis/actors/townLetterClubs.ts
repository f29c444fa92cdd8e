// Clubs in sports results tables written with a bracketed letter for their town ("Iskra (K)", "Lokvar (PL)"):
// leagues with two clubs of one name tell them apart so, and the letter belongs to the club's name. The tagger
// reads the name before the bracket alone, often as a person or a place, and the letter as a name of its own.
import type { TokenList } from '../tokenList';
import type { Gazetteer } from './gazetteer';
import type { NameMention } from './mentions';
import type { Register } from './register';

/** One or two capital letters, no dot: a town's initials, not an abbreviation ("U.S.") or a word. */
const TOWN_LETTERS = /^[A-Z]{1,2}$/;

/** The token index of the ")" closing a bracketed town letter that starts at `open`, if one does. */
function townLetterEnd(tokens: TokenList, open: number): number | undefined {
  if (open < 0 || open + 2 >= tokens.length || tokens.norm(open) !== '(' || tokens.norm(open + 2) !== ')') return undefined;
  if (tokens.lineStart(open) || tokens.lineStart(open + 1) || tokens.lineStart(open + 2) || !TOWN_LETTERS.test(tokens.norm(open + 1))) return undefined;
  return open + 2;
}

/**
 * On the sports pages, a one-word name followed by a bracketed town letter (in results, standings and fixtures) is
 * one club with the letter: an organization, and the letter no name of its own. Elsewhere bracketed capitals are
 * mostly abbreviations ("Northern Party (NP)"), and a country's code after an athlete's name ("Lee (US)") is the athlete's country.
 */
export function clubsWithTownLetters(tokens: TokenList, mentions: readonly NameMention[], names: Gazetteer, register: Register): NameMention[] {
  if (register !== 'sports') return [...mentions];
  const candidates = mentions.map((mention) => {
    const end = townLetterEnd(tokens, mention.first + 1);
    return end === undefined || mention.last > end ? undefined : end;
  });
  // Letters that are also a country's code ("PL") after a name the tagger did not read as a club: a club's town only
  // when the document writes other clubs with town letters that are no country's (an athlete's country otherwise).
  const isCountry = (at: number) => names.country.has(tokens.word(mentions[at].first + 2).normLower);
  const tableOfTowns = candidates.some((end, at) => end !== undefined && !isCountry(at));
  const extended = new Map<NameMention, NameMention>();
  const swallowed = new Set<NameMention>();
  mentions.forEach((mention, at) => {
    const end = candidates[at];
    if (end === undefined || (isCountry(at) && !tableOfTowns && mention.type !== 'organization')) return;
    extended.set(mention, {
      type: 'organization',
      first: mention.first,
      last: end,
      start: mention.start,
      end: tokens.end(end),
      text: `${tokens.norm(mention.first)} ( ${tokens.norm(mention.first + 2)} )`,
    });
    for (let after = at + 1; after < mentions.length && mentions[after].first <= end; after++) swallowed.add(mentions[after]);
  });
  if (extended.size === 0) return [...mentions];
  return mentions.filter((mention) => !swallowed.has(mention)).map((mention) => extended.get(mention) ?? mention);
}
