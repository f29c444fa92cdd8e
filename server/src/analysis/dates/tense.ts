// Tense of the clause around a date expression: news resolves "on Tuesday" to the past Tuesday after "said"
// and to the coming one after "will meet". We read the nearest verbal cue in the same sentence.

import type { SentenceSpan } from '../sentences';
import type { TokenList } from '../tokenList';
import { NORM_HAS_LETTER, type Word } from '../tokens';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_CUES =
  /^(?:will|shall|'ll|won't|wo|gonna|upcoming|forthcoming|scheduled|planned|plans?|planning|expected|expects?|intends?|aims?|hopes?|would|could|may|might|should|must|slated|tomorrow|prepares?|preparing)$/i;
// Words that point to the future only before "to"/"for": "set to meet", "due to arrive", "going to", "until".
const FUTURE_BEFORE_TO = /^(?:set|due|going|about)$/i;
// Cues that are weaker signals of the future than an auxiliary ("would" in reported speech, modal verbs).
const WEAK_FUTURE = new Set(['could', 'may', 'might', 'should', 'must', 'hopes', 'hope', 'aims', 'aim', 'prepares', 'preparing']);
const PAST_CUES = /^(?:was|were|had|did|been|ago|last|yesterday|earlier|previously|former|formerly|since)$/i;
const PRESENT_CUES = /^(?:is|are|am|says|does|do|has|have|remains|continues|now|currently|today)$/i;
// Irregular past forms frequent in news (regular ones end in -ed).
const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'met',
  'held',
  'took',
  'made',
  'came',
  'went',
  'saw',
  'began',
  'gave',
  'left',
  'won',
  'lost',
  'got',
  'put',
  'ran',
  'sent',
  'spent',
  'sold',
  'bought',
  'brought',
  'built',
  'fell',
  'rose',
  'felt',
  'found',
  'knew',
  'led',
  'paid',
  'struck',
  'shot',
  'hit',
  'became',
  'thought',
  'wrote',
  'spoke',
  'broke',
  'chose',
  'drew',
  'flew',
  'grew',
  'threw',
  'wore',
  'stood',
  'understood',
  'kept',
  'heard',
  'meant',
  'stole',
  'fought',
  'caught',
  'taught',
  'sought',
  'forecast',
  'quit',
  'slid',
  'sank',
  'swore',
  'withdrew',
  'overtook',
  'undertook',
  'arose',
  'beat',
  'bit',
  'hid',
]);
// Words in -ed that are not past verbs.
const NOT_PAST_ED = new Set([
  'need',
  'speed',
  'seed',
  'feed',
  'bed',
  'red',
  'shed',
  'indeed',
  'hundred',
  'united',
  'limited',
  'based',
  'related',
  'planned',
  'scheduled',
  'expected',
  'alleged',
  'so-called',
  'armed',
  'advanced',
  'combined',
  'detailed',
  'concerned',
  'interested',
  'experienced',
  'qualified',
  'skilled',
  'talented',
]);

const PAST_EED = /(?:agreed|freed|decreed|guaranteed|refereed|emceed)$/;

// Words after "to" that show it is a preposition, not an infinitive marker.
const NOT_A_VERB =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|all|each|every|no|one|two|three|four|five|six|seven|eight|nine|ten|him|them|us|me|it|date|power|court|office|prison|jail|school|work|war|market|light|death|life|about|around|more|less|be)$/i;
const BE_PRESENT = /^(?:is|are|am)$/i;

interface Cue {
  tense: Tense;
  weight: number;
  distance: number;
}

/** A cue without its distance (cueOf's answers are shared objects: read, never changed). */
type WordCue = { readonly tense: Tense; readonly weight: number };

/** The cue of a word (its facts), read with the next word's flags (0 for none). */
function cueOf(word: WordFacts, nextFlags: number): WordCue | undefined {
  const known = word.cue;
  if (known === BEFORE_TO) return (nextFlags & TO_OR_FOR) !== 0 ? FIRM_FUTURE : undefined;
  // An infinitive ("agreed to acquire … in January", "plans to double … by August") speaks of what comes after.
  if (known === INFINITIVE) return (nextFlags & VERB_AFTER_TO) !== 0 ? INFINITIVE_FUTURE : undefined;
  return known === NO_CUE ? undefined : known;
}

