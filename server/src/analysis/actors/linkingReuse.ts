// The linking of an edited document's mentions (linking.ts linkMentions) taken over from the previous analysis when
// the edit changed nothing it reads. The linking weighs every name against the others (shared words, initials,
// countries, the pronouns after them): a step over the whole document that, on a long page of many stories, was a
// tenth of a keystroke, although a one-letter edit in running text leaves its names as they were.
// It reads the mentions (their types, texts, datelines, token ranges and places), the readings of roles and
// affiliations of each, the register, the gazetteer, and a few tokens: those the pronoun votes read after a name,
// and the brackets between two names; it also chooses between equally good parents by how near they are. The
// previous linking's record (LinkingRecord) says which tokens it read and which choices nearness made; when the
// mentions and readings are the same (those after the edit moved with it), no token range read lies across the
// edit, the bracketed pairs are the same, and every choice by nearness comes out the same with the new places, the
// actors are the previous ones, each mention made again at its new place. In test mode each one taken over is
// compared with a fresh linking (checkedKept).
import type { DocumentTokens } from '../documentTokens';
import { checkedKept, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { alignmentOf, type TokenAlignment } from '../previousTokens';
import type { TokenList } from '../tokenList';
import type { Actor, Mention } from '../types';
import type { Gazetteer } from './gazetteer';
import { isBracketedPair, linkMentions, newMention, placeInList, sourceText, type LinkingRecord } from './linking';
import type { NameMention } from './mentions';
import type { Register } from './register';
import type { RoleReading } from './roles';

/** What the linking of the latest document read and made. */
interface KeptLinking {
  document: DocumentTokens;
  mentions: readonly NameMention[];
  readings: ReadonlyMap<NameMention, RoleReading>;
  names: Gazetteer;
  register: Register;
  record: LinkingRecord;
  /** The actors made, each without its mentions (an empty list in their place, so that the keys keep their order). */
  actors: Actor[];
}

const kept = new KeptLatest<KeptLinking>();
/** How many linkings were taken over so far (for the tests: that an edit far from any name is one). */
let takenOver = 0;

/** The actors of the latest linking taken over (nominalsReuse.ts takes the nominal phrases over only after one). */
let lastTakenOver: readonly Actor[] | undefined;

/** Whether `actors` are those of the latest linking, taken over from the previous analysis's. */
export function linkingTakenOver(actors: readonly Actor[]): boolean {
  return actors === lastTakenOver;
}

/** How many linkings linkMentionsReusing() took over from the previous analysis so far. */
export function linkingsTakenOver(): number {
  return takenOver;
}

/** linkMentions() of the mentions of `document`'s tokens, taken over from the previous analysis where it can be. */
export function linkMentionsReusing(
  document: DocumentTokens,
  text: string,
  mentions: readonly NameMention[],
  readings: ReadonlyMap<NameMention, RoleReading>,
  names: Gazetteer,
  register: Register,
): Actor[] {
  const tokens = document.tokens;
  if (!paragraphCachesEnabled()) return linkMentions(text, tokens, mentions, readings, names, register);
  const previous = kept.value;
  if (previous !== undefined && previous.document !== document) {
    const alignment = alignmentOf(document);
    if (alignment.previous === previous.document && sameLinking(previous, alignment, tokens, mentions, readings, names, register)) {
      takenOver++;
      const actors = checkedKept('linked actors', actorsAgain(previous, text, tokens, mentions), () => linkMentions(text, tokens, mentions, readings, names, register));
      // (the record stays the previous one's, its token ranges after the edit moved with it: the same tokens read, the
      // same choices made)
      kept.value = { ...previous, document, mentions, readings, record: { ...previous.record, tokenRanges: movedRanges(previous.record.tokenRanges, alignment) } };
      lastTakenOver = actors;
      return actors;
    }
  }
  const record: LinkingRecord = { tokenRanges: [], nearest: [], bracketed: [], actorAt: new Int32Array(mentions.length), formAt: new Array(mentions.length) };
  const actors = linkMentions(text, tokens, mentions, readings, names, register, record);
  lastTakenOver = undefined;
  kept.value = { document, mentions, readings, names, register, record, actors: actors.map(withoutMentions) };
  return actors;
}

/** Token ranges of the document before an edit (none across it) as ranges of the edited one. */
function movedRanges(ranges: readonly number[], { from, tokenShift }: TokenAlignment): number[] {
  const editedTo = from + tokenShift;
  const moved = new Array<number>(ranges.length);
  for (let at = 0; at < ranges.length; at += 2) {
    const shift = ranges[at] >= editedTo ? tokenShift : 0;
    moved[at] = ranges[at] - shift;
    moved[at + 1] = ranges[at + 1] - shift;
  }
  return moved;
}

/** `actor` with an empty list of mentions in their place (and its own copy of its aliases). */
function withoutMentions(actor: Actor): Actor {
  const shell = { ...actor, mentions: [] };
  if (shell.aliases) shell.aliases = shell.aliases.slice();
  return shell;
}

/** The actors `previous` made, with `mentions` (the same mentions, moved) at their places. */
function actorsAgain(previous: KeptLinking, text: string, tokens: TokenList, mentions: readonly NameMention[]): Actor[] {
  const { actorAt, formAt } = previous.record;
  const lists: Mention[][] = previous.actors.map(() => []);
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at];
    lists[actorAt[at]].push(newMention(mention.start, mention.end, sourceText(text, tokens, mention), formAt[at]));
  }
  return previous.actors.map((shell, index) => {
    const actor = { ...shell, mentions: lists[index] };
    if (actor.aliases) actor.aliases = actor.aliases.slice();
    return actor;
  });
}

