// Tells quoted names and titles (exercises "Interaction," and "Echelon", the operation "Channel", CNN's "State
// of the Union", scare quotes around a word or two) from quoted speech.
import type { Attribution } from './attribution';
import { TITLE_INTRODUCERS } from './lexicon';
import type { DocumentTokens } from '../documentTokens';
import { countWords, wordsWithin } from './words';

// Short words that stay lowercase inside a title ("State of the Union", "Keepin' It Real").
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs', 'de', 'la', 'du', 'is', 'as']);
// Verbs whose object is the hearer: `told "Fox and Friends"` names a programme.
const HEARER_FORMS = new Set(['told', 'tells', 'telling', 'tell']);
/** Most words between a speech verb and a short partial quote it introduces. */
const MAX_PARTIAL_QUOTE_DISTANCE = 12;
const PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'for', 'from', 'by', 'with', 'into', 'onto', 'about', 'like', 'than', 'and', 'or', 'as', 'via']);

export interface QuotedText {
  /** The quotation, marks included. */
  start: number;
  end: number;
  /** The words inside the marks. */
  inner: string;
  /** The prose before the opening mark in its sentence. */
  sentenceStart: number;
  inHeadline: boolean;
  /** It opens its sentence right after a quotation attributed in the same paragraph (`"…," he wrote. "Goodbye."`). */
  continuesSpeech: boolean;
}

/**
 * The first `most` words of the quoted text, punctuation dropped. The tests here read at most nine words, and a
 * quotation can be paragraphs long: matching all of its words was a tenth of an edit's quote layer.
 */
function wordsOf(inner: string, most: number): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  while (words.length < most) {
    const match = WORD.exec(inner);
    if (match === null) break;
    words.push(match[0]);
  }
  return words;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;
/** Enough words for every test here (up to eight words may be a title; more is speech). */
const WORDS_READ = 9;

export function isTitleCased(inner: string): boolean {
  return titleCasedWords(inner, wordsOf(inner, WORDS_READ));
}

/** isTitleCased(inner), given wordsOf(inner, WORDS_READ). */
function titleCasedWords(inner: string, words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?;]\s+\S/.test(inner.trim())) return false; // more than one sentence or a clause break inside ("X: Y" titles pass)
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (!/^[\p{Lu}\p{N}]/u.test(word) && !(index > 0 && TITLE_SMALL_WORDS.has(word.toLowerCase()))) return false;
  }
  return true;
}

/** The word right before the opening mark (skipping "the", a possessive's "s" counts as possessive). */
function wordBefore(document: DocumentTokens, quote: QuotedText): { lower: string; possessive: boolean } | undefined {
  const tokens = wordsWithin(document, Math.max(quote.sentenceStart, quote.start - 60), quote.start);
  const last = tokens.wordAt(tokens.length - 1);
  if (!last) return undefined;
  if (last.lower === '’s' || last.lower === "'s" || last.text === '’' || last.text === "'") return { lower: last.lower, possessive: true };
  if (last.kind !== 'word') {
    // A list of titles: `"Interaction," "Echelon," and "Search."` — look past the previous quoted item.
    return { lower: last.text, possessive: false };
  }
  if (last.lower === 'the' || last.lower === 'a' || last.lower === 'an') {
    // "on the “Daily Show”", "the exercise the “Shield”": the word before the article tells.
    const previous = tokens.wordAt(tokens.length - 2);
    if (previous?.kind === 'word') return { lower: previous.lower, possessive: false };
    if (previous && (previous.lower === '’s' || previous.lower === "'s")) return { lower: previous.lower, possessive: true };
    return { lower: last.lower, possessive: false };
  }
  return { lower: last.lower, possessive: false };
}

/**
 * True when the quoted words are a name, a title or scare quotes rather than speech. `attribution` is the
 * speech attribution found for it, if any.
 */
export function isTitle(text: string, document: DocumentTokens, quote: QuotedText, attribution: Attribution | undefined): boolean {
  const words = wordsOf(quote.inner, WORDS_READ);
  const before = wordBefore(document, quote);
  const titleCased = titleCasedWords(quote.inner, words);
  const introduced = before !== undefined && (TITLE_INTRODUCERS.has(before.lower) || before.possessive || (titleCased && HEARER_FORMS.has(before.lower)));
  const afterTitleList = before !== undefined && /^[”"»]$/.test(before.lower);
  if (quote.inHeadline) return !attribution;
  if (titleCased && (introduced || afterTitleList || (before !== undefined && PREPOSITIONS.has(before.lower)))) return true;
  if (!attribution) {
    if (quote.continuesSpeech) return false;
    if (titleCased) return true;
    // Scare quotes: a word or two inside a sentence with nobody saying them (a question or an exclamation is speech).
    if (words.length <= 3 && quote.start > quote.sentenceStart && !/[?!]/u.test(quote.inner)) return true;
    if (introduced && words.length <= 4) return true;
    return false;
  }
  // A word or two quoted far from the speech verb of its sentence are scare quotes, not the speaker's words
  // ("… under President Obama's "pivot" …"); near it they are a partial quote ("said it could "significantly enhance"").
  if (words.length <= 3 && attribution.side === 'before' && quote.start > quote.sentenceStart && countWords(text, attribution.cue.end, quote.start) > MAX_PARTIAL_QUOTE_DISTANCE)
    return true;
  // Attributed, but the quoted words only name something: `spoke on the network's "Morning Desk"`, or a capitalized
  // name far from the speech verb (`Carson posted the syllabus of a class called "Perception"`).
  if (titleCased && attribution.side === 'before' && words.length <= 6 && (introduced || countWords(text, attribution.cue.end, quote.start) > 3)) return true;
  return false;
}
