// The tagger's mentions typed and joined by what the document says around them: places outside the sports pages,
// datelines' places, companies by their legal forms, clubs with town letters, teams after competitors, possessive
// names, organizations named in the possessive, institution names written out in full (one step each, in that
// order). Eight steps over every mention of the document, each copying the list: on a long page a tenth of the
// actors' time per keystroke, although a letter typed in running text changes none of them.
//
// So after an edit they are taken over from the previous analysis when what they read is as it was. They read the
// mentions (their types, texts, dateline flags and places), the register, the gazetteer, the datelines' openings and
// the institution names (both read per paragraph), and tokens near each mention and each dateline opening only: from
// MENTION_TOKENS_BEFORE before a mention to MENTION_TOKENS_AFTER after it (a bracket and a comma before a team, a
// bracketed town letter, a possessive and the title-case words after it up to an organization's head word), and up to
// DATELINE_TOKENS_READ after an opening (the dateline's place names and its date), and around the names found there
// as around any mention. When the mentions, openings and institution names are the previous ones (those after the
// edit moved with it) and none of these tokens was edited, the result is the previous one, the mentions after the
// edit moved with it. In test mode each one taken over is compared with the steps run again (checkedKept).
import type { DocumentTokens } from '../documentTokens';
import { checkedKept, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { alignmentOf, type TokenAlignment } from '../previousTokens';
import type { TokenList } from '../tokenList';
import { teamsAfterCompetitors } from './competitorTeams';
import { DATELINE_TOKENS_READ, datelineReach, typeDatelinePlaces } from './datelinePlaces';
import type { Gazetteer } from './gazetteer';
import { joinInstitutionNames } from './institutions';
import { companiesByLegalForm } from './legalForms';
import type { NameMention } from './mentions';
import { placesOutsideSports } from './placesOutsideSports';
import { MAX_OWNED_WORDS, organizationsWithPossessives, possessiveNames } from './possessiveNames';
import type { Register } from './register';
import { clubsWithTownLetters } from './townLetterClubs';

/** Tokens before a mention's first that a step reads at most (teamsAfterCompetitors: "( place ) ," before a team). */
const MENTION_TOKENS_BEFORE = 3;
/**
 * Tokens after a mention's last that a step reads at most: organizationsWithPossessives reads up to MAX_OWNED_WORDS
 * title-case words after a possessive "'s" or a plural's apostrophe, after a mention possessiveNames may have extended
 * by its "'s" (two more); the others read fewer (the token after a name, two after a team). On the sports pages a
 * club's bracketed town letter may first extend a one-word name by two tokens (clubsWithTownLetters).
 */
const MENTION_TOKENS_AFTER = MAX_OWNED_WORDS + 4;

/**
 * The last token the steps read after `mention` (the tokens themselves being unedited, the earlier reading read the
 * same ones): most names are read to the token after them or the one after that (a team), a possessive's title-case
 * words further on. `bound`: at most how far, without reading the tokens.
 */
function mentionReadTo(tokens: TokenList, mention: NameMention, register: Register, bound: boolean): number {
  const last = register === 'sports' ? Math.max(mention.last, mention.first + 2) : mention.last;
  if (bound) return last + MENTION_TOKENS_AFTER;
  const next = tokens.wordAt(last + 1)?.norm;
  return next === "'" || next === "'s" || tokens.wordAt(last)?.norm === "'s" ? last + MENTION_TOKENS_AFTER : last + 2;
}

/** The first token the steps read before `mention` (a team after "( place ) ," two before it); `bound`: at most how far. */
function mentionReadFrom(tokens: TokenList, mention: NameMention, bound: boolean): number {
  if (bound) return mention.first - MENTION_TOKENS_BEFORE;
  return tokens.wordAt(mention.first - 1)?.norm === ',' ? mention.first - 2 : mention.first - 1;
}

/** What the steps read besides the tokens. */
export interface NamedMentionsInput {
  /** The tagger's mentions (mentions.ts readMentions), outside agencies' credits. */
  tagged: readonly NameMention[];
  names: Gazetteer;
  register: Register;
  /** Where a dateline may open (datelinePlaces.ts datelineOpenings). */
  datelines: readonly number[];
  /** The tokens' headline flags, and the institution names written out (institutions.ts institutionChains). */
  headline: Readonly<Uint8Array>;
  chains: readonly NameMention[];
}

/** The steps, run. */
export function namedMentions(tokens: TokenList, { tagged, names, register, datelines, headline, chains }: NamedMentionsInput): NameMention[] {
  const typed = typeDatelinePlaces(tokens, placesOutsideSports(tokens, tagged, names, register), datelines);
  const named = teamsAfterCompetitors(tokens, clubsWithTownLetters(tokens, companiesByLegalForm(typed), names, register));
  return joinInstitutionNames(tokens, organizationsWithPossessives(tokens, possessiveNames(tokens, named)), names, headline, chains);
}

/** What the steps of the latest document read and made. */
interface KeptNamed {
  document: DocumentTokens;
  input: NamedMentionsInput;
  named: NameMention[];
}

const kept = new KeptLatest<KeptNamed>();
/** How many were taken over so far (for the tests). */
let takenOver = 0;

/** How many documents' named mentions namedMentionsReusing() took over from the previous analysis so far. */
export function namedMentionsTakenOver(): number {
  return takenOver;
}

/** namedMentions() of `document`'s tokens, taken over from the previous analysis where it can be. */
export function namedMentionsReusing(document: DocumentTokens, input: NamedMentionsInput): NameMention[] {
  const tokens = document.tokens;
  if (!paragraphCachesEnabled()) return namedMentions(tokens, input);
  const previous = kept.value;
  const before = previous?.input;
  if (previous !== undefined && before !== undefined && previous.document !== document && input.names === before.names && input.register === before.register) {
    const alignment = alignmentOf(document);
    if (
      alignment.previous === previous.document &&
      sameAround(tokens, before.tagged, input.tagged, alignment, input.register) &&
      sameAround(tokens, before.chains, input.chains, alignment) &&
      sameOpeningsAround(tokens, before.datelines, input.datelines, alignment)
    ) {
      const named = movedMentions(previous.named, alignment);
      if (named !== undefined) {
        takenOver++;
        kept.value = { document, input, named };
        return checkedKept('named mentions', named, () => namedMentions(tokens, input));
      }
    }
  }
  const named = namedMentions(tokens, input);
  kept.value = { document, input, named };
  return named;
}

/**
 * Whether `mentions` are the `earlier` ones, those after the edit moved with it, none of them with an edited token among
 * those the steps read around it (the new tokens [prefix, from) are the edited ones). `register`: the document's, for
 * the steps' reach; undefined: the mentions' own tokens only (the institution names, which no step reads around).
 */
function sameAround(tokens: TokenList, earlier: readonly NameMention[], mentions: readonly NameMention[], alignment: TokenAlignment, register?: Register): boolean {
  if (earlier.length !== mentions.length) return false;
  const { prefix, from, tokenShift, charShift } = alignment;
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at];
    const was = earlier[at];
    // (most are the very mentions the previous analysis read, those before the edit: spanMentionsCache.ts)
    if (mention !== was && (mention.type !== was.type || mention.text !== was.text || mention.dateline !== was.dateline)) return false;
    let readFrom = register === undefined ? mention.first : mentionReadFrom(tokens, mention, true);
    let readTo = register === undefined ? mention.last : mentionReadTo(tokens, mention, register, true);
    // (near the edit, how far the steps read around this one)
    if (register !== undefined && readTo >= prefix && readFrom < from) {
      readFrom = mentionReadFrom(tokens, mention, false);
      readTo = mentionReadTo(tokens, mention, register, false);
    }
    if (readTo < prefix) {
      if (mention.first !== was.first || mention.last !== was.last || mention.start !== was.start || mention.end !== was.end) return false;
    } else if (readFrom >= from) {
      if (mention.first + tokenShift !== was.first || mention.last + tokenShift !== was.last || mention.start + charShift !== was.start || mention.end + charShift !== was.end)
        return false;
    } else return false;
  }
  return true;
}

