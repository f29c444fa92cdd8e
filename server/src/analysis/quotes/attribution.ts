// Who said a quotation, read from the words right after it ("…," X said / "…," said X / "…," according to X)
// or from its sentence before it (X said: "…" / X told Izvestia that "…" / according to X, "…" / X described
// it as a "besieged fortress"). Works on a bounded window of tokens, so it stays linear on any input.
import { BETWEEN_SPEAKER_AND_CUE, cueBase, DETERMINERS, HEARER_VERBS, PARTY_LABEL, ROLE_PLURALS, TITLES, WEAK_CUES } from './lexicon';
import { headOf, isPronoun, phraseEndingAt, phraseStartingAt, type TokenSpan } from './phrases';
import type { Range } from './sentences';
import type { DocumentTokens } from '../documentTokens';
import type { TokenList } from '../tokenList';
import type { Word } from '../tokens';
import { paragraphCachesEnabled } from '../paragraphCache';
import { isCapitalized, isPossessive, ownTokens, wordsWithin } from './words';

export interface SpeakerPhrase {
  /** The whole phrase naming the speaker ("Darya Saprynskaya, a research fellow …" → "Darya Saprynskaya"). */
  phrase: Range;
  /** Its head: the name, description or pronoun that names the speaker. */
  head: Range;
  /** Tokens of the head, for reading the name out of it (in columns of their own: kept with the reading). */
  tokens: TokenList;
  isPronoun: boolean;
  /** A description naming no one ("a spokesman", "Trump’s lawyer"): it is not an actor's mention. */
  isDescription: boolean;
}

export interface Attribution {
  speaker: SpeakerPhrase;
  cue: Range;
  /** The verb's base form ("assert"), or "according to". */
  verb: string;
  /** Where the attribution stands relative to the quotation. */
  side: 'after' | 'before';
}

/** Longest stretch looked at on either side of a quotation (characters). */
const WINDOW = 400;
/** Most tokens between a speaker phrase's start and its verb (room for an apposition). */
const MAX_SUBJECT_TOKENS = 40;
/** Most tokens between a speaker phrase and its verb when they are not an apposition ("(R-Fla.)", "in the ad"). */
const MAX_SUBJECT_TAIL = 12;
/** The verbs recorded for an attribution by a dash or a colon alone (no speech verb to show as cue). */
export const DASH = 'dash';
export const COLON = 'colon';

// Lowercase nouns ending in -ly, which are not adverbs.
const LY_NOUNS = new Set([
  'family',
  'ally',
  'rally',
  'assembly',
  'supply',
  'reply',
  'monopoly',
  'anomaly',
  'bully',
  'fly',
  'belly',
  'jelly',
  'lily',
  'italy',
  'july',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
]);

/** A word that may stand between a speaker and the verb: "also", "has", "repeatedly", "in turn". */
export function isBetweenWord(word: Word): boolean {
  if (word.kind !== 'word' || isCapitalized(word)) return false;
  return BETWEEN_SPEAKER_AND_CUE.has(word.lower) || (word.lower.length > 4 && word.lower.endsWith('ly') && !LY_NOUNS.has(word.lower));
}

// Two-word speech verbs whose first word alone is no speech verb: "shot back", "went on", "chimed in".
// (a Map: looked up with every word, which a plain object answers slowly)
const PHRASAL_CUES = new Map<string, { particle: string; verb: string }>(
  Object.entries({
    went: { particle: 'on', verb: 'go on' },
    goes: { particle: 'on', verb: 'go on' },
    go: { particle: 'on', verb: 'go on' },
    shot: { particle: 'back', verb: 'shoot back' },
    shoots: { particle: 'back', verb: 'shoot back' },
    fired: { particle: 'back', verb: 'fire back' },
    fires: { particle: 'back', verb: 'fire back' },
    hit: { particle: 'back', verb: 'hit back' },
    hits: { particle: 'back', verb: 'hit back' },
    chimed: { particle: 'in', verb: 'chime in' },
    chimes: { particle: 'in', verb: 'chime in' },
    cut: { particle: 'in', verb: 'cut in' },
    cuts: { particle: 'in', verb: 'cut in' },
  }),
);

/** The speech verb starting at token `index`: its base form and how many tokens it takes, or undefined. */
function cueAt(tokens: TokenList, index: number, allowCapitalized = false): { verb: string; length: number } | undefined {
  const token = tokens.wordAt(index);
  if (!token || token.kind !== 'word') return undefined;
  // A capitalized word is a name ("the Post", "Said Ahmed") unless it opens the sentence ("Said Smith: …").
  if (isCapitalized(token) && !allowCapitalized) return undefined;
  const phrasal = PHRASAL_CUES.get(token.lower);
  if (phrasal && tokens.wordAt(index + 1)?.lower === phrasal.particle) return { verb: phrasal.verb, length: 2 };
  const base = cueBase(token.lower);
  return base ? { verb: base, length: 1 } : undefined;
}

