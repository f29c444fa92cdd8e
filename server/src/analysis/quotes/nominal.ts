// Speakers named by a description instead of a name: "the mayor", "the company", "the publication", "officials",
// "a source close to the talks". A definite description points back to one actor of the article (the one the
// text gave that role, or the organization of that kind it is about); an indefinite or plural one is a group or
// anonymous source, kept as the words of the text and marked unnamed.
import { DETERMINERS, ROLE_PLURALS, SMALL_CARDINALS } from './lexicon';
import type { TokenList } from '../tokenList';
import { byStart } from '../spanOrder';
import { escapedNoun, perNoun } from './nounExpressions';
import { isIndexedWord, isWordCharacter, LONG_WORD_STRETCH, WordPlaces } from './wordPlaces';

/** Organization nouns that name a news medium: they point to the outlet the article quotes from. */
export const MEDIA_NOUNS = new Set([
  'newspaper',
  'publication',
  'paper',
  'magazine',
  'outlet',
  'daily',
  'tabloid',
  'website',
  'channel',
  'station',
  'journal',
  'broadcaster',
  'network',
]);

/** Nouns that name an organization when they head a speaker description ("the company said"). */
export const ORGANIZATION_NOUNS = new Set([
  'company',
  'firm',
  'agency',
  'department',
  'ministry',
  'city',
  'town',
  'union',
  'team',
  'club',
  'government',
  'commission',
  'board',
  'council',
  'party',
  'group',
  'organization',
  'organisation',
  'association',
  'league',
  'university',
  'college',
  'school',
  'hospital',
  'police',
  'court',
  'bank',
  'airline',
  'railway',
  'railroad',
  'chain',
  'retailer',
  'province',
  'diocese',
  'church',
  'office',
  'committee',
  'administration',
  'institute',
  'foundation',
  'charity',
  'service',
  'authority',
  'regulator',
  'corporation',
  'business',
  'county',
  'municipality',
  'district',
  'embassy',
  'army',
  'military',
  'navy',
  'band',
  'studio',
  'store',
  'restaurant',
  'utility',
  'insurer',
  'lab',
  'laboratory',
  'centre',
  'center',
  'coalition',
  'alliance',
  'federation',
  'tribunal',
  'panel',
  'startup',
  'automaker',
  'carmaker',
  'manufacturer',
  'producer',
  'operator',
  'developer',
  'giant',
  'brand',
  'label',
  'ministry',
  'cabinet',
  'senate',
  'house',
  'legislature',
  'parliament',
  'assembly',
  'campaign',
  'nonprofit',
  'non-profit',
  'program',
  'programme',
  'plant',
  'mine',
  'mill',
  'prison',
  'jail',
  'zoo',
  'museum',

  // news media (MEDIA_NOUNS) are organizations too
  ...MEDIA_NOUNS,
]);

/** Nouns of anonymous sources, which stay unnamed even after "the" ("the source said", "the person added"). */
export const ANONYMOUS_NOUNS = new Set([
  'source',
  'sources',
  'person',
  'people',
  'official',
  'officials',
  'insider',
  'insiders',
  'aide',
  'aides',
  'individual',
  'individuals',
  'witness',
  'witnesses',
  'observer',
  'observers',
]);

/** Determiners that introduce one of many: "a spokesman", "two officials", "some experts". */
const INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'some',
  'several',
  'many',
  'few',
  'other',
  'another',
  ...SMALL_CARDINALS,
  'dozens',
  'most',
  'all',
  'both',
  'each',
  'every',
  'no',
  'more',
]);

export type NominalKind = 'organization' | 'person' | 'unnamed' | 'document';

/** Nouns of documents that "say" things ("the report said", "the lawsuit alleges"): their words name the source. */
export const DOCUMENT_NOUNS = new Set([
  'report',
  'suit',
  'lawsuit',
  'complaint',
  'document',
  'documents',
  'statement',
  'release',
  'letter',
  'study',
  'survey',
  'poll',
  'decision',
  'ruling',
  'claim',
  'filing',
  'affidavit',
  'indictment',
  'memo',
  'email',
  'notice',
  'website',
  'post',
  'tweet',
  'analysis',
  'audit',
  'review',
  'data',
  'figures',
  'records',
  'research',
  'paper',
]);

