// The nominal phrases of an edited document's actors (nominals.ts linkNominals: "the company", "the mayor") taken over
// from the previous analysis when its linking was (linkingReuse.ts: the same actors, their mentions moved with the
// edit) and the edit changed none of the places where a phrase may open nor the tokens read there: the token opening
// it and the two after it. Which actor a phrase names depends on those tokens, on the actors' names, roles and
// mentions, and on the order of the mentions and phrases, none of which such an edit changes; the phrases are then
// the previous analysis's, made anew at their places. In test mode each one taken over is compared with a fresh
// reading of the phrases (checkedKept).
import type { DocumentTokens } from '../documentTokens';
import { checkedKept, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { alignmentOf, type TokenAlignment } from '../previousTokens';
import type { TokenList } from '../tokenList';
import type { Actor, Mention } from '../types';
import { linkingTakenOver } from './linkingReuse';
import { linkNominals, nominalMention } from './nominals';

/** What the nominal phrases of the latest document read and made. */
interface KeptNominals {
  document: DocumentTokens;
  openings: readonly number[];
  /** Per place of `openings`, the place among the actors of the actor its phrase names, or -1. */
  actorAt: Int32Array;
}

const kept = new KeptLatest<KeptNominals>();
/** How many were taken over so far (for the tests). */
let takenOver = 0;

/** How many documents' nominal phrases linkNominalsReusing() took over from the previous analysis so far. */
export function nominalsTakenOver(): number {
  return takenOver;
}

/** linkNominals() of `document`'s tokens, taken over from the previous analysis where it can be. */
export function linkNominalsReusing(document: DocumentTokens, text: string, actors: Actor[], openings: readonly number[]): Actor[] {
  const tokens = document.tokens;
  if (!paragraphCachesEnabled()) return linkNominals(text, tokens, actors, openings);
  const previous = kept.value;
  if (previous !== undefined && previous.document !== document && linkingTakenOver(actors)) {
    const alignment = alignmentOf(document);
    if (alignment.previous === previous.document && sameOpenings(previous.openings, openings, alignment)) {
      takenOver++;
      const withNominals = checkedKept('nominal phrases', nominalsAgain(text, tokens, actors, openings, previous.actorAt), () =>
        linkNominals(text, tokens, actors.map(withoutNominals), openings),
      );
      kept.value = { document, openings, actorAt: previous.actorAt };
      return withNominals;
    }
  }
  const actorAt = new Int32Array(openings.length);
  const linked = linkNominals(text, tokens, actors, openings, actorAt);
  kept.value = { document, openings, actorAt };
  return linked;
}

/**
 * Whether the openings are the previous ones, those after the edit moved with it, none of them reading a token the
 * edit replaced: the opening token and the two after it all before the edit, or all after it.
 */
function sameOpenings(earlier: readonly number[], openings: readonly number[], { prefix, from, tokenShift }: TokenAlignment): boolean {
  if (earlier.length !== openings.length) return false;
  for (let place = 0; place < openings.length; place++) {
    const index = openings[place];
    if (index + 2 < prefix) {
      if (earlier[place] !== index) return false;
    } else if (index >= from) {
      if (earlier[place] !== index + tokenShift) return false;
    } else return false;
  }
  return true;
}

/** `actors` given the nominal phrases at the places `actorAt` notes, in the order of the openings. */
function nominalsAgain(text: string, tokens: TokenList, actors: Actor[], openings: readonly number[], actorAt: Int32Array): Actor[] {
  const found = new Map<Actor, Mention[]>();
  for (let place = 0; place < openings.length; place++) {
    if (actorAt[place] < 0) continue;
    const actor = actors[actorAt[place]];
    let list = found.get(actor);
    if (!list) found.set(actor, (list = []));
    list.push(nominalMention(text, tokens, openings[place]));
  }
  for (const [actor, nominals] of found) actor.nominals = nominals;
  return actors;
}

/** A copy of `actor` without its nominal phrases (for the test mode's fresh reading, which sets them). */
function withoutNominals(actor: Actor): Actor {
  const copy = { ...actor };
  delete copy.nominals;
  return copy;
}
