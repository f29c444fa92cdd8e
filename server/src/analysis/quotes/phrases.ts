// Noun phrases that name a speaker, read off the tokens around a speech verb: "Vladimir Putin", "the Russian
// analyst Daria Saprynskaya", "a spokesman", "officials", "she". Without a parser: capitalized runs, a determiner
// with a few words after it, a role plural or a pronoun.
import { BETWEEN_SPEAKER_AND_CUE, CAPITALIZED_FUNCTION_WORDS, cueBase, DETERMINERS, PHRASE_BREAKERS, ROLE_PLURALS, TITLES, pronounGender } from './lexicon';
import type { Token, Word } from '../tokens';
import { isCapitalized, isPossessive } from './words';
import { ORGANIZATION_NOUNS } from './nominal';

/** Token index range, both ends inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
}

// Lowercase words that join the capitalized words of one name ("Bank of America", "Ludwig van Beethoven").
const NAME_JOINERS = new Set(['of', 'the', 'de', 'del', 'della', 'da', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'la', 'le', 'du', 'for', '&', 'and']);
const MAX_DESCRIPTION_WORDS = 6;
// Plural nouns of people by what they do ("forecasters", "economists", "residents"), beyond the learned role plurals.
const AGENT_PLURAL = /^\p{Ll}{3,}(?:ers|ists|ians|ants|ents|ors)$/u;
// Prepositions that tie a person to an organization inside one speaker phrase ("Smith from Acme", "Jones at Yale").
const LINKING_PREPOSITIONS = new Set(['from', 'at', 'with']);

export function isPronoun(token: Pick<Word, 'kind' | 'lower'> | undefined): boolean {
  return token !== undefined && token.kind === 'word' && pronounGender(token.lower) !== undefined;
}

/** A capitalized word that may belong to a name (not a capitalized function word at a sentence start). */
export function isNameWord(token: Pick<Word, 'kind' | 'text' | 'lower'> | undefined): boolean {
  return isCapitalized(token) && !CAPITALIZED_FUNCTION_WORDS.has(token!.lower);
}

function isLowerWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !isCapitalized(token);
}

/** The noun phrase ending at token `last`, read leftwards, or undefined when none ends there. */
export function phraseEndingAt(tokens: readonly Token[], last: number, floor = 0): TokenSpan | undefined {
  const token = tokens[last];
  if (!token || token.kind !== 'word' || last < floor) return undefined;
  if (isPronoun(token)) return { first: last, last };
  if (isNameWord(token) || (isCapitalized(token) && TITLES.has(token.lower))) {
    let first = last;
    // Extend over name words and the joiners between them ("Alexander Korolev of the Higher School of Economics",
    // "Tomas Zdechovsky from the European People's Party").
    for (let index = last - 1; index >= floor; index--) {
      const candidate = tokens[index];
      if (isNameWord(candidate) || (isCapitalized(candidate) && TITLES.has(candidate.lower))) {
        first = index;
      } else if (candidate.kind === 'word' && (NAME_JOINERS.has(candidate.lower) || LINKING_PREPOSITIONS.has(candidate.lower))) {
        // Up to two joiners ("of the") between name words.
        const joinsAgain = (token: Token | undefined) => token?.kind === 'word' && (NAME_JOINERS.has(token.lower) || LINKING_PREPOSITIONS.has(token.lower));
        const beyond = joinsAgain(tokens[index - 1]) && index - 1 > floor ? index - 2 : index - 1;
        if (beyond >= floor && isNameWord(tokens[beyond])) {
          index = beyond + 1;
          continue;
        }
        break;
      } else if (isPossessive(candidate) && isNameWord(tokens[index - 1])) {
        continue; // "Trump’s campaign manager Kellyanne Conway": keep reading leftwards
      } else if (isLowerWord(candidate) && !DETERMINERS.has(candidate.lower) && TITLES.has(candidate.lower)) {
        first = index; // "campaign spokesman Jason Miller", "the Russian analyst Daria Saprynskaya"
      } else {
        break;
      }
    }
    if (first > floor && tokens[first - 1].kind === 'word' && DETERMINERS.has(tokens[first - 1].lower)) first--;
    return { first, last };
  }
  const countedNoun = tokens[last - 1]?.lower === 'of'; // "mother of three": a number after "of" ends the phrase
  if (!isLowerWord(token) || (DETERMINERS.has(token.lower) && !countedNoun) || PHRASE_BREAKERS.has(token.lower)) return undefined;
  // A description: a determiner (or a name with "’s") within a few words to the left: "a campaign spokesman".
  for (let index = last - 1; index >= Math.max(floor, last - MAX_DESCRIPTION_WORDS); index--) {
    const candidate = tokens[index];
    if (candidate.kind !== 'word') break;
    if (DETERMINERS.has(candidate.lower)) return { first: index, last };
    if (isPossessive(candidate)) {
      const owner = phraseEndingAt(tokens, index - 1, floor);
      return owner ? { first: owner.first, last } : undefined;
    }
    if (isNameWord(candidate)) {
      const name = phraseEndingAt(tokens, index, floor);
      return name ? { first: name.first, last } : undefined; // "Clinton campaign chairman"
    }
    // "the 50-year-old father of two", "the head of the agency": "of" stays inside a description.
    if (PHRASE_BREAKERS.has(candidate.lower) && candidate.lower !== 'of') break;
  }
  if (ROLE_PLURALS.has(token.lower) || AGENT_PLURAL.test(token.lower)) {
    let first = last;
    while (first - 1 >= floor && isLowerWord(tokens[first - 1]) && !PHRASE_BREAKERS.has(tokens[first - 1].lower) && last - first < 3) first--;
    return { first, last };
  }
  return undefined;
}