export interface Nominal {
  kind: NominalKind;
  /** The head noun, lowercase ("mayor", "company"). */
  noun: string;
  media: boolean;
}

/**
 * What a description names: an organization of the article, a person of the article, or a group or anonymous
 * source. `tokens` are the description's words (its head phrase).
 */
export function readNominal(tokens: TokenList): Nominal {
  let first: string | undefined;
  let last = '';
  let possessiveOwner = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens.word(index);
    if (token.kind === 'word') {
      first ??= token.lower;
      last = token.lower;
    }
    if (token.lower === '’s' || token.lower === "'s") possessiveOwner = true;
  }
  first ??= '';
  const noun = last;
  const plural = ROLE_PLURALS.has(noun) || (/[^s]s$/.test(noun) && !ORGANIZATION_NOUNS.has(noun));
  const definite = first === 'the' || first === 'this' || first === 'that' || first === 'its' || first === 'their';
  if (!definite && (INDEFINITE.has(first) || !DETERMINERS.has(first) || possessiveOwner)) {
    // "a spokesman", "officials", "Trump's lawyer" (owned, but not named: the words say who)
    return { kind: 'unnamed', noun, media: false };
  }
  if (ORGANIZATION_NOUNS.has(noun)) return { kind: 'organization', noun, media: MEDIA_NOUNS.has(noun) };
  if (DOCUMENT_NOUNS.has(noun)) return { kind: 'document', noun, media: false };
  if (plural || ANONYMOUS_NOUNS.has(noun)) return { kind: 'unnamed', noun, media: false };
  return { kind: 'person', noun, media: false };
}

/** A regular expression source matching `noun` with either case of its first letter. */
function nounPattern(noun: string): string {
  const escaped = escapedNoun(noun);
  return `[${escaped[0].toUpperCase()}${escaped[0]}]${escaped.slice(1)}`;
}

const NAME = String.raw`\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)(?:\s+\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)){0,3}`;

interface RolePatterns {
  /** The noun's two spellings (first letter either case), searched with indexOf: far quicker than a regex scan. */
  spellings: string[];
  appositionTail: RegExp;
  /** appositionTail tried at one comma (sticky), for tailCommas(). */
  appositionTailAt: RegExp;
  apposition: RegExp;
  /** apposition tried at one place (sticky), for appositions(). */
  appositionAt: RegExp;
}

// Compiled once per noun (nounExpressions.ts).
const patternsOf = perNoun((noun): RolePatterns => {
  const appositionTail = String.raw`,\s+(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,4}?${nounPattern(noun)}\b`;
  const capitalized = noun[0].toUpperCase() + noun.slice(1);
  const lower = noun[0].toLowerCase() + noun.slice(1);
  return {
    spellings: capitalized === lower ? [lower] : [capitalized, lower],
    appositionTail: new RegExp(appositionTail, 'u'),
    appositionTailAt: new RegExp(appositionTail, 'uy'),
    apposition: new RegExp(String.raw`(${NAME})${appositionTail}`, 'gu'),
    appositionAt: new RegExp(String.raw`(${NAME})${appositionTail}`, 'uy'),
  };
});

// The name after a role noun ("Mayor| Jane Roe"), tried where the noun ends: one expression for every noun.
const NAME_AFTER_NOUN = new RegExp(String.raw`\s+(${NAME})`, 'uy');

/**
 * The commas where patterns.appositionTail matches, in text order; undefined where the whole expression must be asked.
 * A tail ends with the noun (one of `places`, where its spellings are written) and holds nothing but letters,
 * apostrophes, hyphens and white space between its comma and the noun, so its comma is the first other character
 * before the noun: only those commas are tried. (A scan of the whole text for a comma followed by a determiner ran
 * once per role noun and document.)
 */