function isAccordingTo(tokens: TokenList, index: number): boolean {
  return tokens.wordAt(index)?.lower === 'according' && tokens.wordAt(index + 1)?.lower === 'to';
}

/** The speaker phrase for a span of tokens, with its head and what kind of phrase it is. */
export function speakerFrom(tokens: TokenList, span: TokenSpan, givenHead?: TokenSpan): SpeakerPhrase {
  const head = givenHead ?? headOf(tokens, span);
  return {
    phrase: { start: tokens.start(span.first), end: tokens.end(span.last) },
    head: { start: tokens.start(head.first), end: tokens.end(head.last) },
    // A phrase kept by the caches past the analysis holds columns of its own; with the caches off (a text analyzed
    // once) nothing outlives the analysis, and a view of the sentence's columns reads the same tokens.
    tokens: paragraphCachesEnabled() ? ownTokens(tokens, head.first, head.last + 1) : tokens.slice(head.first, head.last + 1),
    isPronoun: head.first === head.last && isPronoun(tokens.word(head.first)),
    isDescription: isDescriptionPhrase(tokens, head),
  };
}

/** A phrase ending in a lowercase noun ("the announcer", "Trump’s spokesman") describes a speaker without naming one. */
export function isDescriptionPhrase(tokens: TokenList, span: TokenSpan): boolean {
  const last = tokens.word(span.last);
  return last.kind === 'word' && !isCapitalized(last) && !isPronoun(last);
}