/** Lowercase words leading to a name within three words: "union leader Petra Novak", "panel Chairman Jason Chaffetz". */
function nameFollowsClosely(tokens: readonly Token[], first: number, ceiling: number): boolean {
  for (let index = first; index < ceiling && index - first <= 3; index++) {
    const token = tokens[index];
    if (isNameWord(token)) return index > first;
    if (!isLowerWord(token) || PHRASE_BREAKERS.has(token.lower) || DETERMINERS.has(token.lower)) return false;
  }
  return false;
}

/** The noun phrase starting at token `first`, read rightwards (after an inverted verb: "said the announcer"). */
export function phraseStartingAt(tokens: readonly Token[], first: number, ceiling = tokens.length): TokenSpan | undefined {
  const token = tokens[first];
  if (!token || token.kind !== 'word' || first >= ceiling) return undefined;
  if (isPronoun(token)) return { first, last: first };
  if (isCapitalized(token) && CAPITALIZED_FUNCTION_WORDS.has(token.lower) && !DETERMINERS.has(token.lower)) return undefined; // "To which …"
  // A lowercase word may open the phrase when a name or title follows ("panel Chairman Jason Chaffetz", "state Del. Price").
  // … or a role plural follows within two words ("federal prosecutors", "senior administration officials").
  const roleFollows = [1, 2].some(
    (offset) => first + offset < ceiling && ROLE_PLURALS.has(tokens[first + offset]?.lower ?? '') && tokens.slice(first, first + offset).every(isLowerWord),
  );
  const startsWell =
    DETERMINERS.has(token.lower) || isCapitalized(token) || ROLE_PLURALS.has(token.lower) || TITLES.has(token.lower) || nameFollowsClosely(tokens, first, ceiling) || roleFollows;
  if (!startsWell) return undefined;
  let last = first;
  for (let index = first + 1; index < ceiling && index - first < 12; index++) {
    const candidate = tokens[index];
    if (candidate.kind !== 'word') {
      if (candidate.text === '-' || candidate.text === '.') continue;
      break;
    }
    if (isCapitalized(candidate)) {
      last = index;
      continue;
    }
    if (NAME_JOINERS.has(candidate.lower) && candidate.lower !== 'and' && isCapitalized(tokens[index + 1]) && isCapitalized(tokens[index - 1])) continue;
    if (isPossessive(candidate) && isNameWord(tokens[index + 1]) && index + 1 < ceiling) continue; // "the province’s Department of Health"
    if (isPossessive(candidate)) {
      // "Dana Cole’s lawyer": the phrase is the owned noun, which ends it.
      let owned = index + 1;
      while (owned < ceiling && owned - index <= 3 && isLowerWord(tokens[owned]) && !PHRASE_BREAKERS.has(tokens[owned].lower)) owned++;
      if (owned > index + 1) last = owned - 1;
      break;
    }
    if (PHRASE_BREAKERS.has(candidate.lower) || DETERMINERS.has(candidate.lower) || BETWEEN_SPEAKER_AND_CUE.has(candidate.lower)) break;
    // A verb ends a description of two words or more ("A federal judge rejected …", but "a retired general").
    // After a name, one is enough ("Lee interrupted Park’s speech").
    const isVerbLike = /ed$/.test(candidate.lower) || cueBase(candidate.lower) !== undefined;
    // "said the annual safety report.": a noun such as "report" or "statement" closing a phrase opened by a
    // determiner is its head, though it can be a verb too.
    const closingNoun = DETERMINERS.has(token.lower) && !/ed$/.test(candidate.lower) && (!tokens[index + 1] || tokens[index + 1].kind !== 'word' || index + 1 >= ceiling);
    if (isVerbLike && !closingNoun && (index - first >= 2 || isNameWord(tokens[index - 1]))) break;
    // Lowercase words belong to the phrase while it has no name yet ("the Russian analyst …", "a spokesman"),
    // or when a name follows them ("Russian newspaper Izvestia").
    // "the Ottawa-born defenceman," / "the Kentucky Republican senator.": after a determiner, the noun closing the
    // phrase is its head, the name before it only qualifies it.
    const closesPhrase = !tokens[index + 1] || tokens[index + 1].kind !== 'word' || index + 1 >= ceiling;
    if (DETERMINERS.has(token.lower) && closesPhrase && !PHRASE_BREAKERS.has(candidate.lower)) {
      last = index;
      break;
    }
    // "Chinese foreign ministry spokeswoman Hua Chunying": lowercase role words after a name read on to the name
    // they lead to.
    if (tokens.slice(first, index).some(isNameWord) && !TITLES.has(candidate.lower) && !isNameWord(tokens[index + 1]) && !nameFollowsClosely(tokens, index, ceiling)) break;
    last = index;
  }
  if (last === first && DETERMINERS.has(token.lower)) return undefined;
  return { first, last };
}

