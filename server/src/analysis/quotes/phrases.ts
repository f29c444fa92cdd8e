// Noun phrases that name a speaker, read off the tokens around a speech verb: "Vladimir Putin", "the Russian
// analyst Daria Saprynskaya", "a spokesman", "officials", "she". Without a parser: capitalized runs, a determiner
// with a few words after it, a role plural or a pronoun.
import { BETWEEN_SPEAKER_AND_CUE, CAPITALIZED_FUNCTION_WORDS, cueBase, DETERMINERS, PHRASE_BREAKERS, ROLE_PLURALS, TITLES, pronounGender } from './lexicon';
import type { TokenList } from '../tokenList';
import type { Word } from '../tokens';
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

export function isPronoun(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && pronounGender(word.lower) !== undefined;
}

/** A capitalized word that may belong to a name (not a capitalized function word at a sentence start). */
export function isNameWord(word: Word | undefined): boolean {
  return isCapitalized(word) && !CAPITALIZED_FUNCTION_WORDS.has(word!.lower);
}

function isLowerWord(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && !isCapitalized(word);
}

/** A word joining the capitalized words of one name, or a person to an organization ("of", "from"). */
function joinsName(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && (NAME_JOINERS.has(word.lower) || LINKING_PREPOSITIONS.has(word.lower));
}

/** The noun phrase ending at token `last`, read leftwards, or undefined when none ends there. */
export function phraseEndingAt(tokens: TokenList, last: number, floor = 0): TokenSpan | undefined {
  const token = tokens.wordAt(last);
  if (!token || token.kind !== 'word' || last < floor) return undefined;
  if (isPronoun(token)) return { first: last, last };
  if (isNameWord(token) || (isCapitalized(token) && TITLES.has(token.lower))) {
    let first = last;
    // Extend over name words and the joiners between them ("Alexander Korolev of the Higher School of Economics",
    // "Tomas Zdechovsky from the European People's Party").
    for (let index = last - 1; index >= floor; index--) {
      const candidate = tokens.word(index);
      if (isNameWord(candidate) || (isCapitalized(candidate) && TITLES.has(candidate.lower))) {
        first = index;
      } else if (joinsName(candidate)) {
        // Up to two joiners ("of the") between name words.
        const beyond = joinsName(tokens.wordAt(index - 1)) && index - 1 > floor ? index - 2 : index - 1;
        if (beyond >= floor && isNameWord(tokens.wordAt(beyond))) {
          index = beyond + 1;
          continue;
        }
        break;
      } else if (isPossessive(candidate) && isNameWord(tokens.wordAt(index - 1))) {
        continue; // "Trump’s campaign manager Kellyanne Conway": keep reading leftwards
      } else if (isLowerWord(candidate) && !DETERMINERS.has(candidate.lower) && TITLES.has(candidate.lower)) {
        first = index; // "campaign spokesman Jason Miller", "the Russian analyst Daria Saprynskaya"
      } else {
        break;
      }
    }
    if (first > floor) {
      const before = tokens.word(first - 1);
      if (before.kind === 'word' && DETERMINERS.has(before.lower)) first--;
    }
    return { first, last };
  }
  const countedNoun = tokens.wordAt(last - 1)?.lower === 'of'; // "mother of three": a number after "of" ends the phrase
  if (!isLowerWord(token) || (DETERMINERS.has(token.lower) && !countedNoun) || PHRASE_BREAKERS.has(token.lower)) return undefined;
  // A description: a determiner (or a name with "’s") within a few words to the left: "a campaign spokesman".
  for (let index = last - 1; index >= Math.max(floor, last - MAX_DESCRIPTION_WORDS); index--) {
    const candidate = tokens.word(index);
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
    while (first - 1 >= floor && isLowerWord(tokens.word(first - 1)) && !PHRASE_BREAKERS.has(tokens.lower(first - 1)) && last - first < 3) first--;
    return { first, last };
  }
  return undefined;
}

