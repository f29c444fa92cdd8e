// The workspace's list of known actors, in the same plain-text style as the not-actors list (one per line, `#`
// starts a comment, malformed lines reported by line and skipped): `type: Canonical Name = Other Spelling = Short`.
// Plain text rather than JSON so that a team reviews one line per actor in version control and a bad line never
// hides the others.
import type { ActorType } from '../analysis/types';
import { nameKey, nameProblem, readListLines, type MalformedLine } from '../workspace/notActors';

export interface KnownActor {
  type: ActorType;
  name: string;
  /** Other spellings and short forms, which name the same actor. */
  aliases: string[];
}

export interface KnownActorsList {
  actors: KnownActor[];
  malformed: MalformedLine[];
}

const ACTOR_TYPES: readonly string[] = ['person', 'organization', 'place'];
export function parseKnownActors(text: string): KnownActorsList {
  const actors: KnownActor[] = [];
  const malformed = readListLines(text, (content) => {
    const colon = content.indexOf(':');
    const type = colon >= 0 ? content.slice(0, colon).trim().toLowerCase() : '';
    if (!ACTOR_TYPES.includes(type)) return 'expected "person:", "organization:" or "place:" before the name';
    const names = content
      .slice(colon + 1)
      .split('=')
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    if (names.length === 0) return 'no name after the type';
    for (const name of names) {
      const problem = nameProblem(name);
      if (problem) return problem;
    }
    const [name, ...aliases] = names;
    const seen = new Set([nameKey(name)]);
    actors.push({ type: type as ActorType, name, aliases: aliases.filter((alias) => !seen.has(nameKey(alias)) && seen.add(nameKey(alias))) });
    return undefined;
  });
  return { actors, malformed };
}

/** One line of the file for an actor. */
export function formatKnownActor(actor: KnownActor): string {
  return `${actor.type}: ${[actor.name, ...actor.aliases].join(' = ')}`;
}

/**
 * The file with the actor added, or its line replaced when one of its names is already listed; everything else
 * (comments, order, other lines) kept as it was, so the change reviews as one line.
 */
export function withKnownActor(fileText: string, actor: KnownActor): string {
  const keys = new Set([actor.name, ...actor.aliases].map(nameKey));
  const lineEnd = fileText.includes('\r\n') ? '\r\n' : '\n';
  const lines = fileText.length ? fileText.split(/\r\n|\n|\r/) : [];
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const existing = lines.findIndex((line) => parseKnownActors(line).actors.some((known) => [known.name, ...known.aliases].some((name) => keys.has(nameKey(name)))));
  if (existing >= 0) lines[existing] = formatKnownActor(actor);
  else lines.push(formatKnownActor(actor));
  return lines.join(lineEnd) + lineEnd;
}
