// Each sentence's reported speech as read from its words alone (indirect.ts readSentenceSpeech: its section label,
// its reading, a second clause split off), kept per sentence: an edit of a long article reads the sentences it
// touched again, not all of them. What is done with a reading afterwards (quotations around it, weak cues) reads
// the whole article and runs every time.
//
// The key is the sentence's text and, for each of its tokens, where it starts and ends and whether it opens a line
// or a sentence: the reading is a function of the tokens alone, and a token is its text and those four facts, so two
// sentences with the same key have the same reading (with offsets moved). The tokens themselves come from the
// paragraph's tokenization, which may look past the sentence (an abbreviation's period); the key does not need to
// know why they are what they are.
import type { DocumentTokens } from '../documentTokens';
import { checkedKept, ParagraphCache } from '../paragraphCache';
import type { Token } from '../tokens';
import type { SpeakerPhrase } from './attribution';
import type { ReportedSpeech } from './indirect';
import type { Range } from './sentences';
import { wordsWithin } from './words';

interface CachedReading {
  /** Where the sentence started when it was read: the cached offsets are the text's then. */
  start: number;
  speech: ReportedSpeech[];
}

// A 400 KB article has about 4,000 sentences, a few hundred of which report speech; two versions of it fit. A
// sentence without speech costs its key; a reading with its speaker's tokens about 2 KB.
const SPEECH_BYTES = 2048;
const readings = new ParagraphCache<CachedReading>(20_000, 16 * 1024 * 1024, (key, entry) => key.length * 2 + 64 + entry.speech.length * SPEECH_BYTES);

/** The key of the sentence text[start, end) (see above); undefined for a sentence that has no tokens. */
function sentenceKey(text: string, document: DocumentTokens, start: number, end: number): string {
  const all = document.all;
  let key = text.slice(start, end);
  for (let index = document.firstFrom(start); index < all.length; index++) {
    const token = all[index];
    if (token.end > end) break;
    key += `\u0000${token.start - start},${token.end - start}${token.lineStart ? 'L' : ''}${token.sentenceStart ? 'S' : ''}`;
  }
  return key;
}

/**
 * read(words of text[start, end)), from the cache when a sentence with the same key was read before; always fresh
 * copies at the sentence's place (the caller sets each one's speaker). Readings that share a speaker phrase (a
 * second clause of the same speaker) still share it in the copies: the caller compares them by identity.
 */
export function cachedSentenceSpeech(text: string, document: DocumentTokens, start: number, end: number, read: (tokens: Token[]) => ReportedSpeech[]): ReportedSpeech[] {
  const key = sentenceKey(text, document, start, end);
  const cached = readings.get(key);
  if (cached !== undefined) return checkedKept('reported speech', moved(cached.speech, start - cached.start), () => read(wordsWithin(document, start, end)));
  const speech = read(wordsWithin(document, start, end));
  // Stored moved to offset 0 - start (not -start: -0 is a double to V8, see dates/blockDatesCache.ts), as copies
  // the caller never sees.
  readings.set(key, { start: 0, speech: moved(speech, 0 - start) });
  return speech;
}

/** Copies of `speech` `by` characters further on, each speaker phrase copied once. */
function moved(speech: readonly ReportedSpeech[], by: number): ReportedSpeech[] {
  const phrases = new Map<SpeakerPhrase, SpeakerPhrase>();
  const range = (from: Range): Range => ({ start: from.start + by, end: from.end + by });
  const phrase = (from: SpeakerPhrase): SpeakerPhrase => {
    let copy = phrases.get(from);
    if (copy === undefined) {
      copy = { ...from, phrase: range(from.phrase), head: range(from.head), tokens: from.tokens.map((token) => ({ ...token, start: token.start + by, end: token.end + by })) };
      phrases.set(from, copy);
    }
    return copy;
  };
  return speech.map((item) => {
    const copy: ReportedSpeech = {
      content: range(item.content),
      attribution: { ...item.attribution, cue: range(item.attribution.cue), speaker: phrase(item.attribution.speaker) },
    };
    if (item.parts) copy.parts = item.parts.map(range);
    if (item.speaker !== undefined) copy.speaker = item.speaker;
    return copy;
  });
}
