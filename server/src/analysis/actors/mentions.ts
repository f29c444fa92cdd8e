// From the tagger's labels to clean name mentions: token ranges of one type, with stray punctuation, quotation
// marks, possessives and leading titles left outside, and nationality adjectives dropped.
import { isWordAbbreviation } from '../abbreviations';
import type { ActorType } from '../types';
import type { TokenList } from '../tokenList';
import type { Word } from '../tokens';
import { COMPANY_KIND_HEADS, INSTITUTION_HEADS, nameKey, wordKey, type Gazetteer } from './gazetteer';
import { namesPeople } from './peoples';
import type { SpanMentionsReuse } from './spanMentionsCache';
import type { Register } from './register';
import { isRoleWord } from './roles';
import { LABELS } from './tagger';
import { commonWords } from './wordClusters';
import { byStart } from '../spanOrder';

// Month, weekday and holiday names (and their abbreviations) are dates, never actors: "Moscow, Nov 28".
export const CALENDAR_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sunday|christmas|easter|ramadan|eid|diwali|hanukkah|thanksgiving|passover)\.?$/i;

const TIME_ZONE = /^(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|EET|EEST|BST|IST|JST|AEST|AEDT)$/;

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

export interface NameMention {
  type: ActorType;
  /** Token range [first, last] (inclusive) into the analyzed tokens. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name's words joined by single spaces, typography folded (the exact text is in the source at start/end). */
  text: string;
  /** The place a dateline names: typed by its position, not by the votes of the name's other mentions. */
  dateline?: true;
}

const TYPE_OF: Record<string, ActorType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

// Tokens that never begin or end a name.
const EDGE_JUNK = /^(?:[^\p{L}\p{N}]+|'s|'|the|a|an|of|and|for|at|in|on|to|by|from|with)$/iu;
const QUOTE = /^["']$/;
// Honorifics that precede a name without being part of it.
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rev|gen|lt|col|maj|capt|sgt|adm|sen|rep|gov|pres|st)\.?$/i;

// Verbs of speech: what stands before one is an actor, never a product or an event ("Airbus said", "Acme announced").
export const SPEECH_VERBS = new Set(['said', 'says', 'announced', 'announces', 'told', 'confirmed', 'denied', 'added', 'declined', 'stated']);

// Words after which a single capitalized word is a noun phrase of its own (an actor), not a modifier of a product.
const STANDS_ALONE_AFTER = new Set([
  'and',
  'or',
  'to',
  'for',
  'by',
  'with',
  'in',
  'on',
  'at',
  'of',
  'has',
  'had',
  'have',
  'is',
  'was',
  'will',
  'would',
  'say',
  'saying',
  'pushes',
  'plans',
  'hopes',
  'expects',
  'wants',
  // What companies do in business news ("Airbus unveiled plans", "Acme delivers its last plane"): a product does not.
  'unveiled',
  'unveils',
  'launched',
  'launches',
  'delivered',
  'delivers',
  'secured',
  'secures',
  'released',
  'releases',
  'introduced',
  'introduces',
  'negotiates',
  'signed',
  'signs',
  'agreed',
  'agrees',
  'acquired',
  'acquires',
  'bought',
  'buys',
  'sold',
  'sells',
  'sued',
  'sues',
  'hired',
  'hires',
  'reported',
  'reports',
  'posted',
  'posts',
]);

