// The actors of two versions of a story: in both (with the spelling each uses and the role each states), or in
// one only. Matching is the workspace's (sameActor.ts, nameVariants.ts), plus what two versions of one story
// allow: an acronym one spells out ("EU" / "European Union") and an organization's name spelled with a letter
// changed ("Organisation" / "Organization").
import type { Actor, Annotations } from '../analysis/types';
import type { ActorPair, ComparedActor } from './compareTypes';
import { editDistance, isNameVariant } from './nameVariants';
import { nameKey } from './notActors';
import { isSameActor } from './sameActor';

/** How surely two actors are one: 3 same name or full alias, 2 an acronym spelled out, 1 a spelling variant, 0 not. */
export function actorLikeness(a: Actor, b: Actor): number {
  if (a.type !== b.type) return 0;
  if (isSameActor(a, b)) return 3;
  const acronymOf = (actor: Actor, other: Actor) => /^[A-Z]{2,}$/.test(other.name) && (actor.aliases ?? []).includes(other.name);
  if (acronymOf(a, b) || acronymOf(b, a)) return 2;
  if (a.type === 'person') return isNameVariant(a.name, b.name) ? 1 : 0;
  const keyA = nameKey(a.name);
  const keyB = nameKey(b.name);
  const shorter = Math.min(keyA.length, keyB.length);
  return shorter >= 8 && Math.abs(keyA.length - keyB.length) <= 1 && editDistance(keyA, keyB) <= Math.max(1, Math.floor(shorter / 15)) ? 1 : 0;
}

export function comparedActor(actor: Actor): ComparedActor {
  return {
    id: actor.id,
    type: actor.type,
    name: actor.name,
    ...(actor.role ? { role: actor.role } : {}),
    ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
    mentions: [...actor.mentions].sort((x, y) => x.start - y.start).map(({ start, end, text }) => ({ start, end, text })),
  };
}

const described = (actor: Actor) => [actor.role, actor.affiliation].map((part) => nameKey(part ?? '')).join('|');

export interface ActorComparison {
  both: ActorPair[];
  onlyA: ComparedActor[];
  onlyB: ComparedActor[];
}

export function compareActors(annotationsA: Annotations, annotationsB: Annotations): ActorComparison {
  const candidates: { a: Actor; b: Actor; likeness: number }[] = [];
  for (const a of annotationsA.actors) {
    for (const b of annotationsB.actors) {
      const likeness = actorLikeness(a, b);
      if (likeness > 0) candidates.push({ a, b, likeness });
    }
  }
  candidates.sort((x, y) => y.likeness - x.likeness || y.a.mentions.length + y.b.mentions.length - (x.a.mentions.length + x.b.mentions.length));
  const paired = new Set<Actor>();
  const both: ActorPair[] = [];
  for (const { a, b } of candidates) {
    if (paired.has(a) || paired.has(b)) continue;
    paired.add(a);
    paired.add(b);
    both.push({ a: comparedActor(a), b: comparedActor(b), nameVariant: a.name !== b.name, roleDiffers: described(a) !== described(b) });
  }
  const firstMention = (actor: ComparedActor) => actor.mentions[0]?.start ?? 0;
  both.sort((x, y) => firstMention(x.a) - firstMention(y.a));
  return {
    both,
    onlyA: annotationsA.actors.filter((actor) => !paired.has(actor)).map(comparedActor),
    onlyB: annotationsB.actors.filter((actor) => !paired.has(actor)).map(comparedActor),
  };
}
