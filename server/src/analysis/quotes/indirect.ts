// Reported speech without quotation marks: "X said (that) …", "X told Izvestia that …", "according to X, …",
// "…, X said." / "…, according to X." One reading per sentence, the first pattern that fits.
import { firstEndingAfter } from '../partitionPoint';
import type { Block } from '../types';
import { clauseSubject, COLON, describedWithPostmodifier, speakerFrom, subjectBefore, type Attribution, type SpeakerPhrase } from './attribution';
import { BARE_CLAUSE_VERBS, BETWEEN_SPEAKER_AND_CUE, cueBase, HEARER_VERBS, isReportingVerb, reportingCueForms, WEAK_CUES } from './lexicon';
import { partsInOrder, type QuotedStretch } from './marks';
import { phraseStartingAt } from './phrases';
import type { Range } from './sentences';
import type { DocumentTokens } from '../documentTokens';
import type { TokenList } from '../tokenList';
import type { Word } from '../tokens';
import { SentenceSpeechReuse } from './sentenceSpeechCache';
import { isCapitalized, isPossessive } from './words';
import { wordGate } from './wordGate';
import { cacheChecksOn } from '../paragraphCache';
import { checkedAnswer, KeptAnswers, type AnswersOfText } from './keptAnswers';
import { byStartLongestFirst } from '../spanOrder';

export interface ReportedSpeech {
  content: Range;
  /** The two stretches of content around an attribution set inside the sentence. */
  parts?: Range[];
  attribution: Attribution;
}

interface SentenceSource {
  sentences(blockIndex: number): Range[];
}

/** Sentences longer than this are not read for reported speech (they are not prose sentences). */
const MAX_SENTENCE = 1500;
const MIN_CONTENT_WORDS = 3;

// Words that, right after a speech verb, show that no reported clause follows it.
const NOT_A_CLAUSE = new Set([
  'to',
  'so',
  'nothing',
  'something',
  'yes',
  'no',
  'and',
  'or',
  'but',
  'goodbye',
  'hello',
  'thanks',
  'sorry',
  'otherwise',
  'little',
  'much',
  'more',
  'less',
  'publicly',
  'later',
  'earlier',
  'repeatedly',
  'while',
  'when',
  'if',
  'whether',
  'what',
  'how',
  'why',
  'who',
  'where',
  'which',
  'anything',
  'everything',
  'too',
  'again',
  'as',
  'than',
  'hi',
  'okay',
  'ok',
  'amen',
  'grace',
]);
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'last',
  'this',
  'earlier',
  'later',
  'recently',
  'previously',
  'repeatedly',
  'again',
  'also',
  'publicly',
  'privately',
  'separately',
  'once',
  'often',
  'late',
  'early',
]);
// Prepositions after a verb open an adverbial, not the reported clause ("said on Monday", "said in a statement").
const PREPOSITION_OPENERS = new Set([
  'of',
  'about',
  'for',
  'in',
  'on',
  'at',
  'with',
  'by',
  'from',
  'before',
  'after',
  'during',
  'over',
  'into',
  'through',
  'under',
  'via',
  'outside',
  'inside',
  'near',
  'across',
  'around',
  'upon',
  'among',
  'against',
  'toward',
  'towards',
]);
// Subject pronouns that open the reported clause after a hearer ("told police she …").
const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there']);
const VERB_PARTICLES = new Set(['out', 'back', 'up']);
// Subject pronouns that open a reported clause after an adverbial ("said on Monday he would …").
const ADVERBIAL_CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'there', 'it']);
// Words after a verb that start a reported clause without "that".
const CLAUSE_STARTERS = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'there',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'our',
  'its',
  'my',
  'your',
  'this',
  'these',
  'those',
  'some',
  'many',
  'most',
  'all',
  'no',
  'none',
  'several',
  'both',
  'each',
  'every',
  'any',
]);

// Words before a noun: "her tweet", "the report", "a statement".
// ("her" is left out: "a spokesman for her said".)
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'its', 'their', 'our', 'my', 'your']);

/**
 * The speech word at `index` is a noun: "Lee’s tweet the day before", "Lee’s August post", "the report". After
 * "’s" a participle is a verb all the same ("she’s said", "Lee’s told reporters", "he’s telling allies").
 */
function readsAsNoun(tokens: TokenList, index: number): boolean {
  const before = tokens.wordAt(index - 1);
  if (!before) return false;
  if (NOUN_DETERMINERS.has(before.lower)) return true;
  const participle = /(?:ed|aid|old|en|ote|ing)$/u.test(tokens.lower(index));
  if (participle || tokens.wordAt(index - 2)?.lower === 'let') return false; // "let’s say
  return isPossessive(before) || (isCapitalized(before) && isPossessive(tokens.wordAt(index - 2)));
}

// Words after which "it" is the subject of a clause of their own ("as it were", "if it fails"), not the reported one.
const CLAUSE_SUBORDINATORS = new Set(['as', 'if', 'than', 'because', 'when', 'while', 'that', 'so', 'and', 'or', 'but', 'though', 'although', 'unless', 'once']);

const TIME_SUBORDINATORS = new Set(['after', 'before', 'until', 'since', 'when', 'while']);