/** Lowercase words leading to a name within three words: "union leader Petra Novak", "panel Chairman Jason Chaffetz". */
function nameFollowsClosely(tokens: TokenList, first: number, ceiling: number): boolean {
  for (let index = first; index < ceiling && index - first <= 3; index++) {
    const token = tokens.wordAt(index);
    if (isNameWord(token)) return index > first;
    if (!isLowerWord(token) || PHRASE_BREAKERS.has(token!.lower) || DETERMINERS.has(token!.lower)) return false;
  }
  return false;
}

/** A role plural within two words after `first`, lowercase words up to it: "federal prosecutors", "senior administration officials". */
function roleFollows(tokens: TokenList, first: number, ceiling: number): boolean {
  for (let offset = 1; offset <= 2; offset++) {
    if (first + offset >= ceiling || !ROLE_PLURALS.has(tokens.wordAt(first + offset)?.lower ?? '')) continue;
    let lower = true;
    for (let index = first; index < first + offset && lower; index++) lower = isLowerWord(tokens.word(index));
    if (lower) return true;
  }
  return false;
}

/** Whether some word of tokens [from, to) may belong to a name. */
function hasNameWord(tokens: TokenList, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isNameWord(tokens.word(index))) return true;
  return false;
}

/** The noun phrase starting at token `first`, read rightwards (after an inverted verb: "said the announcer"). */
export function phraseStartingAt(tokens: TokenList, first: number, ceiling = tokens.length): TokenSpan | undefined {
  const token = tokens.wordAt(first);
  if (!token || token.kind !== 'word' || first >= ceiling) return undefined;
  if (isPronoun(token)) return { first, last: first };
  if (isCapitalized(token) && CAPITALIZED_FUNCTION_WORDS.has(token.lower) && !DETERMINERS.has(token.lower)) return undefined; // "To which …"
  // A lowercase word may open the phrase when a name or title follows ("panel Chairman Jason Chaffetz", "state Del. Price").
  // … or a role plural follows within two words ("federal prosecutors", "senior administration officials").
  const startsWell =
    DETERMINERS.has(token.lower) ||
    isCapitalized(token) ||
    ROLE_PLURALS.has(token.lower) ||
    TITLES.has(token.lower) ||
    nameFollowsClosely(tokens, first, ceiling) ||
    roleFollows(tokens, first, ceiling);
  if (!startsWell) return undefined;
  let last = first;
  for (let index = first + 1; index < ceiling && index - first < 12; index++) {
    const candidate = tokens.word(index);
    if (candidate.kind !== 'word') {
      if (candidate.text === '-' || candidate.text === '.') continue;
      break;
    }
    if (isCapitalized(candidate)) {
      last = index;
      continue;
    }
    const next = tokens.wordAt(index + 1);
    if (NAME_JOINERS.has(candidate.lower) && candidate.lower !== 'and' && isCapitalized(next) && isCapitalized(tokens.word(index - 1))) continue;
    if (isPossessive(candidate) && isNameWord(next) && index + 1 < ceiling) continue; // "the province’s Department of Health"
    if (isPossessive(candidate)) {
      // "Dana Cole’s lawyer": the phrase is the owned noun, which ends it.
      let owned = index + 1;
      while (owned < ceiling && owned - index <= 3) {
        const word = tokens.wordAt(owned);
        if (!isLowerWord(word) || PHRASE_BREAKERS.has(word!.lower)) break;
        owned++;
      }
      if (owned > index + 1) last = owned - 1;
      break;
    }
    if (PHRASE_BREAKERS.has(candidate.lower) || DETERMINERS.has(candidate.lower) || BETWEEN_SPEAKER_AND_CUE.has(candidate.lower)) break;
    // A verb ends a description of two words or more ("A federal judge rejected …", but "a retired general").
    // After a name, one is enough ("Lee interrupted Park’s speech").
    const isVerbLike = /ed$/.test(candidate.lower) || cueBase(candidate.lower) !== undefined;
    // A word closing the phrase: none after it, or a mark, or the ceiling.
    const closesPhrase = !next || next.kind !== 'word' || index + 1 >= ceiling;
    // "said the annual safety report.": a noun such as "report" or "statement" closing a phrase opened by a
    // determiner is its head, though it can be a verb too.
    const closingNoun = DETERMINERS.has(token.lower) && !/ed$/.test(candidate.lower) && closesPhrase;
    if (isVerbLike && !closingNoun && (index - first >= 2 || isNameWord(tokens.word(index - 1)))) break;
    // Lowercase words belong to the phrase while it has no name yet ("the Russian analyst …", "a spokesman"),
    // or when a name follows them ("Russian newspaper Izvestia").
    // "the Ottawa-born defenceman," / "the Kentucky Republican senator.": after a determiner, the noun closing the
    // phrase is its head, the name before it only qualifies it.
    if (DETERMINERS.has(token.lower) && closesPhrase && !PHRASE_BREAKERS.has(candidate.lower)) {
      last = index;
      break;
    }
    // "Chinese foreign ministry spokeswoman Hua Chunying": lowercase role words after a name read on to the name
    // they lead to.
    if (hasNameWord(tokens, first, index) && !TITLES.has(candidate.lower) && !isNameWord(next) && !nameFollowsClosely(tokens, index, ceiling)) break;
    last = index;
  }
  if (last === first && DETERMINERS.has(token.lower)) return undefined;
  return { first, last };
}