/**
 * Whether linking `mentions` would read nothing other than the previous linking read, moved with the edit, and make
 * the same choices.
 */
function sameLinking(
  previous: KeptLinking,
  alignment: TokenAlignment,
  tokens: TokenList,
  mentions: readonly NameMention[],
  readings: ReadonlyMap<NameMention, RoleReading>,
  names: Gazetteer,
  register: Register,
): boolean {
  const earlier = previous.mentions;
  if (names !== previous.names || register !== previous.register || mentions.length !== earlier.length) return false;
  // The earlier tokens [prefix, editedTo) are those the edit replaced; after them, token i is the new token i - tokenShift.
  const { prefix, tokenShift, charShift } = alignment;
  const editedTo = alignment.from + tokenShift;
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at];
    const before = earlier[at];
    // (the very mention the previous linking read, where it was: most of them, the steps before handing on the
    // mentions before the edit as they were, namedMentions.ts)
    if (mention === before && before.last < prefix) continue;
    if (mention.type !== before.type || mention.text !== before.text || mention.dateline !== before.dateline) return false;
    if (mention.first < 0 || mention.last >= tokens.length || mention.first > mention.last) return false;
    if (before.last < prefix) {
      if (mention.first !== before.first || mention.last !== before.last || mention.start !== before.start || mention.end !== before.end) return false;
    } else if (before.first >= editedTo) {
      if (
        mention.first !== before.first - tokenShift ||
        mention.last !== before.last - tokenShift ||
        mention.start !== before.start - charShift ||
        mention.end !== before.end - charShift
      )
        return false;
    } else return false;
  }
  // (the readings by their mentions' places: most mentions have none, and a lookup in both maps per mention was half
  // of this comparison)
  if (readings.size !== previous.readings.size) return false;
  for (const [mention, reading] of readings) {
    const place = placeInList(mentions, mention);
    if (place < 0 || !sameReading(reading, previous.readings.get(earlier[place]), mentions, earlier)) return false;
  }
  const { tokenRanges, nearest, bracketed } = previous.record;
  for (let at = 0; at < tokenRanges.length; at += 2) if (!(tokenRanges[at + 1] < prefix || tokenRanges[at] >= editedTo)) return false;
  for (let at = 0; at < nearest.length; at += 3) {
    if (nearer(earlier, nearest[at], nearest[at + 1], nearest[at + 2]) !== nearer(mentions, nearest[at], nearest[at + 1], nearest[at + 2])) return false;
  }
  // (the pairs of the new list: a pair across the edit may have come or gone with the tokens between its mentions)
  let pair = 0;
  for (let at = 0; at + 1 < mentions.length; at++) {
    if (!isBracketedPair(tokens, mentions, at)) continue;
    if (bracketed[pair] !== at) return false;
    pair++;
  }
  return pair === bracketed.length;
}

/** Whether the mention at place `candidate` of the list starts nearer the one at `name` than the one at `other` (isBetterParent). */
function nearer(mentions: readonly NameMention[], name: number, candidate: number, other: number): boolean {
  const start = mentions[name].start;
  return Math.abs(mentions[candidate].start - start) < Math.abs(mentions[other].start - start);
}

/** Whether two readings are the same, an affiliation named by a mention naming the one at the same place of its list. */
function sameReading(reading: RoleReading, before: RoleReading | undefined, mentions: readonly NameMention[], earlier: readonly NameMention[]): boolean {
  if (before === undefined) return false;
  if (reading.role !== before.role) return false;
  const affiliation = reading.affiliation;
  const was = before.affiliation;
  if (affiliation === undefined || was === undefined || typeof affiliation === 'string' || typeof was === 'string') return affiliation === was;
  if ('noun' in affiliation || 'noun' in was) return 'noun' in affiliation && 'noun' in was && affiliation.noun === was.noun;
  const place = placeInList(mentions, affiliation);
  return place >= 0 && earlier[place] === was;
}