function tailCommas(text: string, noun: string, patterns: RolePatterns, places: readonly number[]): number[] | undefined {
  if (noun.charCodeAt(0) >= 0x80) return undefined; // (a first letter whose case may change its length)
  const tail = patterns.appositionTailAt;
  const commas: number[] = [];
  let tried = -1;
  for (const place of places) {
    let at = place - 1;
    while (at >= 0 && place - at <= MAX_TAIL_SCAN && mayBeInTail(text.charCodeAt(at))) at--;
    if (at >= 0 && place - at > MAX_TAIL_SCAN) return undefined;
    if (at < 0 || at <= tried || text.charCodeAt(at) !== COMMA) continue;
    tried = at;
    tail.lastIndex = at;
    if (tail.test(text)) commas.push(at);
  }
  return commas;
}

/**
 * The matches of patterns.apposition (a name, then its tail) as a scan of the whole text finds them, given the commas
 * where a tail matches (tailCommas): a name holds no comma, so a match's name ends at the first comma after its start,
 * one of those; and it holds only letters, marks, apostrophes, hyphens, periods and white space, so it starts in the
 * stretch of such characters before that comma, at a capital. Those places are tried in text order from the end of
 * the last match (`at`: the expression made sticky).
 */
function appositions(text: string, at: RegExp, commas: readonly number[], found: { start: number; end: number }[]): void {
  let matchedTo = 0;
  for (const comma of commas) {
    if (comma < matchedTo) continue;
    let from = comma;
    while (from > matchedTo && comma - from < MAX_TAIL_SCAN && mayBeInName(text.charCodeAt(from - 1))) from--;
    if (from > matchedTo && comma - from >= MAX_TAIL_SCAN) from = matchedTo; // (a long stretch: every place is tried)
    for (let place = from; place < comma; place++) {
      const code = text.charCodeAt(place);
      if (code < 0x80 && (code < 0x41 || code > 0x5a)) continue; // an ASCII character but a capital starts no name
      at.lastIndex = place;
      const match = at.exec(text);
      if (match === null) continue;
      found.push({ start: place, end: place + match[1].length });
      matchedTo = at.lastIndex;
      break;
    }
  }
}

/** Whether a character may stand in an apposition's name: what mayBeInTail() accepts, or a period. */
function mayBeInName(code: number): boolean {
  return mayBeInTail(code) || code === 0x2e;
}

const COMMA = 0x2c;
/** Past this many characters back from a noun or a comma, the whole expression is asked (or every place tried). */
const MAX_TAIL_SCAN = LONG_WORD_STRETCH;

/**
 * Whether a character may stand between an apposition tail's comma and its noun: an ASCII letter, an apostrophe,
 * a hyphen or ASCII white space, or any other than ASCII (more than the expression allows: the scan only looks for
 * the comma, which none of these is).
 */
function mayBeInTail(code: number): boolean {
  if (code >= 0x80) return true;
  const letter = code | 0x20;
  return (letter >= 0x61 && letter <= 0x7a) || code === 0x27 || code === 0x2d || code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Where `spellings` are written in the text, in text order. */
function placesOf(text: string, spellings: readonly string[]): number[] {
  const places: number[] = [];
  for (const spelling of spellings) for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) places.push(at);
  return spellings.length > 1 ? places.sort(ascending) : places;
}

/** For sorting numbers in ascending order. */
function ascending(a: number, b: number): number {
  return a - b;
}

/** How many role nouns of a text are looked for by a scan of the whole text each before its words are indexed. */
const SCANS_BEFORE_INDEX = 4;

/**
 * Where the role nouns of one text are written, for namesWithRole(): the first few looked for by a scan of the whole
 * text each (placesOf), the others in an index of the text's words (wordPlaces.ts), built once: a scan per noun
 * made the work grow with the article times the nouns its speakers are described by. After an edit the index is the
 * previous analysis's, moved past the edit (WordPlaces.of), and read from the first noun.
 *
 * The index holds a noun's places as a whole word only (no letter, digit or "_" before or after it); namesWithRole()
 * finds the same names from those: a name after the noun needs white space after it and no such character before;
 * an apposition's tail ends with the noun as a whole word after white space, and its comma is found from that place.
 * Its other places only decide whether tailCommas() leaves the text to the whole expression (a stretch of
 * MAX_TAIL_SCAN characters without a comma): a text holding such a stretch is never indexed.
 */