/**
 * Whether the datelines' openings are the earlier ones, those after the edit moved with it, none reading an edited
 * token. Most openings are a paragraph's first word, read no further than the word after it: those near the edit
 * are read again to tell how far they read (the tokens read being unedited, the earlier reading read the same ones).
 */
function sameOpeningsAround(tokens: TokenList, earlier: readonly number[], openings: readonly number[], { prefix, from, tokenShift }: TokenAlignment): boolean {
  if (earlier.length !== openings.length) return false;
  for (let place = 0; place < openings.length; place++) {
    const index = openings[place];
    let readFrom = index - MENTION_TOKENS_BEFORE;
    let readTo = index + DATELINE_TOKENS_READ + MENTION_TOKENS_AFTER;
    if (readTo >= prefix && readFrom < from) {
      // (the names a dateline gives are read around as any mention is)
      const reach = datelineReach(tokens, index);
      readFrom = reach.namesTo >= 0 ? index - MENTION_TOKENS_BEFORE : index;
      readTo = Math.max(reach.readTo, reach.namesTo >= 0 ? reach.namesTo + MENTION_TOKENS_AFTER : -1);
    }
    if (readTo < prefix) {
      if (earlier[place] !== index) return false;
    } else if (readFrom >= from) {
      if (earlier[place] !== index + tokenShift) return false;
    } else return false;
  }
  return true;
}

/**
 * The previous analysis's named mentions at their places now: those before the edit as they were, those after it
 * moved (copies: nothing changes a mention once made); undefined when one lies across the edit.
 */
function movedMentions(named: readonly NameMention[], { prefix, from, tokenShift, charShift }: TokenAlignment): NameMention[] | undefined {
  // (the earlier tokens [prefix, editedTo) are those the edit replaced; after them, earlier token i is token i - tokenShift now)
  const editedTo = from + tokenShift;
  const moved = new Array<NameMention>(named.length);
  for (let at = 0; at < named.length; at++) {
    const mention = named[at];
    if (mention.last < prefix) moved[at] = mention;
    else if (mention.first >= editedTo) {
      // (written out, not spread: the mentions come in many shapes, and a spread of each took V8's slow path)
      const copy: NameMention = {
        type: mention.type,
        first: mention.first - tokenShift,
        last: mention.last - tokenShift,
        start: mention.start - charShift,
        end: mention.end - charShift,
        text: mention.text,
      };
      if (mention.dateline) copy.dateline = true;
      moved[at] = copy;
    } else return undefined;
  }
  return moved;
}