/** Whether tokens first…last hold a name word that is no title ("Korolev", not "President"). */
function namesSomeone(tokens: TokenList, first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    const word = tokens.word(index);
    if (isNameWord(word) && !TITLES.has(word.lower)) return true;
  }
  return false;
}

/** Whether tokens first…last hold a lowercase word that is no determiner ("analyst"). */
function describesSomeone(tokens: TokenList, first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    const word = tokens.word(index);
    if (isLowerWord(word) && !DETERMINERS.has(word.lower)) return true;
  }
  return false;
}

/**
 * The part of a speaker phrase that names the speaker: the first "X" of "X of Y" that is a name
 * ("Alexander Korolev of the Higher School of Economics" → "Alexander Korolev"), the phrase itself otherwise.
 */
export function headOf(tokens: TokenList, span: TokenSpan): TokenSpan {
  let segmentFirst = span.first;
  for (let index = span.first; index <= span.last + 1; index++) {
    let lower = '';
    if (index <= span.last) {
      const token = tokens.word(index);
      lower = token.lower;
      const ends = token.kind === 'word' && (lower === 'of' || lower === 'at' || lower === 'from' || lower === 'for' || lower === 'with');
      if (!ends) continue;
    }
    // "Department of Social Services", "Bank of Canada": an organization noun with its "of" is one name.
    const before = tokens.wordAt(index - 1);
    if (index <= span.last && lower === 'of' && isNameWord(before) && ORGANIZATION_NOUNS.has(before!.lower) && isNameWord(tokens.wordAt(index + 1))) continue;
    const segment = { first: segmentFirst, last: index - 1 };
    if (segment.last >= segment.first && (namesSomeone(tokens, segment.first, segment.last) || describesSomeone(tokens, segment.first, segment.last) || index > span.last))
      return segment;
    segmentFirst = index + 1;
  }
  return span;
}

/** The name inside a speaker mention: titles and a leading determiner dropped ("Belarusian President Alexander Lukashenko" → "Alexander Lukashenko"). */
export function nameWords(tokens: TokenList, span: TokenSpan): TokenSpan {
  let first = span.first;
  // Drop everything up to the last title word when a name follows it.
  for (let index = span.last - 1; index >= span.first; index--) {
    const token = tokens.word(index);
    if (TITLES.has(token.lower) && !isPossessive(token)) {
      let named = true;
      for (let after = index + 1; after <= span.last && named; after++) {
        const word = tokens.word(after);
        named = isNameWord(word) || NAME_JOINERS.has(word.lower);
      }
      if (named) first = index + 1;
      break;
    }
  }
  while (first < span.last && tokens.kind(first) === 'word' && DETERMINERS.has(tokens.lower(first))) first++;
  // "the county’s Department of Social Services": the owner before a possessive only qualifies the name.
  let possessive = -1;
  for (let index = Math.max(first, 0); index < span.last && possessive < 0; index++) if (isPossessive(tokens.word(index))) possessive = index;
  if (possessive >= 0 && isNameWord(tokens.wordAt(possessive + 1))) first = possessive + 1;
  return { first, last: span.last };
}