/** A lowercase word that is a reporting verb ("announced", "denied"). */
function isSpeechWord(token: Word): boolean {
  if (token.kind !== 'word' || isCapitalized(token)) return false;
  const verb = cueBase(token.lower);
  return verb !== undefined && isReportingVerb(verb);
}

// Adverbs that may stand between a speech verb and its clause, set off by a comma ("said too often, …").
const CLAUSE_ADVERBS = new Set([
  'too',
  'often',
  'again',
  'still',
  'now',
  'then',
  'once',
  'sometimes',
  'always',
  'instead',
  'however',
  'though',
  'anyway',
  'afterwards',
  'afterward',
  'lately',
  'recently',
  'previously',
  'earlier',
  'later',
  'also',
  'today',
  'yesterday',
  'tonight',
]);

/** A lowercase adverb: one of CLAUSE_ADVERBS or a word in -ly ("frankly", "bluntly"). */
function isAdverb(token: Word | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Ll}+$/u.test(token.text) && (CLAUSE_ADVERBS.has(token.lower) || /[^l]ly$/u.test(token.lower));
}

// Conjunctions opening a subordinate clause that may come first in a reported sentence.
const SUBORDINATORS = new Set(['while', 'when', 'if', 'although', 'though', 'because', 'unless', 'once']);

/** "’s", "’ll", "’re" after a word: the verb contracted with it. */
function isContractedVerb(token: Word | undefined): boolean {
  return token !== undefined && /^['’](?:s|ll|re|d)$/u.test(token.lower);
}

/** The content range from token `from` to the sentence's end, without final punctuation. */
function wordCount(tokens: TokenList, from: number, to: number): number {
  let count = 0;
  for (let index = Math.max(0, from); index <= to && index < tokens.length; index++) if (tokens.kind(index) === 'word') count++;
  return count;
}

function contentTo(tokens: TokenList, from: number, to: number, minimumWords = MIN_CONTENT_WORDS): Range | undefined {
  let last = to;
  while (last >= from && tokens.kind(last) === 'punct') last--;
  if (last < from) return undefined;
  if (wordCount(tokens, from, last) < minimumWords) return undefined;
  return { start: tokens.start(from), end: tokens.end(last) };
}

/** The index of the first token starting at `position`, or -1. */
function indexStartingAt(tokens: TokenList, position: number): number {
  for (let index = 0; index < tokens.length; index++) if (tokens.start(index) === position) return index;
  return -1;
}

/** The index of the first comma from token `from` on, or -1. */
function firstComma(tokens: TokenList, from: number): number {
  for (let index = Math.max(from, 0); index < tokens.length; index++) if (tokens.text(index) === ',') return index;
  return -1;
}

/** The index of a colon among the first six tokens (a label's: "Ames:", "READ MORE:"), or -1. */
function labelColon(tokens: TokenList): number {
  for (let index = 0; index <= 5 && index < tokens.length; index++) if (tokens.text(index) === ':') return index;
  return -1;
}

/** Whether tokens [from, to) hold a word opening a clause of its own ("after", "when", "announced"). */
function holdsClauseOpener(tokens: TokenList, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const word = tokens.word(index);
    if (CLAUSE_SUBORDINATORS.has(word.lower) || TIME_SUBORDINATORS.has(word.lower) || (isSpeechWord(word) && !word.lower.endsWith('ing'))) return true;
  }
  return false;
}

/** The comma one or two adverbs after token `index` ("frankly,", "too often,"), or -1. */
function commaAfterAdverbs(tokens: TokenList, index: number): number {
  for (let at = index + 1; at <= index + 2; at++) {
    if (tokens.wordAt(at)?.text !== ',') continue;
    let adverbs = true;
    for (let word = index; word < at && adverbs; word++) adverbs = isAdverb(tokens.word(word));
    if (adverbs) return at;
  }
  return -1;
}

/** A verb within four words from token `from` (a contraction, a word in -s or -ed), or any finite verb after. */
function verbSoon(tokens: TokenList, from: number): boolean {
  for (let index = from; index < from + 4 && index < tokens.length; index++) {
    const word = tokens.word(index);
    if (isContractedVerb(word) || /^\p{Ll}+(?:s|ed)$/u.test(word.text)) return true;
  }
  return hasVerb(tokens, from, tokens.length - 1);
}

function overlapsQuotation(content: Range, quoted: readonly Range[]): boolean {
  const low = firstEndingAfter(quoted, content.start);
  let covered = 0;
  for (let index = low; index < quoted.length && quoted[index].start < content.end; index++) {
    const part = quoted[index];
    covered += Math.min(part.end, content.end) - Math.max(part.start, content.start);
  }
  return covered * 2 > content.end - content.start;
}

/**
 * Widens reported speech that ends (or starts) inside a quotation so that it encloses it: `… was a "besieged
 * fortress."` reports the quoted words too, and the two quotes nest instead of crossing. `quotations` are whole
 * quotations (first mark to last mark, over all the parts of a split one), sorted and disjoint: enclosing only
 * the part it touches would leave the speech crossing the quotation that part belongs to.
 */