// Lower-case words that may open a name ("de Gaulle", "van Gogh", "al-Assad"); other lower-case words before a name
// are the sentence's ("the airport Acme built": "airport" is no part of the name).
const NAME_PARTICLES = new Set(['de', 'da', 'das', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ibn', 'ben']);

// What readMentions reads of each label, by its index in LABELS (the tagger's tags): read per token, where a
// label's string tests (startsWith, slice) were most of readMentions' own time.
const LABEL_READINGS = {
  outside: LABELS.map((label) => label === 'O'),
  begins: LABELS.map((label) => label.startsWith('B-')),
  inside: LABELS.map((label) => label.startsWith('I-')),
  type: LABELS.map((label) => label.slice(2)),
};

/** `register`: on the sports pages a team's name ending in a kind of place ("Ashford County", "Crawley Palace") stays the team. */
export function readMentions(
  tokens: TokenList,
  tags: ArrayLike<number>,
  names: Gazetteer,
  register: Register = 'news',
  reuse?: SpanMentionsReuse,
  openings: readonly number[] = untaggedOrganizationOpenings(tokens),
): NameMention[] {
  const mentions: NameMention[] = [];
  const misc: NameMention[] = [];
  const context: SpanContext = { tokens, names, register };
  // (a loop and a module-level step, no callbacks: a callback written here is a new closure per call, and its
  // optimized code went with every full garbage collection: bench/probes/recompile-probe.ts)
  let openFirst = -1;
  let openType = '';
  for (let index = 0; index <= tags.length; index++) {
    const tag = index < tags.length ? tags[index] : 0;
    // (most tokens: outside any name, with none open)
    if (tag === 0 && openFirst < 0) continue;
    const outside = LABEL_READINGS.outside[tag];
    // A name never runs over a line break (a headline's last name into the dateline's first).
    const begins = LABEL_READINGS.begins[tag] || (LABEL_READINGS.inside[tag] && tokens.lineStart(index));
    if ((outside || begins) && openFirst >= 0) {
      const into = openType === 'MISC' ? misc : mentions;
      if (reuse) reuse.pushMentions(openFirst, index - 1, openType, readSpan, context, into);
      else for (const mention of readSpan(context, openFirst, index - 1, openType)) into.push(mention);
      openFirst = -1;
    }
    if (begins) {
      openFirst = index;
      openType = LABEL_READINGS.type[tag];
    }
  }
  const found = misc.length ? mergeInOrder(mentions, actorsAmongMisc(tokens, misc, mentions, names)) : mentions;
  const untagged = organizationsLeftUntagged(tokens, tags, found, openings);
  return withoutTitlesBeforePeople(withGluedParticles(tokens, untagged.length ? mergeInOrder(found, untagged) : found), names);
}

/** What readSpan reads besides the span. */
interface SpanContext {
  tokens: TokenList;
  names: Gazetteer;
  register: Register;
}

function readSpan(context: SpanContext, first: number, last: number, label: string): NameMention[] {
  return spanMentions(context.tokens, first, last, label, context.names, context.register);
}

/**
 * The mentions the tagged span [first, last] of type `label` gives (MISC: the one it would be as an organization,
 * which actorsAmongMisc decides on). Reads the tokens from first - 1 to last + 4 (spanMentionsCache.ts relies on it), their text and flags only.
 */
function spanMentions(tokens: TokenList, first: number, last: number, label: string, names: Gazetteer, register: Register): NameMention[] {
  if (label === 'MISC') {
    const mention = clean(tokens, first, last, 'ORG', names, register);
    return mention ? [mention] : [];
  }
  const type = label === 'ORG' && isPersonAfterCompany(tokens, first, last, names) ? 'PER' : label;
  if (last - first <= 1) {
    // Most spans: a word or two, which none of the splits below can split (each looks between first and last).
    const mention = clean(tokens, first, last, type, names, register);
    return mention ? [mention] : [];
  }
  const found: NameMention[] = [];
  // (nested loops, not flatMap: this runs for every name the tagger found, and flatMap's closures and
  // intermediate arrays were a hot spot of the profile)
  const bySuffix = splitAtCompanySuffix(tokens, first, last, type, names);
  for (let at = 0; at < bySuffix.length; at++) {
    const byTitle = splitAtOfficerTitle(tokens, bySuffix[at], names);
    for (let inner = 0; inner < byTitle.length; inner++) {
      const parts = splitAtAnd(tokens, byTitle[inner]);
      for (let index = 0; index < parts.length; index++) {
        const [partFirst, partLast, partType] = parts[index];
        const mention = clean(tokens, partFirst, partLast, partType, names, register);
        if (mention) found.push(mention);
      }
    }
  }
  return found;
}

/**
 * A title alone before a person's name ("Coach Pieter de Wit said", "Lieutenant-Colonel Max Berg") is the person's
 * role (roles.ts reads it), not an actor of its own, although the tagger sometimes reads a capitalized title as one.
 */
function withoutTitlesBeforePeople(mentions: NameMention[], names: Gazetteer): NameMention[] {
  const kept: NameMention[] = [];
  for (let index = 0; index < mentions.length; index++) if (!isTitleBeforePerson(mentions, index, names)) kept.push(mentions[index]);
  return kept;
}

function isTitleBeforePerson(mentions: readonly NameMention[], index: number, names: Gazetteer): boolean {
  const mention = mentions[index];
  const next = mentions[index + 1];
  if (next?.type !== 'person' || next.first !== mention.last + 1) return false;
  // (every word a title: "Lieutenant-Colonel", "Prime Minister", whatever type the tagger gave them)
  for (const word of mention.text.split(' ')) if (word !== '-' && !isTitleWord(word, names)) return false;
  return true;
}

/**
 * A one-word name the tagger left out where it opens a sentence or a headline ("Acme unveils new robot", where
 * "acme" is also a common word), that the rest of the document names as an organization ("Acme Robotics", "Acme"):
 * an organization when a verb of what organizations do follows it. One decision for the name from all its contexts.
 */
/**
 * The tokens that may be an organization the tagger left out (organizationsLeftUntagged): a word written "Acme"
 * opening a sentence, before a speech verb or a word such a name stands alone before, or before a token on a new line
 * or none (the next paragraph's first token, read with the document). Read from the tokens given alone, so a
 * paragraph's list holds wherever the paragraph moves (paragraphLocal.ts).
 */
export function untaggedOrganizationOpenings(tokens: TokenList): number[] {
  const openings: number[] = [];
  const count = tokens.length;
  for (let index = 0; index < count; index++) {
    if (!tokens.sentenceStart(index) || !CAPITALIZED_WORD.test(tokens.norm(index))) continue;
    const next = index + 1;
    if (next === count || tokens.lineStart(next)) {
      openings.push(index);
      continue;
    }
    const norm = tokens.norm(next);
    if (SPEECH_VERBS.has(norm) || STANDS_ALONE_AFTER.has(norm)) openings.push(index);
  }
  return openings;
}

const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

function organizationsLeftUntagged(tokens: TokenList, tags: ArrayLike<number>, mentions: readonly NameMention[], openings: readonly number[]): NameMention[] {
  // The openings that pass every test but the name's are few (most edits none): the organizations' first words are
  // keyed only when one does (keying every organization mention's first word was most of this step's time).
  let candidates: number[] | undefined;
  for (const index of openings) {
    const word = tokens.word(index);
    if (tags[index] !== 0 || !tokens.sentenceStart(index) || !CAPITALIZED_WORD.test(word.norm)) continue;
    const next = tokens.wordAt(index + 1)?.norm ?? '';
    if (!SPEECH_VERBS.has(next) && !STANDS_ALONE_AFTER.has(next)) continue;
    if (!/^\p{Ll}/u.test(next) || ['and', 'or', 'to', 'for', 'by', 'with', 'in', 'on', 'at', 'of'].includes(next)) continue;
    (candidates ??= []).push(index);
  }
  if (candidates === undefined) return [];
  const organizationWords = new Set<string>();
  for (const mention of mentions) if (mention.type === 'organization') organizationWords.add(nameKey(firstWord(mention.text)));
  const found: NameMention[] = [];
  for (const index of candidates) {
    const word = tokens.word(index);
    if (!organizationWords.has(wordKey(word))) continue;
    found.push({ type: 'organization', first: index, last: index, start: tokens.start(index), end: tokens.end(index), text: word.norm });
  }
  return found;
}

/** text.split(' ')[0], without the array and the other words. */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** Legal-form suffixes that end a company's name ("Acme Robotics Inc"). */
export const COMPANY_SUFFIXES = new Set(['llc', 'inc', 'corp', 'ltd', 'plc', 'co', 'gmbh', 'ag', 'sa', 'nv', 'llp']);

/**
 * An organization name that runs on after its legal-form suffix into a given name ("Chrysler LLC Jim Press") is
 * the company, then a person: a company's name ends at "LLC", "Inc", "Ltd".
 */
function splitAtCompanySuffix(tokens: TokenList, first: number, last: number, label: string, names: Gazetteer): [number, number, string][] {
  if (label !== 'ORG') return [[first, last, label]];
  for (let index = first + 1; index < last; index++) {
    if (!COMPANY_SUFFIXES.has(wordKey(tokens.word(index)))) continue;
    const next = wordKey(tokens.word(index + 1));
    if (COMPANY_SUFFIXES.has(next)) continue;
    if (index + 2 <= last && names.first.has(next) && /^\p{Lu}\p{Ll}/u.test(tokens.norm(index + 2)))
      return [
        [first, index, 'ORG'],
        [index + 1, last, 'PER'],
      ];
    // "… LLC. Chrysler said": the suffix's period ended the sentence.
    if (tokens.norm(index).endsWith('.')) return [[first, index, 'ORG'], ...splitAtCompanySuffix(tokens, index + 1, last, 'ORG', names)];
    // "Acme Motor Corp of South Korea": the company, then the place it is from.
    if (next === 'of' && index + 2 <= last && names.phrases.get(nameKey(joinedWords(tokens, index + 2, last))) === 'loc')
      return [
        [first, index, 'ORG'],
        [index + 2, last, 'LOC'],
      ];
  }
  return [[first, last, label]];
}

export function joinedWords(tokens: TokenList, first: number, last: number): string {
  let words = tokens.norm(first);
  for (let index = first + 1; index <= last; index++) words += ` ${tokens.norm(index)}`;
  return words;
}

/**
 * The same construction when the tagger ends the company at its suffix but types the person after it an
 * organization too ("Chrysler LLC" then "Jim Press"): a given name and a surname straight after a legal-form suffix,
 * with no word of an organization's name, are a person.
 */
function isPersonAfterCompany(tokens: TokenList, first: number, last: number, names: Gazetteer): boolean {
  if (first === 0 || last - first < 1 || last - first > 2) return false;
  if (!COMPANY_SUFFIXES.has(wordKey(tokens.word(first - 1)))) return false;
  if (!names.first.has(wordKey(tokens.word(first)))) return false;
  for (let index = first; index <= last; index++) {
    const word = wordKey(tokens.word(index));
    if (!/^\p{Lu}\p{Ll}/u.test(tokens.norm(index)) || INSTITUTION_HEADS.has(word) || COMPANY_SUFFIXES.has(word)) return false;
  }
  return true;
}

/**
 * Names the tagger read as "other" (products, events, nationalities) that the document shows to be organizations:
 * the subject of a verb of speech ("Boeing said"), or a name tagged an organization elsewhere in the document. One
 * decision for the name: every "other" mention of it becomes an organization, except where a model number follows
 * ("a Boeing 747" is a product).
 */
function actorsAmongMisc(tokens: TokenList, misc: readonly NameMention[], mentions: readonly NameMention[], names: Gazetteer): NameMention[] {
  // (loops, each key made once per mention: filter and map made arrays, and every "other" name was keyed twice)
  const organizations = new Set<string>();
  for (const mention of mentions) if (mention.type === 'organization') organizations.add(nameKey(mention.text));
  const acting = new Set<string>();
  const keys = new Array<string>(misc.length);
  for (let at = 0; at < misc.length; at++) {
    const mention = misc[at];
    const key = (keys[at] = nameKey(mention.text));
    // (key.replace(/s$/, '') only where the key ends in "s": elsewhere it is the key, already looked up)
    if (names.nationality.has(key) || (key.endsWith('s') && names.nationality.has(key.slice(0, -1)))) continue;
    const next = tokens.wordAt(mention.last + 1)?.normLower ?? '';
    const standsAlone =
      mention.first === mention.last && /^\p{Lu}\p{Ll}+$/u.test(mention.text) && (STANDS_ALONE_AFTER.has(next) || /^[,.;:)]$/.test(next)) && !namesPeople(mention.text, names);
    if (SPEECH_VERBS.has(next) || organizations.has(key) || standsAlone) acting.add(key);
  }
  if (acting.size === 0) return [];
  const found: NameMention[] = [];
  for (let at = 0; at < misc.length; at++) {
    const mention = misc[at];
    if (acting.has(keys[at]) && !/^[A-Z]?\d/.test(tokens.wordAt(mention.last + 1)?.norm ?? '')) found.push({ ...mention, type: 'organization' as const });
  }
  return found;
}

function mergeInOrder(a: NameMention[], b: NameMention[]): NameMention[] {
  return [...a, ...b].sort(byStart);
}

function clean(tokens: TokenList, first: number, last: number, label: string, names: Gazetteer, register: Register): NameMention | undefined {
  const type = TYPE_OF[label];
  if (!type) return undefined;
  while (first <= last && !isOwnThe(tokens, first, last, type) && (isLeadingJunk(tokens.norm(first)) || (type === 'person' && isTitleWord(tokens.norm(first), names)))) first++;
  // A name ends on a capitalized word or a number ("Russia", not "Russia sanctions"; "Airbus A380").
  // Nor on a weekday: "talks with Maria Lopez Monday" (American news writes the day bare after the name).
  while (last >= first && isTrailingJunk(tokens.norm(last), last > first)) last--;
  // "PARIS, March 3": a dateline's town, then its date, read as one name.
  while (last - 2 >= first && tokens.norm(last - 1) === ',' && CALENDAR_WORD.test(tokens.norm(last))) last -= 2;
  if (first > last) return undefined;
  if (type === 'person') last = hyphenatedNameEnd(tokens, last);
  if (type === 'organization') {
    last = withoutTrailingTitle(tokens, first, last);
    // "Chief Operating Officer of Acme Airways": the title is the role of a person, the organization follows "of".
    const titleEnd = titleBeforeOf(tokens, first, last);
    if (titleEnd !== undefined) first = tokens.norm(titleEnd + 1) === 'the' ? titleEnd + 2 : titleEnd + 1;
    if (first > last) return undefined;
  }
  // A single word in quotation marks is a title or a nickname (the "Echelon," exercises), not an actor.
  const before = tokens.wordAt(first - 1)?.norm ?? '';
  const after = tokens.wordAt(last + 1)?.norm ?? '';
  const quotedAlone = QUOTE.test(before) && (QUOTE.test(after) || (/^[,.]$/.test(after) && QUOTE.test(tokens.wordAt(last + 2)?.norm ?? '')));
  if (first === last && quotedAlone) return undefined;
  // (the words read in a loop into an array of their number, joined once: this runs for every span the tagger reads)
  const words = new Array<string>(last - first + 1);
  for (let index = first; index <= last; index++) words[index - first] = tokens.norm(index);
  if (!words.some(hasCapitalOrDigit)) return undefined;
  const text = words.join(' ');
  // (a name of one word: its key kept in its word's record, nameKey(norm), made once per distinct word)
  const key = first === last ? wordKey(tokens.word(first)) : nameKey(text);
  // Nationality adjectives ("Russian", "Soviet") name no actor, unless the word is also a place's name.
  if (first === last && names.nationality.has(key) && !names.phrases.has(key)) return undefined;
  if (words.every(isCalendarWord)) return undefined;
  // A time zone ("09:30 UTC", "1400 GMT") names no actor.
  if (first === last && TIME_ZONE.test(words[0])) return undefined;
  // "No. 1", "Mar. 3": a word read as an abbreviation because a number follows it names no actor.
  if (first === last && isWordAbbreviation(words[0])) return undefined;
  return { type: typeByHead(type, key, words, names, register), first, last, start: tokens.start(first), end: tokens.end(last), text };
}

/** Whether a name's last word `word` is no end of it (junk, a lower-case word; a weekday when not the name's only word). */
function isTrailingJunk(word: string, notOnly: boolean): boolean {
  return EDGE_JUNK.test(word) || /^\p{Ll}/u.test(word) || (notOnly && WEEKDAY.test(word));
}

function isCalendarWord(word: string): boolean {
  return CALENDAR_WORD.test(word);
}

function isLeadingJunk(word: string): boolean {
  return EDGE_JUNK.test(word) || (/^\p{Ll}+$/u.test(word) && !NAME_PARTICLES.has(word));
}

/** A capitalized "The" inside a sentence that the tagger read into the name is part of it ("at The Narrows"). */
function isOwnThe(tokens: TokenList, index: number, last: number, type: ActorType): boolean {
  return index < last && tokens.norm(index) === 'The' && !tokens.sentenceStart(index) && type !== 'person';
}

function hasCapitalOrDigit(word: string): boolean {
  return /^\p{Lu}|\d/u.test(word);
}

// Titles of a company's or an agency's officers, written after its name ("Acme CEO Jane Doe").
const OFFICER_TITLES = new Set([
  'ceo',
  'cfo',
  'coo',
  'chairman',
  'chairwoman',
  'president',
  'chief',
  'executive',
  'officer',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'founder',
  'co-founder',
  'governor',
  'secretary',
  'minister',
]);

/**
 * An organization's name read together with its officer's title and name ("Trellis Computer Chief Executive Officer
 * Omar Haddad"): the organization, then the title (the person's role, read by roles.ts), then the person, when a
 * given name follows the title.
 */
function splitAtOfficerTitle(tokens: TokenList, part: [number, number, string], names: Gazetteer): [number, number, string][] {
  const [first, last, label] = part;
  if (label !== 'ORG') return [part];
  for (let index = first + 1; index < last; index++) {
    const word = tokens.word(index);
    if (!OFFICER_TITLES.has(wordKey(word)) || !/^\p{Lu}/u.test(word.norm)) continue;
    let after = index;
    while (after < last && OFFICER_TITLES.has(wordKey(tokens.word(after)))) after++;
    if (after < last && names.first.has(wordKey(tokens.word(after))) && /^\p{Lu}\p{Ll}/u.test(tokens.norm(after + 1)))
      return [
        [first, index - 1, 'ORG'],
        [after, last, 'PER'],
      ];
    return [part];
  }
  return [part];
}

/** Words this frequent in English are common nouns that a name joins with "and" ("Trade and Ports"). */
const COMMON_WORD_RANK = 5000;

/**
 * Two organizations the tagger read as one across "and" ("Vorlek and Darnow", "The Ledger and The Courier", "Brightwell
 * Foundation and Norvale GmbH"): split where a new name begins after "and" ("The"), where the words before it end a
 * name (a kind of organization, a legal form), or where both words beside it are no common words. One name joins
 * common nouns ("Office for Trade and Ports", "Department of Roads and Public Works").
 */
function splitAtAnd(tokens: TokenList, part: [number, number, string]): [number, number, string][] {
  const [first, last, label] = part;
  if (label !== 'ORG') return [part];
  for (let index = first + 1; index < last; index++) {
    if (tokens.norm(index) !== 'and') continue;
    const before = tokens.norm(index - 1);
    const after = tokens.norm(index + 1);
    if (!/^\p{Lu}/u.test(before) || !/^\p{Lu}/u.test(after)) continue;
    const common = commonWords(COMMON_WORD_RANK);
    const endsName = INSTITUTION_HEADS.has(nameKey(before)) || COMPANY_SUFFIXES.has(nameKey(before));
    const bothRare = !common.has(before.toLowerCase()) && !common.has(after.toLowerCase());
    if (after === 'The' || endsName || bothRare) return [[first, index - 1, 'ORG'], ...splitAtAnd(tokens, [index + 1, last, 'ORG'])];
  }
  return [part];
}

const MAX_TITLE_WORDS = 6;

/**
 * The index of the "of" after an officer's title starting at `index` ("Chief Operating Officer of Acme Airways"),
 * when a kind of organization follows it: capitalized words, none naming a kind of organization, the last an
 * officer's title. Not a club's name like "Queen of the Harbour".
 */
export function titleBeforeOf(tokens: TokenList, index: number, last = tokens.length - 1): number | undefined {
  let at = index;
  // (a title is a few words of one line: the scan stops there, or a run of capitalized lines would make it quadratic)
  while (at < last && at - index < MAX_TITLE_WORDS && !(at > index && tokens.lineStart(at)) && isCapitalizedNonHead(tokens.word(at))) at++;
  if (at === index || tokens.norm(at) !== 'of' || !OFFICER_TITLES.has(wordKey(tokens.word(at - 1)))) return undefined;
  // The organization's own name: capitalized words (after an optional "the") with a word naming its kind.
  let cursor = tokens.wordAt(at + 1)?.norm === 'the' ? at + 2 : at + 1;
  for (; cursor <= last && cursor - at <= MAX_TITLE_WORDS && !tokens.lineStart(cursor); cursor++) {
    const word = tokens.word(cursor);
    if (!/^\p{Lu}/u.test(word.norm)) break;
    if (isInstitutionHead(word)) return at;
  }
  return undefined;
}

/** A word opening with a capital that names no kind of organization or legal form. */
function isCapitalizedNonHead(word: Word): boolean {
  return /^\p{Lu}/u.test(word.norm) && !isInstitutionHead(word);
}

function isInstitutionHead(word: Word): boolean {
  const key = wordKey(word);
  return INSTITUTION_HEADS.has(key) || COMPANY_SUFFIXES.has(key);
}

/**
 * An organization's name that runs on into the title of its officer ("Acme Robotics CEO", "Vantor Chief Executive"
 * before "Officer Jane Doe"): the name ends before the title, which is the role of the person who follows. Not in a
 * name joined by "of", "and" or "&", where a title may end the name ("Council of Ministers", "Office of the President").
 */
function withoutTrailingTitle(tokens: TokenList, first: number, last: number): number {
  let end = last;
  while (end > first && /^\p{Lu}/u.test(tokens.norm(end)) && OFFICER_TITLES.has(wordKey(tokens.word(end)))) end--;
  if (end === last) return last;
  for (let index = first; index <= end; index++) if (/^\p{Ll}|^&$/u.test(tokens.norm(index))) return last;
  return end;
}

// Articles glued by a hyphen to the next word of an Arabic name ("al-Qasr", "Karim al-Nour", "Wadi el-Nour").
const GLUED_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'abd', 'bou', 'ben']);