// What cueOf() reads from a word alone: a cue, none, or a word whose cue depends on the next word.
const BEFORE_TO: WordCue = { tense: 'future', weight: -1 };
const INFINITIVE: WordCue = { tense: 'future', weight: -1 };
const NO_CUE: WordCue = { tense: 'present', weight: -1 };
const FIRM_FUTURE: WordCue = { tense: 'future', weight: 1 };
const INFINITIVE_FUTURE: WordCue = { tense: 'future', weight: 0.9 };

// What the tense rules test of a word alone (flags of WordFacts).
/** A form of "be" (BE_FORM). */
const BE = 1;
/** FUTURE_CUES. */
const FUTURE_CUE = 2;
/** Ends in "-ed" or "-en", or an irregular past: a participle after "be". */
const PARTICIPLE_FORM = 4;
/** Ends in "-ed". */
const ENDS_ED = 8;
/** "un…ed" ("unexpected"). */
const UN_ED = 16;
/** DETERMINER. */
const DETERMINER_WORD = 32;
/** "to" or "for" (after "set", "due"). */
const TO_OR_FOR = 64;
/** A lower-case word that can be a verb after "to" (not NOT_A_VERB). */
const VERB_AFTER_TO = 128;
/** BE_PRESENT. */
const BE_PRESENT_WORD = 256;
/** "to" in any case. */
const TO = 512;
/** "was", "were", "had". */
const PAST_AUXILIARY = 1024;

/** What the rules read from a word alone. */
export interface WordFacts {
  cue: WordCue;
  flags: number;
}

// Read once per written word, kept on its record (tokens.ts Word): the regular expressions and the lower-casing ran
// for every word of every window around every date.
function factsOf(word: Word): WordFacts {
  return (word.tenseFacts ??= readFacts(word.text));
}

function readFacts(word: string): WordFacts {
  const lower = word.toLowerCase();
  const cue = FUTURE_BEFORE_TO.test(lower) ? BEFORE_TO : lower === 'to' ? INFINITIVE : (wordCue(lower) ?? NO_CUE);
  let flags = 0;
  if (BE_FORM.test(word)) flags |= BE;
  if (FUTURE_CUES.test(word)) flags |= FUTURE_CUE;
  if (/(?:ed|en)$/i.test(word) || IRREGULAR_PAST.has(lower)) flags |= PARTICIPLE_FORM;
  if (/ed$/i.test(word)) flags |= ENDS_ED;
  if (/^un[a-z]{3,}ed$/i.test(word)) flags |= UN_ED;
  if (DETERMINER.test(word)) flags |= DETERMINER_WORD;
  if (/^(?:to|for)$/i.test(word)) flags |= TO_OR_FOR;
  if (/^[a-z]+$/.test(word) && !NOT_A_VERB.test(word)) flags |= VERB_AFTER_TO;
  if (BE_PRESENT.test(word)) flags |= BE_PRESENT_WORD;
  if (lower === 'to') flags |= TO;
  if (/^(?:was|were|had)$/i.test(word)) flags |= PAST_AUXILIARY;
  return { cue, flags };
}

/** The facts of no word (past either end of a list of words). */
const NO_FACTS: WordFacts = { cue: NO_CUE, flags: 0 };

/** The flags of a word, 0 for none (past either end of a list of words). */
function flagsOf(word: Word | undefined): number {
  return word === undefined ? 0 : factsOf(word).flags;
}

/** The cue a lower-case word gives by itself (not "to" nor a word like "plans" read with the next word). */
function wordCue(lower: string): WordCue | undefined {
  if (FUTURE_CUES.test(lower)) return { tense: 'future', weight: WEAK_FUTURE.has(lower) ? 0.5 : 1 };
  if (PAST_CUES.test(lower)) return { tense: 'past', weight: 1 };
  if (IRREGULAR_PAST.has(lower)) return { tense: 'past', weight: 1 };
  // "-eed" is mostly a stem ("succeed", "proceed", "exceed"), past only in "agreed", "freed" and the like
  if (/eed$/.test(lower) && !PAST_EED.test(lower)) return undefined;
  if (/^[a-z]{3,}ed$/.test(lower) && !NOT_PAST_ED.has(lower)) return { tense: 'past', weight: 0.8 };
  if (PRESENT_CUES.test(lower)) return { tense: 'present', weight: 0.6 };
  return undefined;
}