function cueRange(tokens: TokenList, index: number): Range {
  const length = isAccordingTo(tokens, index) ? 2 : (cueAt(tokens, index)?.length ?? 1);
  return { start: tokens.start(index), end: tokens.end(index + length - 1) };
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** "was asked", "is quoted": the verb's subject is spoken to or about, not the speaker. */
function isPassive(tokens: TokenList, cueIndex: number): boolean {
  const cue = tokens.lower(cueIndex);
  if (cue === 'quoted' && tokens.wordAt(cueIndex + 1)?.lower === 'as') return false; // "she was quoted as saying": she speaks
  if (!/(?:ed|told|written|said|spoken|thought|sworn)$/.test(cue)) return false;
  let index = cueIndex - 1;
  while (index >= 0 && isBetweenWord(tokens.word(index)) && !BE_FORMS.has(tokens.lower(index))) index--;
  return index >= 0 && BE_FORMS.has(tokens.lower(index));
}

/** Skips words that may stand between a speaker and its verb, leftwards from `index`; returns the new index. */
function skipBetweenLeft(tokens: TokenList, index: number, floor: number): number {
  let skipped = 0;
  while (index >= floor && skipped < 4) {
    const word = tokens.word(index);
    // "Roe earlier this week said", "Lee last month wrote": a time phrase between the speaker and the verb.
    if (index - 1 >= floor && TIME_SPAN_NOUNS.has(word.lower) && TIME_DEICTICS.has(tokens.lower(index - 1))) {
      index -= 2;
      skipped += 2;
      continue;
    }
    // "Acme late Friday said", "Roe on Monday told": a weekday (with its preposition or "late"/"early").
    if (WEEKDAYS.has(word.lower)) {
      const before = tokens.wordAt(index - 1)?.lower ?? '';
      index -= TIME_DEICTICS.has(before) || WEEKDAY_LEADS.has(before) ? 2 : 1;
      skipped += 2;
      continue;
    }
    if (!isBetweenWord(word)) break;
    index--;
    skipped++;
  }
  return index;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const WEEKDAY_LEADS = new Set(['on', 'late', 'early']);
// "this week", "last month", "next spring": a time phrase set between a speaker and the verb.
const TIME_DEICTICS = new Set(['this', 'last', 'next']);
const TIME_SPAN_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);

// Words that open a relative clause inside an apposition (", where she teaches,").
const RELATIVE_OPENERS = new Set(['where', 'which', 'whose', 'when', 'who', 'whom']);
// Words that open an aside between a subject and its verb: ", who …,", ", at a later press gaggle,", ", in turn,".
const APPOSITION_OPENERS = new Set([
  'who',
  'at',
  'in',
  'on',
  'during',
  'speaking',
  'after',
  'before',
  'like',
  'for',
  'however',
  'though',
  'too',
  'meanwhile',
  'moreover',
  'instead',
  'asked',
  'when',
  'while',
  'writing',
  'appearing',
]);

/** An apposition opens with a determiner, a title, a number, "who" or a name: ", a research fellow at …,". */
function opensApposition(token: Word | undefined, length = Infinity): boolean {
  if (!token) return false;
  if (token.kind !== 'word') return false;
  // "Clinton, exasperated, responded", "Durbin, noting the size of the list, said".
  if (length <= 2 || token.lower.endsWith('ing')) return true;
  return (
    DETERMINERS.has(token.lower) ||
    TITLES.has(token.lower) ||
    APPOSITION_OPENERS.has(token.lower) ||
    /^\p{N}/u.test(token.text) ||
    (isCapitalized(token) && !isPronoun(token)) ||
    ROLE_PLURALS.has(token.lower) ||
    /^\p{Lu}{1,2}-/u.test(token.text)
  );
}

/** The comma at or before `index` (within the subject's reach of the verb, not across a clause break). */
function commaBefore(tokens: TokenList, index: number, floor: number, cueIndex: number): number | undefined {
  let opening = index;
  while (opening >= floor && cueIndex - opening < MAX_SUBJECT_TOKENS && tokens.text(opening) !== ',') {
    if (/^[!?;:"“”]$/.test(tokens.text(opening))) return undefined;
    opening--;
  }
  return opening >= floor && tokens.text(opening) === ',' ? opening : undefined;
}

/**
 * The subject of the verb at `cueIndex`, read leftwards: "Vladimir Putin said", "she noted", "Darya Saprynskaya,
 * a research fellow at …, told", "a spokesman said".
 */
export function subjectBefore(tokens: TokenList, cueIndex: number, floor: number): SpeakerPhrase | undefined {
  let index = skipBetweenLeft(tokens, cueIndex - 1, floor);
  if (index < floor) return undefined;
  if (tokens.text(index) === ')') {
    // "Rep. Gwen Moore (D-Wis.) said": the parenthesis after a name.
    let opening = index - 1;
    while (opening >= floor && index - opening <= 10 && tokens.text(opening) !== '(') opening--;
    if (opening < floor || tokens.text(opening) !== '(') return undefined;
    index = opening - 1;
    if (index < floor) return undefined;
  }
  if (tokens.text(index) === ',') {
    // An apposition or aside set off by commas: the subject stands before its opening comma.
    let opening = commaBefore(tokens, index - 1, floor, cueIndex);
    if (opening === undefined) return undefined;
    let closing = index;
    // "Roe, a graduate of the school, where she now teaches, said": a relative clause inside the apposition
    // has its own comma; the apposition opens before it.
    for (let asides = 0; asides < 2 && RELATIVE_OPENERS.has(tokens.wordAt(opening + 1)?.lower ?? ''); asides++) {
      const earlier = commaBefore(tokens, opening - 1, floor, cueIndex);
      if (earlier === undefined || !opensApposition(tokens.wordAt(earlier + 1), opening - earlier - 1)) break;
      closing = opening;
      opening = earlier;
    }
    if (!opensApposition(tokens.wordAt(opening + 1), closing - opening - 1)) return subjectBeforeLongAside(tokens, floor, index);
    // "Tom Reyes, co-founder of a bakery based in Lyon, France, says": with more commas before the aside, a name
    // opening the sentence and set off by the first of them is the subject, not the place inside the aside.
    if (commaBefore(tokens, opening - 1, floor, cueIndex) !== undefined) {
      const opener = subjectBeforeLongAside(tokens, floor, index);
      if (opener && !opener.isDescription && !opener.isPronoun) return opener;
    }
    let beforeComma = skipBetweenLeft(tokens, opening - 1, floor);
    if (tokens.wordAt(beforeComma)?.text === '.' && PARTY_LABEL.test(tokens.wordAt(beforeComma - 1)?.text ?? '')) beforeComma--; // "D-Ore."
    let subject = phraseEndingAt(tokens, beforeComma, floor);
    if (!subject || tokens.wordAt(subject.first)?.lower === 'who') return undefined;
    if (PARTY_LABEL.test(tokens.text(subject.first)) && tokens.wordAt(subject.first - 1)?.text === ',') {
      // "Rep. Jane Roe, D-Ore., the ranking member, said": the party label is an aside of the name before it.
      const named = phraseEndingAt(tokens, subject.first - 2, floor);
      if (named) subject = named;
    }
    const described = describedHead(tokens, subject, floor);
    // "the minister, Pavel Dvorak, wrote": a name set off after a description names the speaker.
    let asideEnd = index - 1;
    if (tokens.wordAt(asideEnd)?.text === ')') {
      // "Gov. John Kasich (R-OH), said": the party label closes the aside.
      while (asideEnd > opening && tokens.text(asideEnd) !== '(') asideEnd--;
      asideEnd--;
    }
    const aside = phraseEndingAt(tokens, asideEnd, opening + 1);
    if (
      isDescriptionPhrase(tokens, headOf(tokens, described)) &&
      aside &&
      aside.first === opening + 1 &&
      !isDescriptionPhrase(tokens, aside) &&
      !isPronoun(tokens.wordAt(aside.first))
    ) {
      return speakerFrom(tokens, aside);
    }
    return speakerFrom(tokens, subject);
  }
  const subject = phraseEndingAt(tokens, index, floor);
  if (!subject) return undefined;
  if (tokens.lower(subject.first) === 'who' && tokens.wordAt(subject.first - 1)?.text === ',') {
    // "Saprynskaya, who studies the region, said" is read above; "…, said Smith, who added" points back.
    const antecedent = phraseEndingAt(tokens, subject.first - 2, floor);
    return antecedent ? speakerFrom(tokens, antecedent) : undefined;
  }
  if (tokens.lower(subject.first) === 'who' && subject.first > floor) {
    // "Ortiz, the fierce striker who calls herself …": the description before "who", or the name it is set off from.
    const antecedent = phraseEndingAt(tokens, subject.first - 1, floor);
    if (!antecedent) return undefined;
    if (isDescriptionPhrase(tokens, antecedent) && tokens.wordAt(antecedent.first - 1)?.text === ',') {
      const named = phraseEndingAt(tokens, antecedent.first - 2, floor);
      if (named && !isDescriptionPhrase(tokens, named) && !isPronoun(tokens.wordAt(named.first))) return speakerFrom(tokens, named);
    }
    return speakerFrom(tokens, antecedent);
  }
  // "officials in Ottawa said", "a source close to the talks said", "the agency's office in Denver said": a
  // description followed by a prepositional phrase is the head; the name inside the phrase only qualifies it.
  const head = describedHead(tokens, subject, floor);
  if (head !== subject) return speakerFrom(tokens, { first: head.first, last: subject.last }, head);
  return speakerFrom(tokens, subject);
}

/**
 * "Tom Reyes, a welder based in Tulsa, Okla., and a member of the union, said": an aside of several commas between
 * the sentence's subject and its verb. The phrase opening the sentence, set off by a comma that opens an
 * apposition, is the subject when no clause break lies between it and the verb's comma (`closing`).
 */
function subjectBeforeLongAside(tokens: TokenList, floor: number, closing: number): SpeakerPhrase | undefined {
  let first = floor;
  while (first < closing && LEADING_CONJUNCTIONS.has(tokens.lower(first))) first++;
  const subject = phraseStartingAt(tokens, first, closing);
  if (!subject || tokens.wordAt(subject.last + 1)?.text !== ',' || closing - subject.last > MAX_SUBJECT_TOKENS) return undefined;
  if (isPronoun(tokens.wordAt(subject.first))) return undefined;
  // After a name any aside will do ("Mary Lee, lead designer at the firm, said"); after a description only one
  // that reads as an apposition.
  if (isDescriptionPhrase(tokens, subject) && !opensApposition(tokens.wordAt(subject.last + 2), closing - subject.last - 2)) return undefined;
  for (let index = subject.last + 1; index < closing; index++) if (/^[!?;:"“”()]$/.test(tokens.text(index))) return undefined;
  return speakerFrom(tokens, subject);
}

/**
 * `said a person familiar with the talks`, `according to officials in Ottawa`: a description read forwards takes
 * the prepositional phrase after it (an adjective such as "familiar" or "close" may come first) into its words,
 * so an unnamed source keeps what qualifies it; the description stays the head.
 */
export function describedWithPostmodifier(tokens: TokenList, phrase: TokenSpan): SpeakerPhrase {
  const head = headOf(tokens, phrase);
  if (!isDescriptionPhrase(tokens, head) || isPronoun(tokens.wordAt(head.last))) return speakerFrom(tokens, phrase);
  let next = phrase.last + 1;
  if (POSTMODIFIER_ADJECTIVES.has(tokens.wordAt(next)?.lower ?? '')) next++;
  if (!POSTMODIFIER_PREPOSITIONS.has(tokens.wordAt(next)?.lower ?? '')) return speakerFrom(tokens, phrase);
  const object = phraseStartingAt(tokens, next + 1);
  if (!object || object.last - phrase.first > MAX_SUBJECT_TAIL) return speakerFrom(tokens, phrase);
  return speakerFrom(tokens, { first: phrase.first, last: object.last }, head);
}

/** The description a phrase postmodifies: "officials" for "Ottawa" in "officials in Ottawa"; else the phrase itself. */
function describedHead(tokens: TokenList, subject: TokenSpan, floor: number): TokenSpan {
  let head = subject;
  for (let guard = 0; guard < 2; guard++) {
    const preposition = tokens.wordAt(head.first - 1);
    if (preposition && PARTICIPLE.test(preposition.text)) {
      // "the board decision allowing his release said", "a lawyer representing the family says": a participle
      // phrase after a description qualifies it; its object does not speak.
      const earlier = head.first - 2 >= floor ? phraseEndingAt(tokens, head.first - 2, floor) : undefined;
      if (earlier && DETERMINERS.has(tokens.lower(earlier.first)) && isDescriptionPhrase(tokens, earlier) && !isPronoun(tokens.wordAt(earlier.last))) head = earlier;
      break;
    }
    if (!preposition || !POSTMODIFIER_PREPOSITIONS.has(preposition.lower)) break;
    let end = head.first - 2;
    if (POSTMODIFIER_ADJECTIVES.has(tokens.wordAt(end)?.lower ?? '')) end--;
    const earlier = end >= floor ? phraseEndingAt(tokens, end, floor) : undefined;
    if (!earlier || isPronoun(tokens.wordAt(earlier.last))) break;
    if (!isDescriptionPhrase(tokens, earlier)) {
      // "Kim Sato with the regional health authority", "Jane Roe of the local union": the name speaks, the
      // description after it says where she works.
      if (NAME_AFFILIATIONS.has(preposition.lower) && isDescriptionPhrase(tokens, head) && !isPronoun(tokens.wordAt(earlier.first))) head = earlier;
      break;
    }
    head = earlier;
  }
  return head;
}

/** A lowercase present participle ("allowing", "representing"). */
const PARTICIPLE = /^\p{Ll}{2,}ing$/u;
// Prepositions tying a named person to the description of where they work.
const NAME_AFFILIATIONS = new Set(['with', 'of', 'at', 'from', 'for']);
const POSTMODIFIER_PREPOSITIONS = new Set(['in', 'at', 'of', 'for', 'from', 'with', 'to', 'on', 'inside', 'within']);
const POSTMODIFIER_ADJECTIVES = new Set(['close', 'familiar', 'near', 'knowledgeable', 'loyal', 'opposed', 'linked', 'tied', 'connected', 'involved', 'based']);

/**
 * Attribution written right after a quotation: `"…," X said`, `"…," said X`, `"…," according to X`,
 * `"…," X, a research fellow at …, told Izvestia`. `end` bounds the window (the end of the sentence).
 */
export function attributionAfter(text: string, document: DocumentTokens, quoteEnd: number, end: number, nextSentence = false): Attribution | undefined {
  const attribution = readAttributionAfter(text, document, quoteEnd, end);
  if (!attribution || !nextSentence) return attribution;
  // In the sentence after the quotation only a short attribution counts: `…” Trump said Friday.`, not
  // `…” Trump said the party would …` (a sentence of its own).
  // An apposition set off by commas does not count: `…” Karl Jensen, an analyst at Nordbank, said in a note.`
  const beforeCue = wordsWithin(document, quoteEnd, attribution.cue.start);
  const asideEnd = beforeCue.length - 1;
  let asideStart = -1;
  if (beforeCue.wordAt(asideEnd)?.text === ',') for (asideStart = 0; beforeCue.text(asideStart) !== ','; asideStart++);
  const subjectEnd = asideStart >= 0 && asideStart < asideEnd ? asideStart : beforeCue.length;
  const wordsBefore = wordCount(beforeCue, 0, subjectEnd);
  const after = wordsWithin(document, attribution.cue.end, Math.min(end, attribution.cue.end + 200));
  const opensClause = wordCount(after, 0, after.length) > 6 && CLAUSE_OPENERS.has(firstWord(after)!.lower);
  return wordsBefore <= 6 && !opensClause ? attribution : undefined;
}

/** How many of tokens [from, to) are words. */
function wordCount(tokens: TokenList, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) if (tokens.kind(index) === 'word') count++;
  return count;
}

/** The first word of `tokens` (a token holding a letter or digit), if any. */
function firstWord(tokens: TokenList): Word | undefined {
  for (let index = 0; index < tokens.length; index++) if (tokens.kind(index) === 'word') return tokens.word(index);
  return undefined;
}

/** Whether tokens from `from` to the end are all marks (none is a word). */
function onlyMarksFrom(tokens: TokenList, from: number): boolean {
  for (let index = from; index < tokens.length; index++) if (tokens.kind(index) !== 'punct') return false;
  return true;
}

/** Whether each of tokens [from, to) is a word or starts with a digit, a full stop, an apostrophe or a hyphen ("Local 12"). */
function wordsOrNumbers(tokens: TokenList, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (tokens.kind(index) !== 'word' && !/^[\p{N}.'’-]/u.test(tokens.text(index))) return false;
  return true;
}

// Words that, right after a speech verb, open what it reports: the sentence is a statement of its own.
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those']);

function readAttributionAfter(text: string, document: DocumentTokens, quoteEnd: number, end: number): Attribution | undefined {
  const tokens = wordsWithin(document, quoteEnd, Math.min(end, quoteEnd + WINDOW));
  let index = 0;
  while (index < tokens.length && tokens.kind(index) === 'punct' && /^(?:,|-+|[\u2015\u2014\u2013])$/.test(tokens.text(index))) index++;
  const first = tokens.wordAt(index);
  if (!first || first.kind !== 'word') return undefined;

  if (isAccordingTo(tokens, index)) {
    const speaker = phraseStartingAt(tokens, index + 2);
    return speaker ? { speaker: describedWithPostmodifier(tokens, speaker), cue: cueRange(tokens, index), verb: 'according to', side: 'after' } : undefined;
  }
  const firstCue = cueAt(tokens, index);
  if (firstCue) {
    // Inverted: "said Caddell", "asserted the Russian analyst Daria Saprynskaya", "said he".
    let subjectIndex = index + firstCue.length;
    while (subjectIndex < tokens.length && isBetweenWord(tokens.word(subjectIndex)) && !isPronoun(tokens.word(subjectIndex))) subjectIndex++;
    const speaker = phraseStartingAt(tokens, subjectIndex);
    if (speaker) return { speaker: describedWithPostmodifier(tokens, speaker), cue: cueRange(tokens, index), verb: firstCue.verb, side: 'after' };
    return undefined;
  }
  // A dash and a name closing the sentence: `"…" ― Pamela Padilla` (collections of readers' quotes).
  if (index > 0 && /^(?:-+|[\u2015\u2014\u2013])$/.test(tokens.text(index - 1))) {
    const speaker = phraseStartingAt(tokens, index);
    if (speaker && onlyMarksFrom(tokens, speaker.last + 1) && isCapitalized(tokens.word(speaker.first))) {
      return { speaker: speakerFrom(tokens, speaker), cue: { start: tokens.start(index - 1), end: tokens.end(index - 1) }, verb: DASH, side: 'after' };
    }
  }
  const unknownVerb = attributionByUnlistedVerb(text, quoteEnd, tokens, index);
  if (unknownVerb) return unknownVerb;
  // Subject first: `"…," Vladimir Putin said`, `"…," a voice in the radio spot asks`, `"…," Rep. John Mica
  // (R-Fla.) said`, `"…," Darya Saprynskaya, a research fellow at …, told Izvestia`.
  for (let cueIndex = index + 1; cueIndex < tokens.length && cueIndex - index <= MAX_SUBJECT_TOKENS; cueIndex++) {
    const token = tokens.word(cueIndex);
    // The window ends with the sentence, so a full stop inside it belongs to an abbreviation ("R-Ky.", "Jr.").
    if (token.kind === 'punct' && /^[!?;:"“”„«»]$/.test(token.text)) return undefined;
    const cue = cueAt(tokens, cueIndex);
    // After a determiner the word is a noun: "the email said", "his statement read".
    if (!cue || DETERMINERS.has(tokens.wordAt(cueIndex - 1)?.lower ?? '') || isPossessive(tokens.wordAt(cueIndex - 1))) continue;
    const subject = phraseStartingAt(tokens, index, cueIndex);
    if (!subject || isPassive(tokens, cueIndex)) return undefined;
    let between = cueIndex - 1;
    while (between > subject.last && tokens.kind(between) === 'word' && isBetweenWord(tokens.word(between))) between--;
    // The tokens between the phrase and the verb: subject.last + 1 … between.
    const tail = between - subject.last;
    const apposition = tail > 0 && tokens.text(subject.last + 1) === ',' && tokens.text(between) === ',';
    if (tail > MAX_SUBJECT_TAIL && !apposition) return undefined;
    let speaker = subject;
    if (!apposition && tail > 0) {
      // "Acme Local 12 president Jane Roe said": the noun phrase ends at the verb, and its last name speaks.
      const ending = phraseEndingAt(tokens, between, index);
      if (
        ending &&
        ending.last > subject.last &&
        ending.first >= subject.first &&
        isCapitalized(tokens.word(ending.last)) &&
        !isPronoun(tokens.word(ending.last)) &&
        wordsOrNumbers(tokens, subject.first, ending.first)
      )
        speaker = { first: subject.first, last: ending.last };
    }
    if (apposition && isDescriptionPhrase(tokens, subject)) {
      // "the minister, Alan Pryce, told": the name set off after the description names the speaker.
      const aside = phraseStartingAt(tokens, subject.last + 2, between);
      if (aside && !isDescriptionPhrase(tokens, aside) && !isPronoun(tokens.wordAt(aside.first))) speaker = aside;
    }
    return { speaker: speakerFrom(tokens, speaker), cue: cueRange(tokens, cueIndex), verb: cue.verb, side: 'after' };
  }
  return undefined;
}

/**
 * `"The bridge stays open," a furious Delacroix retorted.`: after a quotation closed by a comma, a name and
 * one past-tense or present verb ending the sentence attribute it even when the verb is not in the lexicon.
 */
function attributionByUnlistedVerb(text: string, quoteEnd: number, tokens: TokenList, index: number): Attribution | undefined {
  if (!/[,?!]/u.test(text[quoteEnd - 2] ?? '')) return undefined;
  const subject = phraseStartingAt(tokens, index);
  if (!subject) return undefined;
  const verbIndex = subject.last + 1;
  const verb = tokens.wordAt(verbIndex);
  if (!verb || verb.kind !== 'word' || isCapitalized(verb) || !/(?:ed|[^s]s)$/.test(verb.lower) || cueBase(verb.lower)) return undefined;
  const next = tokens.wordAt(verbIndex + 1);
  if (next && !/^(?:[,!?;]|\.+)$/.test(next.text)) return undefined;
  return { speaker: speakerFrom(tokens, subject), cue: { start: tokens.start(verbIndex), end: tokens.end(verbIndex) }, verb: verb.lower, side: 'after' };
}

/**
 * Attribution in the sentence before a quotation: `X said: "…"`, `X told Izvestia that "…"`, `according to X, "…"`,
 * `X said the rearmament could "significantly enhance" …`, `X likened the situation to a "besieged fortress"`.
 * The nearest speech verb of the sentence wins.
 */
export function attributionBefore(document: DocumentTokens, sentenceStart: number, quoteStart: number): Attribution | undefined {
  const from = Math.max(sentenceStart, quoteStart - WINDOW);
  const tokens = wordsWithin(document, from, quoteStart);
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens.word(index);
    if (token.kind === 'punct' && /^["“”„«»]$/.test(token.text)) return undefined; // another quotation's territory
    if (isAccordingTo(tokens, index)) {
      const speaker = phraseStartingAt(tokens, index + 2);
      return speaker ? { speaker: speakerFrom(tokens, speaker), cue: cueRange(tokens, index), verb: 'according to', side: 'before' } : undefined;
    }
    const cue = cueAt(tokens, index, index === 0);
    if (!cue) continue;
    const verb = cue.verb;
    if (WEAK_CUES.has(verb)) continue;
    if (isPassive(tokens, index)) {
      // "Ames was asked by moderator Lee Park, "…"": the agent speaks; "Ames was asked, "…"": nobody named does.
      const agent = tokens.wordAt(index + cue.length)?.lower === 'by' ? phraseStartingAt(tokens, index + cue.length + 1) : undefined;
      if (agent) return { speaker: speakerFrom(tokens, agent), cue: cueRange(tokens, index), verb, side: 'before' };
      // Without an agent the passive verb is no attribution; a speech verb earlier in the sentence may be
      // ("Roe said the crowd was being shouted at "…"").
      continue;
    }
    // A participle after a comma ("…, saying") belongs to the sentence's subject; right after a noun it belongs
    // to that noun ("footage of Hillary Clinton asking, …").
    const participle = token.lower.endsWith('ing') && tokens.wordAt(index - 1)?.text === ',';
    const speaker = participle ? clauseSubject(tokens, index) : (subjectBefore(tokens, index, 0) ?? clauseSubject(tokens, index));
    if (speaker) return { speaker, cue: cueRange(tokens, index), verb, side: 'before' };
    // An inverted verb before the quotation: `Said Smith: "…"`, `Said Mona Fitch, a neighbour since 1990, "…"`.
    if (index === 0 || tokens.text(index - 1) === ',') {
      const inverted = phraseStartingAt(tokens, index + cue.length);
      if (inverted && /^[:,]$/.test(tokens.wordAt(inverted.last + 1)?.text ?? ''))
        return { speaker: speakerFrom(tokens, inverted), cue: cueRange(tokens, index), verb, side: 'before' };
    }
    if (HEARER_VERBS.has(verb) || verb === 'say') return undefined; // a speech verb without a readable subject: stop here
  }
  return colonAttribution(tokens);
}

/**
 * `Republican pollster Daron Shaw: "…"`, `President Clinton released the following statement: "…"`: a colon
 * introduces the quotation with no speech verb; a name right before it, or the sentence's subject, speaks.
 */
function colonAttribution(tokens: TokenList): Attribution | undefined {
  const colon = tokens.length - 1;
  if (colon < 1 || tokens.text(colon) !== ':') return undefined;
  const named = phraseEndingAt(tokens, colon - 1);
  let speaker: SpeakerPhrase | undefined;
  if (named && !isPronoun(tokens.wordAt(named.first)) && !isDescriptionPhrase(tokens, named)) speaker = speakerFrom(tokens, named);
  else {
    // The subject of the clause the colon ends: "…, and then I wrote down my reply:" → "I".
    let clauseStart = 0;
    for (let index = colon - 1; index > 0; index--) {
      if (tokens.text(index) === ',') {
        clauseStart = index + 1;
        break;
      }
    }
    while (clauseStart < colon && SUBORDINATORS.has(tokens.lower(clauseStart))) clauseStart++;
    // "Lapses showed when Roe posted this: …": the clause the colon ends is the subordinate one, with its own subject.
    for (let index = colon - 2; index > clauseStart; index--) {
      if (!CLAUSE_SUBORDINATORS.has(tokens.lower(index))) continue;
      if (isCapitalized(tokens.wordAt(index + 1)) || isPronoun(tokens.wordAt(index + 1))) clauseStart = index + 1;
      break;
    }
    const subject = sentenceSubject(tokens, clauseStart, colon);
    if (subject && !subject.isDescription) speaker = subject;
  }
  return speaker ? { speaker, cue: { start: tokens.start(colon), end: tokens.end(colon) }, verb: COLON, side: 'before' } : undefined;
}

/** The subject of a sentence, after an introductory phrase and leading conjunctions. */
function sentenceSubject(tokens: TokenList, from: number, before: number): SpeakerPhrase | undefined {
  let first = from;
  if (INTRODUCTORY.has(tokens.wordAt(first)?.lower ?? '')) {
    let comma = Math.max(first, 0);
    while (comma < before && comma < tokens.length && tokens.text(comma) !== ',') comma++;
    if (comma >= before || comma >= tokens.length) return undefined;
    first = comma + 1;
  }
  while (first < before && LEADING_CONJUNCTIONS.has(tokens.lower(first))) first++;
  const subject = phraseStartingAt(tokens, first, before);
  return subject ? speakerFrom(tokens, subject) : undefined;
}

// Words that open an introductory phrase before a sentence's subject ("During a speech, Trump …").
const INTRODUCTORY = new Set([
  'during',
  'in',
  'at',
  'after',
  'before',
  'while',
  'when',
  'as',
  'on',
  'despite',
  'with',
  'without',
  'since',
  'although',
  'though',
  'because',
  'if',
  'for',
  'from',
  'by',
  'under',
  'over',
  'following',
  'amid',
  'speaking',
  'asked',
  'later',
  'earlier',
  'last',
  'this',
  'throughout',
  'once',
  'upon',
  'unlike',
  'like',
  'among',
  'outside',
  'inside',
  'nonetheless',
  'nevertheless',
  'moreover',
  'furthermore',
  'besides',
  'indeed',
  'now',
  'finally',
  'eventually',
  'ultimately',
  'initially',
  'separately',
  'similarly',
  'likewise',
  'otherwise',
  'again',
  'still',
  'meanwhile',
  'however',
  'instead',
]);
// Words opening a subordinate clause whose subject, not the sentence's, speaks the words after a colon.
const CLAUSE_SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'because', 'since', 'until', 'once', 'as']);
const SUBORDINATORS = new Set(['that', 'and', 'but', 'so', 'then', 'as', 'because', 'which', 'who', 'while', 'when', 'although', 'though']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'then', 'still', 'meanwhile', 'however', 'instead', 'also']);

/**
 * "Trump spoke for an hour, saying: …", "I laughed and said, …": the verb is a participle or the second of two
 * joined verbs, so the subject of the sentence speaks.
 */
export function clauseSubject(tokens: TokenList, cueIndex: number): SpeakerPhrase | undefined {
  const previousIndex = skipBetweenLeft(tokens, cueIndex - 1, 0);
  const previous = tokens.wordAt(previousIndex);
  const participle = tokens.lower(cueIndex).endsWith('ing') && !BE_FORMS.has(previous?.lower ?? '');
  const coordinated = previous?.lower === 'and' || previous?.lower === 'but';
  const infinitive = previous?.lower === 'to'; // "went on to say", "took to Twitter to write"
  const quotedAs = previous?.lower === 'as' && tokens.lower(cueIndex).endsWith('ing'); // "was quoted as saying"
  if (!participle && !coordinated && !infinitive && !quotedAs) return undefined;
  let first = 0;
  if (coordinated) {
    // "…, I laughed and said": the clause of the first verb starts after the last comma before "and" (unless
    // that comma is the one right before "and": "…, which let him go, and said").
    for (let index = previousIndex - 1; index >= 0; index--) {
      if (tokens.text(index) === ',') {
        if (index < previousIndex - 1) first = index + 1;
        break;
      }
    }
  }
  if (first > 0) {
    // The clause after the comma may have no subject of its own ("Mr. Hale, who left in 2015, stayed silent and
    // later said"): then the sentence's subject speaks.
    let clauseFirst = first;
    while (clauseFirst < cueIndex && LEADING_CONJUNCTIONS.has(tokens.lower(clauseFirst))) clauseFirst++;
    const subject = phraseStartingAt(tokens, clauseFirst, cueIndex);
    if (subject) return speakerFrom(tokens, subject);
  }
  return sentenceSubject(tokens, 0, cueIndex);
}