/** Whether tokens [at, at + 2] are a particle, a hyphen and a capitalized word, written as one word. */
function isGluedParticle(tokens: TokenList, at: number): boolean {
  return (
    at >= 0 &&
    at + 2 < tokens.length &&
    GLUED_PARTICLES.has(tokens.norm(at)) &&
    tokens.norm(at + 1) === '-' &&
    tokens.end(at) === tokens.start(at + 1) &&
    tokens.end(at + 1) === tokens.start(at + 2) &&
    /^\p{Lu}/u.test(tokens.norm(at + 2))
  );
}

/**
 * Names whose first or last word carries a hyphenated particle ("al-Qasr", "Wadi el-Nour"): the tagger never
 * starts a name on a small word, so it reads "Qasr" or "Wadi" alone; the name takes the particle's word whole,
 * unless another name already holds those words. `mentions` are in order and do not overlap.
 */
function withGluedParticles(tokens: TokenList, mentions: NameMention[]): NameMention[] {
  const glued: NameMention[] = [];
  for (let index = 0; index < mentions.length; index++) glued.push(withGluedParticle(tokens, mentions, index));
  return glued;
}

/** mentions[index] with the particles glued to its words (see withGluedParticles). */
function withGluedParticle(tokens: TokenList, mentions: readonly NameMention[], index: number): NameMention {
  const mention = mentions[index];
  let { first, last } = mention;
  const previousLast = index > 0 ? mentions[index - 1].last : -1;
  const nextFirst = index + 1 < mentions.length ? mentions[index + 1].first : tokens.length;
  if (first - 2 > previousLast && isGluedParticle(tokens, first - 2) && (first < 3 || tokens.end(first - 3) < tokens.start(first - 2))) first -= 2;
  while (last + 3 < nextFirst && isGluedParticle(tokens, last + 1) && tokens.end(last) < tokens.start(last + 1)) last += 3;
  if (first === mention.first && last === mention.last) return mention;
  return { ...mention, first, last, start: tokens.start(first), end: tokens.end(last), text: joinedWords(tokens, first, last) };
}

