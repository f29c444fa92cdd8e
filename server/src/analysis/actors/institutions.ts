// Names of institutions written out in full ("Moscow State Institute of International Relations", "Russian Academy
// of Sciences", "European People's Party"): a run of capitalized words, joined by "of", "for", "and", "&" or a
// possessive, that contains a word naming a kind of organization. The tagger often splits such long names at a
// place or a nationality inside them; the run is one organization.
import type { TokenList } from '../tokenList';
import type { Word } from '../tokens';
import { headlineLines } from './features';
import { gazetteer, INSTITUTION_HEADS, nameKey, wordKey, type Gazetteer } from './gazetteer';
import type { DocumentTokens } from '../documentTokens';
import { perParagraph } from '../paragraphLocal';
import { byStart } from '../spanOrder';
import { CALENDAR_WORD, COMPANY_SUFFIXES, isTitleWord, joinedWords, titleBeforeOf, type NameMention } from './mentions';

// Capitalized words that open a sentence or a clause without being part of a name.
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'and',
  'but',
  'as',
  'after',
  'before',
  'while',
  'when',
  'if',
  'according',
  'meanwhile',
  'however',
  'under',
  'during',
  'among',
]);

/** Title-case words only (a capital, then a small letter): all-caps lines (tables, shouted headlines) say nothing about where names end. */
function capitalized(written: Word | undefined): boolean {
  if (written === undefined) return false;
  const word = written.norm;
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  // /^\p{Lu}[\p{Ll}'’-]/u answered from the character codes for ASCII (nearly every word; it runs on each)
  const titleCase =
    first < 0x80 && second < 0x80 ? first >= 0x41 && first <= 0x5a && ((second >= 0x61 && second <= 0x7a) || second === 0x27 || second === 0x2d) : TITLE_CASE.test(word);
  return titleCase && !CALENDAR_WORD.test(word);
}

const TITLE_CASE = /^\p{Lu}[\p{Ll}'’-]/u;

// Heads of the names of public bodies and associations, where "Trade and Ports Commission" is one name; a
// company's head ("Foods", "Group", "Bank") ends lists of two companies as often ("Norvale and Brightwell Foods").
const BODY_HEADS = new Set([
  'academy',
  'agency',
  'assembly',
  'association',
  'authority',
  'board',
  'bureau',
  'center',
  'centre',
  'chamber',
  'coalition',
  'commission',
  'committee',
  'conference',
  'council',
  'court',
  'department',
  'directorate',
  'exchange',
  'federation',
  'foundation',
  'front',
  'guard',
  'institute',
  'league',
  'ministry',
  'movement',
  'office',
  'organisation',
  'organization',
  'party',
  'service',
  'society',
  'tribunal',
  'union',
]);

function isHead(word: Word | undefined): boolean {
  return word !== undefined && INSTITUTION_HEADS.has(wordKey(word)); // ("Inc." as "Inc")
}

/** Whether a token of [from, to) names a kind of organization (isHead). */
function hasHead(tokens: TokenList, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isHead(tokens.word(index))) return true;
  return false;
}

function opensWithPluralBeforeOf(tokens: TokenList, index: number, names: Gazetteer): boolean {
  const token = tokens.word(index);
  const word = token.normLower;
  const next = tokens.wordAt(index + 1)?.normLower;
  return tokens.sentenceStart(index) && (next === 'of' || next === 'for') && /\p{Ll}s$/u.test(token.norm) && !isHead(token) && !names.phrases.has(nameKey(word));
}

/**
 * The runs of capitalized words that name an institution in full, as organization mentions, in order. A run never
 * crosses a line break, so a paragraph's runs read its own tokens only, but for a title before "of" at the start of
 * the next paragraph (see institutionChainsPerParagraph).
 */