function enclosingQuotations(speech: ReportedSpeech, quotations: readonly Range[]): ReportedSpeech {
  let { start, end } = speech.content;
  for (let index = firstEndingAfter(quotations, start); index < quotations.length; index++) {
    const quotation = quotations[index];
    if (quotation.start >= end) break;
    start = Math.min(start, quotation.start);
    end = Math.max(end, quotation.end);
  }
  if (start === speech.content.start && end === speech.content.end) return speech;
  let parts: Range[] | undefined;
  if (speech.parts) {
    const all = speech.parts;
    parts = [];
    for (let index = 0; index < all.length; index++) {
      const part = all[index];
      parts.push({ start: index === 0 ? Math.min(part.start, start) : part.start, end: index === all.length - 1 ? Math.max(part.end, end) : part.end });
    }
  }
  return { ...speech, content: { start, end }, ...(parts ? { parts } : {}) };
}

/** The whole extent of each quotation, from its first mark to its last, sorted by start. */
function quotationSpans(stretches: readonly QuotedStretch[]): Range[] {
  const ranges: Range[] = [];
  for (const stretch of stretches) ranges.push({ start: stretch.parts[0].start, end: stretch.parts[stretch.parts.length - 1].end });
  return ranges.sort(byStartLongestFirst);
}

/** True when `position` falls inside one of the sorted, disjoint `spans`. */
function insideAny(spans: readonly Range[], position: number): boolean {
  const index = firstEndingAfter(spans, position);
  return index < spans.length && spans[index].start <= position;
}

function readSentence(tokens: TokenList): ReportedSpeech | undefined {
  const labelled = readSpeakerLabel(tokens);
  if (labelled) return labelled;
  // "According to X, …"
  if (tokens.wordAt(0)?.lower === 'according' && tokens.wordAt(1)?.lower === 'to') {
    const speaker = phraseStartingAt(tokens, 2);
    const comma = speaker ? firstComma(tokens, speaker.last + 1) : -1;
    const content = comma > 0 ? contentTo(tokens, comma + 1, tokens.length - 1) : undefined;
    if (speaker && content)
      return { content, attribution: { speaker: speakerFrom(tokens, speaker), cue: { start: tokens.start(0), end: tokens.end(1) }, verb: 'according to', side: 'before' } };
  }
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens.word(index);
    // "…, according to X."
    if (token.lower === 'according' && tokens.wordAt(index + 1)?.lower === 'to' && /^(?:,|-+|[\u2014\u2013])$/.test(tokens.text(index - 1))) {
      const speaker = phraseStartingAt(tokens, index + 2);
      const content = contentTo(tokens, 0, index - 2);
      if (speaker && content)
        return {
          content,
          attribution: {
            speaker: describedWithPostmodifier(tokens, speaker),
            cue: { start: tokens.start(index), end: tokens.end(index + 1) },
            verb: 'according to',
            side: 'after',
          },
        };
      continue;
    }
    if (token.kind !== 'word') continue;
    const evidence = EVIDENCE_VERBS.get(token.lower);
    if (evidence && tokens.wordAt(index + 1)?.lower === 'that') {
      // "A Bloomberg poll shows that …", "a 2014 study found that …".
      const subject = subjectBefore(tokens, index, 0);
      const content = contentTo(tokens, index + 2, tokens.length - 1);
      if (subject && content) return { content, attribution: { speaker: subject, cue: { start: tokens.start(index), end: tokens.end(index) }, verb: evidence, side: 'before' } };
    }
    const verb = cueBase(token.lower);
    if (!verb || !isReportingVerb(verb) || isCapitalized(token) || readsAsNoun(tokens, index)) continue;
    // "…, saying it shows …" / "… and said he did not …": the sentence's subject speaks.
    const participle = token.lower.endsWith('ing') && tokens.wordAt(index - 1)?.text === ',';
    const subject = participle ? clauseSubject(tokens, index) : (subjectBefore(tokens, index, 0) ?? clauseSubject(tokens, index));
    // "higher than the city says it is": a comparison with someone's figure, not their reported words.
    if (subject && tokens.wordAt(indexStartingAt(tokens, subject.phrase.start) - 1)?.lower === 'than') continue;
    if (subject) {
      const content = readClauseAfter(tokens, index, verb);
      if (content) return { content, attribution: { speaker: subject, cue: { start: tokens.start(index), end: tokens.end(index) }, verb, side: 'before' } };
    }
    // "…, X said." / "…, said X." closing the sentence, or "…, X said, …" inside it.
    const aside = readAttributionAside(tokens, index, verb, subject);
    if (aside) return aside;
  }
  return undefined;
}

// Verbs by which documents, polls and studies report a finding; they count only before "that".
// (a Map: looked up with every word of every sentence, which a plain object answers slowly, "constructor" included)
const EVIDENCE_VERBS = new Map<string, string>(
  Object.entries({
    show: 'show',
    shows: 'show',
    showed: 'show',
    shown: 'show',
    find: 'find',
    finds: 'find',
    found: 'find',
    prove: 'prove',
    proves: 'prove',
    proved: 'prove',
    demonstrate: 'demonstrate',
    demonstrates: 'demonstrate',
    demonstrated: 'demonstrate',
    conclude: 'conclude',
    concludes: 'conclude',
    concluded: 'conclude',
  }),
);