// Lower-case words that follow a name after a hyphen to make an adjective ("Moscow-led", "Putin-era"), not a name.
const HYPHEN_SUFFIXES = new Set([
  'led',
  'run',
  'era',
  'age',
  'born',
  'made',
  'wide',
  'like',
  'free',
  'type',
  'bloc',
  'camp',
  'side',
  'zone',
  'area',
  'held',
  'only',
  'day',
  'old',
  'new',
  'owned',
  'based',
  'style',
  'backed',
  'linked',
  'leaning',
  'friendly',
  'allied',
  'aligned',
]);

/**
 * A person's name whose last part is hyphenated with a small letter after the hyphen ("Lee Cheuk-yan", "Moon
 * Jae-in"): the tokenizer splits such a word at the hyphen; the name takes it whole.
 */
function hyphenatedNameEnd(tokens: TokenList, last: number): number {
  const hyphen = last + 1;
  const rest = last + 2;
  if (rest >= tokens.length || tokens.norm(hyphen) !== '-' || tokens.start(hyphen) !== tokens.end(last) || tokens.start(rest) !== tokens.end(hyphen)) return last;
  const word = tokens.norm(rest);
  if (!/^\p{Ll}{2,4}$/u.test(word) || HYPHEN_SUFFIXES.has(word) || /(?:ed|ing)$/.test(word)) return last;
  return last + 2;
}