export function institutionChains(tokens: TokenList, names: Gazetteer, headline: Readonly<Uint8Array> = headlineLines(tokens), from = 0, to = tokens.length): NameMention[] {
  const chains: NameMention[] = [];
  const count = tokens.length;
  let index = from;
  while (index < to) {
    const opening = tokens.word(index);
    if (!capitalized(opening) || headline[index] || OPENERS.has(opening.normLower)) {
      index++;
      continue;
    }
    // "Shares of Acme Robotics", "Representatives of First Bank": a plural common noun opening the sentence before
    // "of" is what the sentence is about, not the first word of the name.
    if (opensWithPluralBeforeOf(tokens, index, names)) {
      index++;
      continue;
    }
    // "Chief Operating Officer of Acme Airways": the title is the role of the person named nearby, not the start of
    // the organization's name.
    const titleEnd = titleBeforeOf(tokens, index);
    if (titleEnd !== undefined) {
      index = titleEnd + 1;
      continue;
    }
    const first = index;
    let last = index;
    let cursor = index + 1;
    let sawPreposition = false;
    let andAt: number | undefined;
    for (;;) {
      // A name never runs over a line break (a table's heading into its first row). (Past the last token there is
      // none: `current` and `next` are undefined there, and capitalized() of undefined is false.)
      if (cursor < count && tokens.lineStart(cursor)) break;
      const current = tokens.wordAt(cursor);
      const word = current?.normLower;
      const next = tokens.wordAt(cursor + 1);
      // (capitalized(next) is true only where there is a token: its line-start flag is read after that)
      if (capitalized(current) && !headline[cursor]) last = cursor++;
      else if ((word === 'of' || word === 'for') && capitalized(next) && !tokens.lineStart(cursor + 1) && !COMPANY_SUFFIXES.has(wordKey(tokens.word(cursor - 1)))) {
        // (a company's name ends at its legal form: "Acme Robotics Inc of Lyon" is the company, then its town)
        sawPreposition = true;
        cursor++;
      } else if (((word === 'and' && sawPreposition) || word === '&') && capitalized(next) && !tokens.lineStart(cursor + 1)) cursor++;
      else if (
        word === 'and' &&
        andAt === undefined &&
        capitalized(next) &&
        !tokens.lineStart(cursor + 1) &&
        !hasHead(tokens, first, cursor) &&
        !isTitleWord(tokens.norm(cursor - 1), names)
      ) {
        // "Trade and Ports Commission", "Harbor Safety and Order Review Council": words with no kind of
        // organization among them, "and", then words ending in a public body's are one name (kept only if they do);
        // not after a title ("Chairman and Chief Executive of …": two titles).
        andAt = cursor;
        cursor++;
      } else if (word === "'s" && isHead(next) && !tokens.lineStart(cursor + 1)) cursor++;
      else break;
    }
    // Two names side by side ("Norvale and Brightwell Foods", "Lanvik Strip and North Bank") end before the "and".
    if (andAt !== undefined && (!BODY_HEADS.has(tokens.word(last).normLower) || names.phrases.get(nameKey(joinedWords(tokens, andAt + 1, last))) === 'loc')) last = andAt - 1;
    index = last + 1;
    if (last === first || !hasHead(tokens, first, last + 1)) continue;
    const text = joinedWords(tokens, first, last);
    if (names.phrases.get(nameKey(text)) === 'loc') continue; // "Russian Federation", "United Arab Emirates" are places
    chains.push({ type: 'organization', first, last, start: tokens.start(first), end: tokens.end(last), text });
  }
  return chains;
}

/** A paragraph's institution name: token indices from its first token and its words (no offsets). */
interface ParagraphChain {
  first: number;
  last: number;
  text: string;
}

function paragraphChains(tokens: TokenList): ParagraphChain[] {
  const chains: ParagraphChain[] = [];
  for (const chain of institutionChains(tokens, gazetteer(), headlineLines(tokens))) chains.push({ first: chain.first, last: chain.last, text: chain.text });
  return chains;
}

/**
 * institutionChains() of the document from each paragraph's, kept with its tokens (paragraphLocal.ts): an edit reads
 * the runs of the paragraphs it touched only. The one read past a paragraph's end: a title at its end may be the
 * officer's of an organization named in the next paragraph, when that opens with "of" (titleBeforeOf). No run comes
 * of such a title alone (its words hold no kind of organization), but the paragraph is read with the document's
 * tokens all the same, so that its runs never rest on that argument.
 */
