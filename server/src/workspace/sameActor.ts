// Whether actors of different articles are one actor. No LSP imports: the client's tree view groups by it too.
import type { ActorType } from '../analysis/types';
import { nameKey } from './notActors';

/** Only the fields of an actor that matching needs, so an analyzer's Actor and a SummaryActor both fit. */
export interface NamedActor {
  type: ActorType;
  name: string;
  aliases?: readonly string[];
}

/** Same type and name, or a full name (several words) one of them also goes by. */
export function isSameActor(a: NamedActor, b: NamedActor): boolean {
  if (a.type !== b.type) return false;
  const keyA = nameKey(a.name);
  const keyB = nameKey(b.name);
  if (keyA === keyB) return true;
  // An alias counts when it is a name of several words: a bare surname or acronym could be someone else.
  const fullAliases = (actor: NamedActor) => (actor.aliases ?? []).filter((alias) => /\s/.test(alias.trim())).map(nameKey);
  return fullAliases(a).includes(keyB) || fullAliases(b).includes(keyA);
}