export class RoleNounPlaces {
  private asked = 0;
  /** The index, once built; null: the text is not indexed. */
  private words?: WordPlaces | null;

  constructor(private readonly text: string) {}

  /** The places namesWithRole() tries for `noun` (its `spellings`), in text order; undefined: scan the text. */
  placesOf(noun: string, spellings: readonly string[]): number[] | undefined {
    if (this.words === undefined) {
      // (an index kept from the analysis before, moved past an edit, is used at once)
      if (++this.asked <= SCANS_BEFORE_INDEX && !WordPlaces.keptFor(this.text)) return undefined;
      const words = WordPlaces.of(this.text);
      // (a stretch of mayBeInTail() characters as long as MAX_TAIL_SCAN: WordPlaces counts the same characters)
      this.words = words.hasLongWordStretch ? null : words;
    }
    if (this.words === null) return undefined;
    if (isIndexedWord(noun)) return this.words.placesOf(spellings);
    // A noun of several words ("ex-wife", "vice-mayor"): where its first word stands whole (the hyphen or space after
    // it in the noun stands there too), those places where one of its spellings is written. A scan also finds it inside
    // a longer word ("Rex-wife"), a place namesWithRole() passes over as it does the index's others (see above).
    let head = 0;
    while (head < noun.length && isWordCharacter(noun.charCodeAt(head))) head++;
    if (head === 0 || !isIndexedWord(noun.slice(0, head))) return undefined;
    const places = this.words.placesOf(spellings.map((spelling) => spelling.slice(0, head)));
    return places.filter((place) => spellings.some((spelling) => this.text.startsWith(spelling, place)));
  }
}

/**
 * Where the text gives a role to a name: "Mayor Jane Roe", "coach Lee Park", "Jane Roe, the city's mayor,".
 * Returns the start and end of each name so written, in text order. `rolePlaces`: where the text's role nouns are
 * written, for a caller looking for many nouns in one text (the same names found).
 */
export function namesWithRole(text: string, noun: string, rolePlaces?: RoleNounPlaces): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const patterns = patternsOf(noun);
  // The matches of a global scan for /\b[Nn]oun\s+(NAME)/u: tried where the noun is written, never inside a match.
  const wordStart = isWordCharacter(noun.charCodeAt(0));
  let matchedTo = 0;
  const places = rolePlaces?.placesOf(noun, patterns.spellings) ?? placesOf(text, patterns.spellings);
  for (const place of places) {
    if (place < matchedTo || (place > 0 && isWordCharacter(text.charCodeAt(place - 1))) === wordStart) continue;
    NAME_AFTER_NOUN.lastIndex = place + noun.length;
    const match = NAME_AFTER_NOUN.exec(text);
    if (!match) continue;
    const start = NAME_AFTER_NOUN.lastIndex - match[1].length;
    found.push({ start, end: NAME_AFTER_NOUN.lastIndex });
    matchedTo = NAME_AFTER_NOUN.lastIndex;
  }
  // The apposition's tail (", the city's mayor") is looked for first (where the noun is written at all): it starts at a
  // comma, and the names are tried only before the commas where a tail matches (the whole expression tried a name at
  // every capital letter of the text). No tail, no apposition.
  const commas = places.length > 0 ? tailCommas(text, noun, patterns, places) : [];
  if (commas === undefined) {
    // (a case tailCommas() leaves to the whole expression)
    if (patterns.appositionTail.test(text)) {
      patterns.apposition.lastIndex = 0;
      for (const match of text.matchAll(patterns.apposition)) found.push({ start: match.index!, end: match.index! + match[1].length });
    }
  } else if (commas.length > 0) appositions(text, patterns.appositionAt, commas, found);
  return found.sort(byStart);
}