export function institutionChainsPerParagraph(document: DocumentTokens, names: Gazetteer, headline: Readonly<Uint8Array>): NameMention[] {
  const tokens = document.tokens;
  const results = perParagraph(document, 'institution chains', paragraphChains);
  const chains: NameMention[] = [];
  for (let at = 0; at < results.length; at++) {
    const paragraph = document.paragraphs[at];
    if (tokens.wordAt(paragraph.end)?.norm === 'of') {
      for (const chain of institutionChains(tokens, names, headline, paragraph.first, paragraph.end)) chains.push(chain);
      continue;
    }
    for (const { first, last, text } of results[at]) {
      const from = paragraph.first + first;
      const to = paragraph.first + last;
      chains.push({ type: 'organization', first: from, last: to, start: tokens.start(from), end: tokens.end(to), text });
    }
  }
  return chains;
}

/** Replaces tagger mentions inside each institution name by one organization mention of the whole name. `chains`: institutionChains(tokens, names, headline), when the caller has them. */
export function joinInstitutionNames(
  tokens: TokenList,
  mentions: readonly NameMention[],
  names: Gazetteer,
  headline: Readonly<Uint8Array> = headlineLines(tokens),
  chains: readonly NameMention[] = institutionChains(tokens, names, headline),
): NameMention[] {
  if (chains.length === 0) return [...mentions];
  // A tagger name that reaches outside the run wins over it; a person inside ("Agriculture Secretary Dan Glickman")
  // means the run is not one institution's name. Runs are disjoint and in order, so each mention finds the runs it
  // overlaps by binary search (comparing every mention with every run was quadratic on long articles).
  const rejected = new Uint8Array(chains.length);
  for (const mention of mentions) {
    for (let at = firstChainEndingAtOrAfter(chains, mention.first); at < chains.length && chains[at].first <= mention.last; at++) {
      const chain = chains[at];
      const crosses = mention.first < chain.first || mention.last > chain.last;
      // The tagger's place of exactly the run's words keeps its type: a place named like an institution ("Lanvik Bank").
      const samePlace = mention.type === 'place' && mention.first === chain.first && mention.last === chain.last;
      if (crosses || samePlace || mention.type === 'person') rejected[at] = 1;
    }
  }
  // (loops, not filter: a callback is a new closure per call, compiled again after each full collection)
  const kept: NameMention[] = [];
  for (let at = 0; at < chains.length; at++) if (!rejected[at]) kept.push(chains[at]);
  // The tagger's mentions come in start order: those outside the kept runs merged with them in one pass (a list of
  // them first, then the merge, was two arrays of a long article's mentions per edit).
  if (!inStartOrder(mentions) || !inStartOrder(kept)) {
    const outside: NameMention[] = [];
    for (const mention of mentions) if (!insideChain(kept, mention)) outside.push(mention);
    return mergeByStart(outside, kept);
  }
  const merged: NameMention[] = [];
  let j = 0;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (insideChain(kept, mention)) continue;
    while (j < kept.length && kept[j].start < mention.start) merged.push(kept[j++]);
    merged.push(mention);
  }
  while (j < kept.length) merged.push(kept[j++]);
  return merged;
}

/** Whether `mention` lies inside one of the disjoint, ordered runs. */
function insideChain(runs: readonly NameMention[], mention: NameMention): boolean {
  const at = firstChainEndingAtOrAfter(runs, mention.first);
  return at < runs.length && mention.first >= runs[at].first && mention.last <= runs[at].last;
}

/** [...a, ...b] stably sorted by start; a merge when both are already in order (they are, from the tagger). */
function mergeByStart(a: NameMention[], b: NameMention[]): NameMention[] {
  if (!inStartOrder(a) || !inStartOrder(b)) return [...a, ...b].sort(byStart);
  const merged: NameMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  return merged;
}

/** Index of the first of the disjoint, ordered runs whose last token is at or after `token` (runs.length if none). */
function firstChainEndingAtOrAfter(runs: readonly NameMention[], token: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (runs[middle].last < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

function inStartOrder(list: readonly NameMention[]): boolean {
  for (let index = 1; index < list.length; index++) if (list[index - 1].start > list[index].start) return false;
  return true;
}