// Last words that make a name a place ("Changi International Airport", "Trafalgar Square").
const PLACE_HEADS = new Set([
  'airport',
  'airfield',
  'harbour',
  'harbor',
  'port',
  'station',
  'square',
  'street',
  'avenue',
  'road',
  'bridge',
  'palace',
  'stadium',
  'park',
  'valley',
  'river',
  'lake',
  'mountains',
  'island',
  'islands',
  'ocean',
  'sea',
  'bay',
  'gulf',
  'strait',
  'province',
  'region',
  'county',
  'district',
  'peninsula',
  'desert',
  'canal',
  'coast',
]);

/**
 * The type a name's own words give it, over the tagger's guess from context: a country named alone is a place ("US" in
 * "EU & US"); a name ending in a kind of place is a place; a "person" ending in a kind of organization is one.
 */
function typeByHead(type: ActorType, key: string, words: readonly string[], names: Gazetteer, register: Register): ActorType {
  if (names.country.has(key)) return type === 'organization' ? 'place' : type;
  if (words.length < 2) return type;
  const head = words[words.length - 1].toLowerCase();
  if (PLACE_HEADS.has(head)) return register === 'sports' && type === 'organization' ? type : 'place';
  if (type === 'person' && (INSTITUTION_HEADS.has(head) || head === 'force')) return 'organization';
  // "Norland Eastern Airlines", "Norland Air Force": a place's name opens them, a company's or a force's ends them.
  if (type === 'place' && (COMPANY_KIND_HEADS.has(head) || COMPANY_SUFFIXES.has(nameKey(head)) || head === 'force')) return 'organization';
  return type;
}

/** A capitalized title or honorific that may stand before a person's name ("President", "Senator", "Dr."). */
export function isTitleWord(word: string, names: Gazetteer): boolean {
  return HONORIFIC.test(word) || (/^\p{Lu}/u.test(word) && isRoleWord(word, names));
}
