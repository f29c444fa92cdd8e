// The workspace's list of known actors, in the same plain-text style as the not-actors list (one per line, `#`
// starts a comment, malformed lines reported by line and skipped): `type: Canonical Name = Other Spelling = Short`.
// Plain text rather than JSON so that a team reviews one line per actor in version control and a bad line never
// hides the others.
import type { ActorType } from '../analysis/types';
import { nameKey, type MalformedLine } from '../workspace/notActors';

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
/** Longer than any name; a longer one is a paste gone wrong (as in the not-actors list). */
const MAX_NAME_LENGTH = 120;

function nameProblem(name: string): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return `not a name: longer than ${MAX_NAME_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\uFFFD]/.test(name)) return 'not a name: contains control or undecodable characters';
  if (!/\p{L}/u.test(name)) return `not a name: "${name}" contains no letter`;
  return undefined;
}

export function parseKnownActors(text: string): KnownActorsList {
  const actors: KnownActor[] = [];
  const malformed: MalformedLine[] = [];
  text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((raw, line) => {
    const hash = raw.indexOf('#');
    const content = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!content) return;
    const reject = (message: string) => malformed.push({ line, length: raw.length, message });
    const colon = content.indexOf(':');
    const type = colon >= 0 ? content.slice(0, colon).trim().toLowerCase() : '';
    if (!ACTOR_TYPES.includes(type)) return reject('expected "person:", "organization:" or "place:" before the name');
    const names = content
      .slice(colon + 1)
      .split('=')
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    if (names.length === 0) return reject('no name after the type');
    for (const name of names) {
      const problem = nameProblem(name);
      if (problem) return reject(problem);
    }
    const [name, ...aliases] = names;
    const seen = new Set([nameKey(name)]);
    actors.push({ type: type as ActorType, name, aliases: aliases.filter((alias) => !seen.has(nameKey(alias)) && seen.add(nameKey(alias))) });
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