const CUE_WINDOW = 160;
/** Cues count from this many words before the expression, and after it. */
const MAX_CUE_DISTANCE_BEFORE = 14;
const MAX_CUE_DISTANCE_AFTER = 10;
const BE_FORM = /^(?:be|been|being|is|are|am|was|were)$/i;
const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|still)$/i;
const CLAUSE_BOUNDARY = /(?:[;:]|,\s+(?:but|while|although|though|whereas)\b|\bbut\b)/g;
const CLAUSE_MARKS = [';', ':', 'but', 'while', 'though', 'whereas'];

/**
 * The words of the sentence's tokens lying wholly inside text[from, to): the document's tokens that hold a letter
 * ("said", "n't", "'s"; numbers and marks are no words here).
 */
function wordsOf(tokens: TokenList, from: number, to: number, into: WordList): WordList {
  // The window is short and the sentence may be long: start at the window's first token.
  for (let index = tokens.firstFrom(from); index < tokens.length; index++) {
    if (tokens.end(index) > to) break;
    const word = tokens.word(index);
    if (word.kind === 'word' && (word.normFlags & NORM_HAS_LETTER) !== 0) into.words[into.length++] = word;
  }
  return into;
}

/**
 * Words read by tenseAt(): `words[0, length)`. tenseAt() is synchronous and its lists are read before it returns,
 * so each list is one array kept for every call (emptied, not made again: the lists were most of its garbage).
 */
class WordList {
  readonly words: Word[] = [];
  length = 0;

  /** Emptied, to be filled by wordsOf(). */
  empty(): WordList {
    this.length = 0;
    return this;
  }

  /** The word at `index`, undefined past the end. */
  at(index: number): Word | undefined {
    return index >= 0 && index < this.length ? this.words[index] : undefined;
  }
}

const QUOTED_WORDS = new WordList();
const WORDS_BEFORE = new WordList();
const WORDS_AFTER = new WordList();
const CLAUSE_WORDS = new WordList();