// Labels that open a line with a colon without naming a speaker ("Update: …", "Editor's note: …").
const NOT_SPEAKER_LABELS = new Set([
  'earlier',
  'previously',
  'update',
  'updated',
  'note',
  'correction',
  'clarification',
  'related',
  'watch',
  'read',
  'source',
  'sources',
  'photo',
  'video',
  'listen',
  'editor',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'warning',
  'disclosure',
  'transcript',
  'also',
  'more',
  'see',
  'tags',
  'topics',
  'share',
  'credit',
  'caption',
  'q',
  'a',
  'ps',
]);

/** `Ames: budget vote will go ahead` — a name and a colon opening the line report that person's words. */
function readSpeakerLabel(tokens: TokenList): ReportedSpeech | undefined {
  const colon = labelColon(tokens);
  if (colon < 1) return undefined;
  for (let index = 0; index < colon; index++) {
    const token = tokens.word(index);
    if (!isCapitalized(token) && token.text !== '.' && token.lower !== '’s' && token.lower !== "'s") return undefined;
  }
  for (let index = 0; index < colon; index++) if (NOT_SPEAKER_LABELS.has(tokens.lower(index).replace(/[’']s$/, ''))) return undefined;
  const speaker = phraseStartingAt(tokens, 0, colon);
  if (!speaker || speaker.last !== colon - 1) return undefined;
  const content = contentTo(tokens, colon + 1, tokens.length - 1);
  if (!content || /^["“”„«'‘]/u.test(tokens.wordAt(colon + 1)?.text ?? '')) return undefined; // a quotation follows: direct speech
  return { content, attribution: { speaker: speakerFrom(tokens, speaker), cue: { start: tokens.start(colon), end: tokens.end(colon) }, verb: COLON, side: 'before' } };
}

/** The reported clause after the verb at `cueIndex`: "said (that) …", "told Izvestia (that) …". */
function readClauseAfter(tokens: TokenList, cueIndex: number, verb: string): Range | undefined {
  let index = cueIndex + 1;
  // "tweeted out that …", "wrote back that …": a particle of the verb.
  if (VERB_PARTICLES.has(tokens.wordAt(index)?.lower ?? '') && tokens.wordAt(index + 1)?.lower === 'that') index++;
  if (HEARER_VERBS.has(verb) && tokens.wordAt(index)?.lower !== 'that') {
    // The hearer, when one is named: "told Izvestia that", "warned lawmakers that" (but "warned that …").
    const hearer = phraseStartingAt(tokens, index);
    // "told police he left", "told reporters the plan was dead": the hearer ends where the clause's subject starts.
    let clauseStart = -1;
    if (hearer) for (let at = hearer.first + 1; at <= hearer.last && clauseStart < 0; at++) if (CLAUSE_SUBJECT_PRONOUNS.has(tokens.lower(at))) clauseStart = at;
    if (hearer && clauseStart > 0) index = clauseStart;
    else if (hearer) index = hearer.last + 1;
    else if (tokens.wordAt(index)?.kind === 'word') index++;
    else return undefined;
  }
  // A few words of time, place or manner may come first ("said on Monday that", "says at a stop in Toledo, Ohio, that").
  // Only an adverbial may stand before "that": otherwise the "that" belongs to the clause ("said officials
  // have video that shows …").
  const first = tokens.wordAt(index);
  const adverbialFirst = first !== undefined && (PREPOSITION_OPENERS.has(first.lower) || TIME_WORDS.has(first.lower));
  for (let look = index; look < tokens.length && look - index <= 15; look++) {
    const token = tokens.word(look);
    if (look > index && !adverbialFirst) break;
    // "says that’s not so": a "that" contracted with its verb is the clause's subject, not its conjunction.
    if (token.lower === 'that' && token.kind === 'word' && !isContractedVerb(tokens.wordAt(look + 1))) return contentTo(tokens, look + 1, tokens.length - 1);
    // "said in retrospect he feels …", "admits in this case, there were …": after the adverbial, a subject pronoun
    // (not the object of a preposition) opens the clause.
    const before = tokens.word(look - 1);
    const afterAdverbial = look > index + 1 && (before.text === ',' || (before.kind === 'word' && !PREPOSITION_OPENERS.has(before.lower) && !NOUN_DETERMINERS.has(before.lower)));
    // "it" is an object as often ("enforce it in the morning"): it opens the clause only before a verb ("in July it opposed").
    // … nor after an adverbial holding a clause of its own ("said in August after Acme announced it was …").
    // (asked last: it reads the words since `index`)
    if (
      afterAdverbial &&
      ADVERBIAL_CLAUSE_SUBJECTS.has(token.lower) &&
      tokens.wordAt(look + 1)?.kind === 'word' &&
      (token.lower !== 'it' ||
        ((hasVerb(tokens, look + 1, look + 1) || FINITE_VERBS.has(tokens.wordAt(look + 1)?.lower ?? '')) &&
          !CLAUSE_SUBORDINATORS.has(before.lower) &&
          !holdsClauseOpener(tokens, index, look)))
    )
      return contentTo(tokens, look, tokens.length - 1);
    if (token.kind === 'punct' && token.text !== ',' && token.text !== '’' && token.text !== "'") break;
  }
  const next = tokens.wordAt(index);
  // "said too often, the system fails", "says frankly, nobody knew": an adverb of a word or two set off by a
  // comma, then the clause.
  if (BARE_CLAUSE_VERBS.has(verb) && isAdverb(next)) {
    const comma = commaAfterAdverbs(tokens, index);
    const subject = comma >= 0 ? tokens.wordAt(comma + 1) : undefined;
    if (subject && (CLAUSE_STARTERS.has(subject.lower) || isCapitalized(subject)) && verbSoon(tokens, comma + 2)) return contentTo(tokens, index, tokens.length - 1);
  }
  // "said while most members back the plan, some …", "said if talks fail, the strike …": a subordinate clause with
  // a subject of its own, then a comma and the main clause, is reported speech too ("said when asked" is not).
  if (verb === 'say' && next && SUBORDINATORS.has(next.lower)) {
    const subject = tokens.wordAt(index + 1);
    const comma = firstComma(tokens, index + 3);
    const opensClause = subject && (CLAUSE_STARTERS.has(subject.lower) || (isCapitalized(subject) && !BETWEEN_SPEAKER_AND_CUE.has(subject.lower)));
    if (opensClause && comma > 0 && comma < tokens.length - 3) return contentTo(tokens, index, tokens.length - 1);
    return undefined;
  }
  // "say more charges could follow" opens a clause; "said more than once" does not.
  const comparative = (next?.lower === 'more' || next?.lower === 'less') && tokens.wordAt(index + 1)?.kind === 'word' && tokens.lower(index + 1) !== 'than';
  if (!next || next.kind !== 'word' || (NOT_A_CLAUSE.has(next.lower) && !comparative)) return undefined;
  // "confirmed there are no plans", "claimed a study had been done": after any speech verb, a short subject and
  // an auxiliary or modal make a clause ("confirmed the deal" stays an object).
  const finite = !tokens.lower(cueIndex).endsWith('ing') && tokens.wordAt(cueIndex - 1)?.lower !== 'to';
  if (finite && CLAUSE_OR_OBJECT_VERBS.has(verb) && !PREPOSITION_OPENERS.has(next.lower) && !TIME_WORDS.has(next.lower) && auxiliaryFollows(tokens, index))
    return contentTo(tokens, index, tokens.length - 1);
  if (!BARE_CLAUSE_VERBS.has(verb)) return undefined;
  // After "say" nearly any word opens the reported clause ("says hackers are …", "said parents still want …").
  const opens =
    verb === 'say'
      ? !isCapitalized(next) || !BETWEEN_SPEAKER_AND_CUE.has(next.lower)
      : CLAUSE_STARTERS.has(next.lower) || (isCapitalized(next) && !BETWEEN_SPEAKER_AND_CUE.has(next.lower));
  // "reported a profit", "acknowledged the scale of …": after verbs other than say and tell an article opens an object.
  if (verb !== 'say' && verb !== 'tell' && (next.lower === 'a' || next.lower === 'an')) return undefined;
  if (opens && !PREPOSITION_OPENERS.has(next.lower)) return contentTo(tokens, index, tokens.length - 1);
  return undefined;
}

const FINITE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
  'won’t',
  "won't",
  'isn’t',
  "isn't",
  'wasn’t',
  "wasn't",
]);

// Speech verbs whose object is as often a clause without "that" as a noun phrase ("confirmed the plan",
// "confirmed the plan was dropped").
const CLAUSE_OR_OBJECT_VERBS = new Set([
  'confirm',
  'deny',
  'announce',
  'reveal',
  'claim',
  'allege',
  'insist',
  'assert',
  'admit',
  'concede',
  'acknowledge',
  'predict',
  'warn',
  'argue',
]);

/** Most words of a reported clause's subject before its auxiliary ("the new rink would", "there are"). */
const MAX_SUBJECT_WORDS = 4;

/** An auxiliary or modal verb follows token `from` within a few words of one phrase: a clause opens at `from`. */
function auxiliaryFollows(tokens: TokenList, from: number): boolean {
  for (let index = from + 1; index <= from + MAX_SUBJECT_WORDS && index < tokens.length; index++) {
    const token = tokens.word(index);
    if (token.kind !== 'word') return false;
    if (FINITE_VERBS.has(token.lower)) return true;
    if (RELATIVE_OPENERS_IN_CLAUSE.has(token.lower)) return false;
  }
  return false;
}

// Words after which an auxiliary belongs to a relative clause of the object, not to a reported clause.
const RELATIVE_OPENERS_IN_CLAUSE = new Set(['that', 'which', 'who', 'whom', 'whose', 'to']);

/** Some word of tokens `from`…`to` reads as a finite verb ("is", "would", "closed", "wants"). */
function hasVerb(tokens: TokenList, from: number, to: number): boolean {
  for (let index = from; index <= to && index < tokens.length; index++) {
    const token = tokens.word(index);
    if (token.kind !== 'word' || isCapitalized(token)) continue;
    // A word in -s is a verb only first ("…, Roe said, makes sense"); later it is as likely a plural noun.
    if (FINITE_VERBS.has(token.lower) || /[^e]ed$/.test(token.lower) || (index === from && /[^su]s$/.test(token.lower))) return true;
  }
  return false;
}

// Words opening an adverbial phrase or clause set before a sentence's subject.
const INTRODUCTORY_OPENERS = new Set([
  'at',
  'when',
  'as',
  'in',
  'after',
  'while',
  'if',
  'before',
  'since',
  'during',
  'despite',
  'although',
  'though',
  'because',
  'following',
  'under',
  'with',
  'without',
  'upon',
  'once',
  'until',
  'unlike',
  'like',
  'by',
  'asked',
  'speaking',
  'amid',
  'whenever',
  'for',
  '(',
]);

/** Most words after the verb of an attribution that closes its sentence ("…, officials said Friday after a meeting."). */
const MAX_TRAILING_WORDS = 12;

/**
 * The attribution set off by commas: `…, sources said.`, `…, said a spokesman.`, and inside the sentence
 * `The mill was thriving, Ms. Dorn said, until the flood came` (content in two parts).
 */
function readAttributionAside(tokens: TokenList, cueIndex: number, verb: string, subject: SpeakerPhrase | undefined): ReportedSpeech | undefined {
  const cue = { start: tokens.start(cueIndex), end: tokens.end(cueIndex) };
  let speaker: SpeakerPhrase | undefined;
  let before: number; // index of the comma before the attribution
  let after: number; // index of the last token of the attribution
  if (tokens.wordAt(cueIndex - 1)?.text === ',') {
    // Inverted: ", said X" (not ", told X": X is then the hearer).
    if (HEARER_VERBS.has(verb)) return undefined;
    const inverted = phraseStartingAt(tokens, cueIndex + 1);
    // ", explains that the plan …": "that" opens the reported clause, not a speaker's name.
    if (!inverted || tokens.lower(inverted.first) === 'that') return undefined;
    speaker = describedWithPostmodifier(tokens, inverted);
    before = cueIndex - 1;
    const phraseEnd = speaker.phrase.end;
    let ending = -1;
    for (let at = 0; at < tokens.length && ending < 0; at++) if (tokens.end(at) === phraseEnd) ending = at;
    after = Math.max(inverted.last, ending);
  } else {
    if (!subject) return undefined;
    const subjectFirst = indexStartingAt(tokens, subject.phrase.start);
    if (subjectFirst < 2 || tokens.text(subjectFirst - 1) !== ',') return undefined;
    speaker = subject;
    before = subjectFirst - 1;
    after = cueIndex;
  }
  const attribution: Attribution = { speaker, cue, verb, side: 'after' };
  // `Asked about it, Governor Blake said: "No."`: the verb introduces a quotation, not the words before it.
  if (/^[:"“”„«'‘]$/u.test(tokens.wordAt(after + 1)?.text ?? '') || /^["“„«'‘]$/u.test(tokens.wordAt(after + 2)?.text ?? '')) return undefined;
  if (tokens.wordAt(after + 1)?.text === ',' && !speaker.isPronoun && !hasVerb(tokens, after + 2, tokens.length - 1)) {
    // "…, said Lee Park, head of the guild.": what follows the name without a verb of its own is its apposition.
    const first = contentTo(tokens, 0, before - 1);
    return first && !(INTRODUCTORY_OPENERS.has(tokens.lower(0)) && wordCount(tokens, 0, before - 1) <= 12) ? { content: first, attribution } : undefined;
  }
  if (tokens.wordAt(after + 1)?.text === ',') {
    // "The museum, Mr. Bush said, celebrated …": each side may be short, together they make the content.
    const opening = contentTo(tokens, 0, before - 1, 1);
    // "…, he said, according to the complaint.": a second attribution, not more of the content.
    const secondIsSource = tokens.wordAt(after + 2)?.lower === 'according' && tokens.wordAt(after + 3)?.lower === 'to';
    if (secondIsSource && opening && wordCount(tokens, 0, before - 1) >= MIN_CONTENT_WORDS) return { content: opening, attribution };
    const second = contentTo(tokens, after + 2, tokens.length - 1, 1);
    if (opening && second && wordCount(tokens, 0, before - 1) + wordCount(tokens, after + 2, tokens.length - 1) >= MIN_CONTENT_WORDS) {
      return { content: { start: opening.start, end: second.end }, parts: [opening, second], attribution };
    }
  }
  const first = contentTo(tokens, 0, before - 1);
  if (!first) return undefined;
  // "When asked about it, she said …", "At one point, he asked …": an introductory phrase, not what was said.
  if (INTRODUCTORY_OPENERS.has(tokens.lower(0)) && wordCount(tokens, 0, before - 1) <= 12) return undefined;
  const trailingWords = wordCount(tokens, after + 1, tokens.length - 1);
  return trailingWords <= MAX_TRAILING_WORDS ? { content: first, attribution } : undefined;
}

/**
 * `READ MORE: Mayor says …`, `Watch: …`: a line opened by a link label is a link to another story, not reported
 * speech ('link'); `MARKETS: Stocks rose …`, `EARNINGS: Acme said …`: a section label in capitals opens a sentence
 * of the section, read without it (the index of its first token after the colon).
 */
function sectionLabel(tokens: TokenList): 'link' | number | undefined {
  const colon = labelColon(tokens);
  if (colon < 1) return undefined;
  // The label's words (its marks left out).
  let words = 0;
  let firstWord: Word | undefined;
  let capitals = true;
  for (let index = 0; index < colon; index++) {
    const token = tokens.word(index);
    if (token.kind !== 'word') continue;
    words++;
    firstWord ??= token;
    if (LINK_LABELS.has(token.lower)) return 'link';
    if (capitals && !(/^[\p{Lu}\p{N}&.'’-]+$/u.test(token.text) && /\p{Lu}{2}/u.test(token.text))) capitals = false;
  }
  if (words === 0) return undefined;
  if (capitals) return colon + 1;
  return words === 1 && NOT_SPEAKER_LABELS.has(firstWord!.lower) ? 'link' : undefined;
}

// Words of a label that links to another story or a video rather than opening a section.
const LINK_LABELS = new Set(['read', 'watch', 'related', 'listen', 'video', 'more', 'see', 'also']);

// Words joining a second clause whose own subject may report other words (`…, but Lee says …`).
const CLAUSE_JOINERS = new Set(['but', 'and', 'while', 'whereas', 'yet', ';', ':']);

/**
 * `According to the agency, A, but Lee says B`, `Roe said A, and added B`: a second clause joined to the
 * reported words that reports words of its own (a subject and a speech verb, or the first speaker's verb again)
 * is a second reported speech; the first ends before the joining word.
 */
function splitSecondSpeech(tokens: TokenList, speech: ReportedSpeech): ReportedSpeech[] {
  if (speech.parts) return [speech];
  const from = tokens.firstFrom(speech.content.start);
  if (from >= tokens.length) return [speech];
  for (let index = from + MIN_CONTENT_WORDS; index < tokens.length - MIN_CONTENT_WORDS; index++) {
    const joiner = tokens.word(index);
    if (tokens.end(index - 1) > speech.content.end) continue;
    if (joiner.text === ',' && speech.attribution.side === 'before') {
      // "Roe said the plan would fail, adding that costs had doubled": the participle reports more of her words
      // (not after another speech verb: "…, a charge that the leaders denied, noting …" is theirs).
      const cueIndex = indexStartingAt(tokens, speech.attribution.cue.start);
      if (hasOtherSpeaker(tokens, cueIndex, index)) continue;
      const second = participleSpeech(tokens, index + 1, speech);
      const first = second ? contentTo(tokens, from, index - 1) : undefined;
      if (second && first) return [{ ...speech, content: first }, second];
      continue;
    }
    if (!CLAUSE_JOINERS.has(joiner.lower)) continue;
    const tail = tokens.slice(index + 1);
    const second = readSecondClause(tail, speech);
    if (!second) continue;
    const first = contentTo(tokens, from, tokens.text(index - 1) === ',' ? index - 2 : index - 1);
    if (!first) continue;
    return [{ ...speech, content: first }, second];
  }
  return [speech];
}

/** A speech verb between `cueIndex` and `end` whose subject is a name or description, not a pronoun ("a charge the leaders denied"). */
function hasOtherSpeaker(tokens: TokenList, cueIndex: number, end: number): boolean {
  for (let index = cueIndex + 2; index < end; index++) {
    if (!isSpeechWord(tokens.word(index))) continue;
    const subject = subjectBefore(tokens, index, cueIndex + 1);
    if (subject && !subject.isPronoun) return true;
  }
  return false;
}

/** `…, adding that B`, `…, noting B`: a speech participle after a comma, with a clause of its own, by the same speaker. */
function participleSpeech(tokens: TokenList, index: number, speech: ReportedSpeech): ReportedSpeech | undefined {
  const participle = tokens.wordAt(index);
  if (!participle || participle.kind !== 'word' || !participle.lower.endsWith('ing') || isCapitalized(participle)) return undefined;
  const verb = cueBase(participle.lower);
  if (!verb || !isReportingVerb(verb) || WEAK_CUES.has(verb)) return undefined;
  // "adding that …", "noting he …", "saying …": a clause for sure; "conceding the race" has an object.
  const next = tokens.wordAt(index + 1)?.lower ?? '';
  if (verb !== 'say' && next !== 'that' && !CLAUSE_SUBJECT_PRONOUNS.has(next)) return undefined;
  const content = readClauseAfter(tokens, index, verb);
  if (!content || content.end > speech.content.end) return undefined;
  // `…, saying that “race still matters”`: quoted words are a quotation's, read as direct speech; no split.
  const contentFirst = indexStartingAt(tokens, content.start);
  if (/^["“”„«]/u.test(contentFirst >= 0 ? tokens.text(contentFirst) : '')) return undefined;
  return { content, attribution: { speaker: speech.attribution.speaker, cue: { start: tokens.start(index), end: tokens.end(index) }, verb, side: 'before' } };
}

/** The reported speech a joined clause opens with: `Lee says B` (its own subject) or `added B` (the same speaker). */
function readSecondClause(tail: TokenList, speech: ReportedSpeech): ReportedSpeech | undefined {
  const opening = tail.wordAt(0)?.lower === 'also' ? 1 : 0;
  const word = tail.wordAt(opening);
  const verb = word && word.kind === 'word' && !isCapitalized(word) ? cueBase(word.lower) : undefined;
  if (verb && isReportingVerb(verb) && !word!.lower.endsWith('ing')) {
    const content = readClauseAfter(tail, opening, verb);
    const cue = { start: tail.start(opening), end: tail.end(opening) };
    return content ? { content, attribution: { speaker: speech.attribution.speaker, cue, verb, side: 'before' } } : undefined;
  }
  const second = readSentence(tail);
  if (!second || second.parts || second.attribution.side !== 'before' || second.attribution.speaker.phrase.start !== tail.start(0)) return undefined;
  return second;
}

/** "those who say …": a relative clause's speakers are whoever the clause describes, not a source. */
function isRelativePronoun(speaker: SpeakerPhrase): boolean {
  return speaker.tokens.length === 1 && RELATIVE_PRONOUNS.has(speaker.tokens.lower(0));
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

/** Content opening with a quotation mark is a direct quotation's attribution, not reported speech. */
function startsWithQuotation(text: string, content: Range): boolean {
  return /["“”„«]/u.test(text[content.start] ?? '');
}

// A sentence can yield reported speech (readSentence) only through a colon (a speaker label), "according", an
// evidence verb or a speech verb that does not start with a capital: sentences without one are not tokenized.
const MAY_REPORT_SPEECH = wordGate(['according', ...EVIDENCE_VERBS.keys()], reportingCueForms(), true);

/** The gate's answers by sentence start: the sentence's length, twice, plus 1 when it may report speech. */
const gateAnswers = new KeptAnswers();

/** MAY_REPORT_SPEECH.mayMatch(text, start, end), the previous analysis's answer for an unchanged sentence. */
function mayReportSpeech(text: string, answers: AnswersOfText, start: number, end: number): boolean {
  // (the gate reads a character past the end when a surrogate pair straddles it)
  const kept = answers.get(start, start, Math.min(end + 1, text.length));
  let answer: number;
  if (kept !== undefined && kept >> 1 === end - start) {
    answer = cacheChecksOn() ? checkedAnswer('reported speech gate', kept, (end - start) * 2 + (MAY_REPORT_SPEECH.mayMatch(text, start, end) ? 1 : 0)) : kept;
  } else answer = (end - start) * 2 + (MAY_REPORT_SPEECH.mayMatch(text, start, end) ? 1 : 0);
  answers.set(start, answer);
  return (answer & 1) === 1;
}

/** What the sentence of `allTokens` reports, read from its words alone (taken from the previous analysis for an unchanged sentence: sentenceSpeechCache.ts). */
function readSentenceSpeech(allTokens: TokenList): ReportedSpeech[] {
  const label = sectionLabel(allTokens);
  if (label === 'link') return [];
  const tokens = label === undefined ? allTokens : allTokens.slice(label);
  const read = readSentence(tokens);
  return read ? splitSecondSpeech(tokens, read) : [];
}

/** Whether reported speech read from a sentence stands: no quotation takes its words, its verb is no weak cue. */
function keeps(text: string, quoted: readonly Range[], directSpans: readonly Range[], speech: ReportedSpeech): boolean {
  return (
    !overlapsQuotation(speech.content, quoted) &&
    !startsWithQuotation(text, speech.content) &&
    !isRelativePronoun(speech.attribution.speaker) &&
    !WEAK_CUES.has(speech.attribution.verb) &&
    // A cue inside a direct quotation's extent is quoted words or, between the parts of a split quotation
    // (`"A," she denied that, "B."`), that quotation's own attribution: not speech reported by the narrator.
    !insideAny(directSpans, speech.attribution.cue.start)
  );
}

export function findReportedSpeech(
  text: string,
  document: DocumentTokens,
  blocks: readonly Block[],
  sentenceSource: SentenceSource,
  directQuotations: readonly QuotedStretch[],
  quotedTitles: readonly QuotedStretch[] = [],
): ReportedSpeech[] {
  const quoted = partsInOrder(directQuotations);
  const directSpans = quotationSpans(directQuotations);
  // Reported speech that ends inside a quoted name or title ("exercises \"Search.\"") encloses it too, so that
  // the two never cross; only direct quotations count as taking the sentence's content.
  const enclosable = quotationSpans([...directQuotations, ...quotedTitles]);
  const found: ReportedSpeech[] = [];
  const reuse = new SentenceSpeechReuse(document);
  const gate = gateAnswers.begin(text);
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    if (blocks[blockIndex].kind === 'dateline') continue;
    for (const sentence of sentenceSource.sentences(blockIndex)) {
      if (sentence.end - sentence.start > MAX_SENTENCE || !mayReportSpeech(text, gate, sentence.start, sentence.end)) continue;
      const speeches = reuse.speech(sentence.start, sentence.end, readSentenceSpeech);
      let firstKept = true;
      for (let order = 0; order < speeches.length; order++) {
        const speech = speeches[order];
        const kept = keeps(text, quoted, directSpans, speech);
        if (order === 0) firstKept = kept;
        // A second speech by the same speaker ("…, adding that …") is more of the first one's words: it goes when
        // they go (the first speech is the sentence's reading, its speaker phrase shared with such a second one).
        else if (!firstKept && speech.attribution.speaker === speeches[0].attribution.speaker) continue;
        if (kept) found.push(enclosingQuotations(speech, enclosable));
      }
    }
  }
  return found;
}