/**
 * The part of a speaker phrase that names the speaker: the first "X" of "X of Y" that is a name
 * ("Alexander Korolev of the Higher School of Economics" → "Alexander Korolev"), the phrase itself otherwise.
 */
export function headOf(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  let segmentFirst = span.first;
  for (let index = span.first; index <= span.last + 1; index++) {
    const token = tokens[index];
    const ends =
      index > span.last || (token.kind === 'word' && (token.lower === 'of' || token.lower === 'at' || token.lower === 'from' || token.lower === 'for' || token.lower === 'with'));
    if (!ends) continue;
    // "Department of Social Services", "Bank of Canada": an organization noun with its "of" is one name.
    const before = tokens[index - 1];
    if (index <= span.last && token.lower === 'of' && isNameWord(before) && ORGANIZATION_NOUNS.has(before.lower) && isNameWord(tokens[index + 1])) continue;
    const segment = { first: segmentFirst, last: index - 1 };
    const words = tokens.slice(segment.first, segment.last + 1);
    const hasName = words.some((word) => isNameWord(word) && !TITLES.has(word.lower));
    const isDescription = words.some((word) => isLowerWord(word) && !DETERMINERS.has(word.lower));
    if (segment.last >= segment.first && (hasName || isDescription || index > span.last)) return segment;
    segmentFirst = index + 1;
  }
  return span;
}

/** The name inside a speaker mention: titles and a leading determiner dropped ("Belarusian President Alexander Lukashenko" → "Alexander Lukashenko"). */
export function nameWords(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  let first = span.first;
  // Drop everything up to the last title word when a name follows it.
  for (let index = span.last - 1; index >= span.first; index--) {
    const token = tokens[index];
    if (TITLES.has(token.lower) && !isPossessive(token)) {
      if (tokens.slice(index + 1, span.last + 1).every((word) => isNameWord(word) || NAME_JOINERS.has(word.lower))) first = index + 1;
      break;
    }
  }
  while (first < span.last && tokens[first].kind === 'word' && DETERMINERS.has(tokens[first].lower)) first++;
  // "the county’s Department of Social Services": the owner before a possessive only qualifies the name.
  const possessive = tokens.findIndex((token, index) => index >= first && index < span.last && isPossessive(token));
  if (possessive >= 0 && isNameWord(tokens[possessive + 1])) first = possessive + 1;
  return { first, last: span.last };
}