// Straight marks ('' in wire copy, ") open before a word and close after one.
const OPENING_QUOTE = /“|``|(?<![\w.,!?;:'’)])(?:''|")(?=[\w‘])/g;
const CLOSING_QUOTE = /”|(?<=[\w.,!?;:’)])(?:''|")/g;

function lastMatchEnd(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index + match[0].length;
  return last;
}

/** The inside of the quotation holding [start, end), when both its marks lie within the window. */
function quotationAround(text: string, before: string, windowStart: number, end: number, windowEnd: number): SentenceSpan | undefined {
  if (!hasQuoteMark(before)) return undefined; // what OPENING_QUOTE needs (most windows have none)
  const opened = lastMatchEnd(OPENING_QUOTE, before);
  if (opened < 0 || (hasClosingMark(before) && lastMatchEnd(CLOSING_QUOTE, before) >= opened)) return undefined;
  const after = text.slice(end, windowEnd);
  CLOSING_QUOTE.lastIndex = 0;
  const closing = hasClosingMark(after) ? CLOSING_QUOTE.exec(after) : null;
  if (!closing) return undefined;
  OPENING_QUOTE.lastIndex = 0;
  const reopened = OPENING_QUOTE.exec(after);
  if (reopened && reopened.index < closing.index) return undefined;
  return { start: windowStart + opened, end: end + closing.index };
}

/** True when text holds a mark OPENING_QUOTE starts with: “, ``, '' or a straight double quote (not a lone apostrophe, as in "'s"). */
function hasQuoteMark(text: string): boolean {
  return text.includes('"') || text.includes('“') || text.includes("''") || text.includes('``');
}

/** True when text holds a mark CLOSING_QUOTE matches: ”, '' or a straight double quote (the scan is skipped without one). */
function hasClosingMark(text: string): boolean {
  return text.includes('"') || text.includes('”') || text.includes("''");
}

function hasCue(list: WordList): boolean {
  for (let index = 0; index < list.length; index++) if (cueOf(factsOf(list.words[index]), flagsOf(list.at(index + 1))) !== undefined) return true;
  return false;
}

/** Where the last clause before the expression starts in `text` (0 when the sentence has one clause). */
function lastClauseBoundary(text: string): number {
  let boundary = 0;
  // What CLAUSE_BOUNDARY needs (the words as written, lower case): most windows have none of them.
  if (!CLAUSE_MARKS.some((mark) => text.includes(mark))) return boundary;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let match = CLAUSE_BOUNDARY.exec(text); match; match = CLAUSE_BOUNDARY.exec(text)) boundary = match.index + match[0].length;
  return boundary;
}

/** A participle after a form of "be" ("could be adopted", "is heard") takes its tense from the auxiliary. */
// (both read a word's flags and the previous word's, 0 for none: each word is looked up once per window)
function isParticipleAfterBe(flags: number, previousFlags: number): boolean {
  if ((previousFlags & BE) === 0) return false;
  if ((flags & FUTURE_CUE) !== 0) return false; // "is scheduled to" looks ahead
  return (flags & PARTICIPLE_FORM) !== 0;
}

/** "-ed" words that describe a noun ("a still unspecified date", "an unexpected loss") are not verbs. */
function isAdjectivalParticiple(flags: number, previousFlags: number): boolean {
  if ((flags & ENDS_ED) === 0) return false;
  return (flags & UN_ED) !== 0 || (previousFlags & DETERMINER_WORD) !== 0;
}

/** Tense cues among the words of `text` (which ends where the expression starts), nearest first. */
/** A cue read before the expression (whole distances; those after it are at a half). */
function isBeforeCue(cue: Cue): boolean {
  return Number.isInteger(cue.distance);
}

function cuesBefore(list: WordList, options: { strongOnly?: boolean }): Cue[] {
  const cues: Cue[] = [];
  const words = list.words;
  // The words from the nearest back: before[index] is words[last - index] (no reversed copy).
  const last = list.length - 1;
  // Only the 14 nearest words can give a cue (the others were read and dropped).
  const nearest = Math.min(list.length, MAX_CUE_DISTANCE_BEFORE);
  // The facts of the word read, and the flags of the words either side of it (0 past the ends), each looked up once.
  let facts = nearest > 0 ? factsOf(words[last]) : NO_FACTS;
  let nextFlags = 0;
  for (let index = 0; index < nearest; index++) {
    const previousFacts = last - index - 1 >= 0 ? factsOf(words[last - index - 1]) : NO_FACTS;
    const flags = facts.flags;
    const previousFlags = previousFacts.flags;
    const wordFacts = facts;
    const wordNextFlags = nextFlags;
    facts = previousFacts;
    nextFlags = flags;
    if (isParticipleAfterBe(flags, previousFlags)) continue;
    if (isAdjectivalParticiple(flags, previousFlags)) continue;
    let cue = cueOf(wordFacts, wordNextFlags);
    // "is to resume", "are to meet": be + infinitive states an arrangement, as firm as "will"
    const isTo = (flags & TO) !== 0;
    if (cue && isTo && (previousFlags & BE_PRESENT_WORD) !== 0) cue = FIRM_FUTURE;
    if (cue && isTo && index >= 6) continue;
    if (cue && options.strongOnly && cue.weight < 1 && cue.tense === 'future') continue;
    if (cue) cues.push({ tense: cue.tense, weight: cue.weight, distance: index + 1 });
  }
  return cues;
}

/**
 * The tense of the clause holding [start, end) in its sentence: the strongest nearby cue, words before the
 * expression counting a little more than words after it (news puts the verb first: "said on Tuesday").
 */
export function tenseAt(text: string, tokens: TokenList, start: number, end: number, options: { strongOnly?: boolean } = {}): Tense | undefined {
  if (tokens.length === 0) return undefined;
  const sentence: SentenceSpan = { start: tokens.start(0), end: tokens.end(tokens.length - 1) };
  // A deadline ("until Tuesday", "as soon as Tuesday", "ahead of the weekend") lies ahead of the moment spoken of.
  if (
    /\b(?:until|till|as soon as|as early as|ahead of)\s+(?:(?:about|around)\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 24), start)) &&
    !/^\s*(?:until|till)\b/i.test(text.slice(sentence.start, Math.min(start, sentence.start + 8)))
  )
    return 'future';
  // Only the words near the expression count, so a window is enough (and keeps long lines linear).
  let windowStart = Math.max(sentence.start, start - CUE_WINDOW);
  let windowEnd = Math.min(sentence.end, end + CUE_WINDOW);
  // Inside a quotation the speaker's own verbs tell the tense ("'He will leave Thursday,' Castro said"),
  // not the reporting verb outside it.
  // (the text before the expression in the window: read for a quotation around it, then for a clause boundary)
  let sentenceBefore = text.slice(windowStart, start);
  const quoted = quotationAround(text, sentenceBefore, windowStart, end, windowEnd);
  if (quoted && hasCue(wordsOf(tokens, end, quoted.end, wordsOf(tokens, quoted.start, start, QUOTED_WORDS.empty())))) {
    windowStart = quoted.start;
    windowEnd = quoted.end;
    sentenceBefore = text.slice(windowStart, start);
  }
  // The verb that governs a date stands in its own clause: "filed a suit to overturn it, but in March a
  // judge ruled" is told by "ruled", not by "to overturn". Words before the clause count only if it has none.
  const boundary = lastClauseBoundary(sentenceBefore);
  const wordsBefore = wordsOf(tokens, windowStart, start, WORDS_BEFORE.empty());
  const after = wordsOf(tokens, end, windowEnd, WORDS_AFTER.empty());
  const afterCues: Cue[] = [];
  // Only the 10 nearest words can give a cue (the others were read and dropped).
  const nearest = Math.min(after.length, MAX_CUE_DISTANCE_AFTER);
  // The facts of the word read, and the flags of the word before it (0 at the start), each looked up once.
  let previousFlags = 0;
  let facts = nearest > 0 ? factsOf(after.words[0]) : NO_FACTS;
  for (let index = 0; index < nearest; index++) {
    const wordFacts = facts;
    const flags = wordFacts.flags;
    const wordPreviousFlags = previousFlags;
    facts = index + 1 < after.length ? factsOf(after.words[index + 1]) : NO_FACTS;
    previousFlags = flags;
    if (isParticipleAfterBe(flags, wordPreviousFlags)) continue;
    if (isAdjectivalParticiple(flags, wordPreviousFlags)) continue;
    // an infinitive after the expression governs the words after it, not the date
    const cue = (flags & TO) !== 0 ? undefined : cueOf(wordFacts, facts.flags);
    if (cue && options.strongOnly && cue.weight < 1 && cue.tense === 'future') continue;
    if (cue) afterCues.push({ tense: cue.tense, weight: cue.weight, distance: index + 1.5 });
  }
  let cues = boundary > 0 ? cuesBefore(wordsOf(tokens, windowStart + boundary, start, CLAUSE_WORDS.empty()), options) : [];
  if (cues.length === 0 && (boundary === 0 || afterCues.length === 0)) cues = cuesBefore(wordsBefore, options);
  // A comma right after the expression closes its clause ("talks due to end by May, invited …"): the verbs
  // beyond it belong to another clause and count less when the expression's own clause has a verb.
  // (read only when there is something to halve)
  const halved = afterCues.length > 0 && cues.length > 0 && /^\s*,/.test(text.slice(end, end + 3));
  for (const cue of afterCues) cues.push(halved ? { ...cue, weight: cue.weight / 2 } : cue);
  if (cues.length === 0) return undefined;
  let best: Cue | undefined;
  let bestScore = 0;
  for (const cue of cues) {
    const score = cue.weight / cue.distance;
    if (score > bestScore) {
      best = cue;
      bestScore = score;
    }
  }
  if (best && best.tense === 'future' && Number.isInteger(best.distance)) {
    const beforeCues = cues.filter(isBeforeCue);
    const pastAuxiliary = beforeCues.find(
      (cue) =>
        cue.tense === 'past' &&
        cue.distance > best!.distance &&
        cue.distance <= best!.distance + 3 &&
        (flagsOf(wordsBefore.at(wordsBefore.length - cue.distance)) & PAST_AUXILIARY) !== 0,
    );
    if (pastAuxiliary) return 'past';
  }
  return best?.tense;
}
