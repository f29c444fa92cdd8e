// The corrections store's first part: a workspace file of names that are never actors (one per line, `#`
// starts a comment), applied on top of the analyzer's output. Malformed lines are reported, never fatal.
import type { Annotations } from '../analysis/types';

/** Longer than any name; a longer line is a paste gone wrong. */
const MAX_NAME_LENGTH = 120;

export interface MalformedLine {
  /** 0-based. */
  line: number;
  length: number;
  message: string;
}

export interface NotActorsList {
  names: string[];
  malformed: MalformedLine[];
}

/** The comparison key of a name: case and spacing do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Why `name` cannot be a name in a workspace list, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return `not a name: longer than ${MAX_NAME_LENGTH} characters`;
  if (/[\u0000-\u001f\u007f\uFFFD]/.test(name)) return 'not a name: contains control or undecodable characters';
  if (!/\p{L}/u.test(name)) return `not a name: "${name}" contains no letter`;
  return undefined;
}

/**
 * The workspace lists' line format: calls `read` with the content of each line that is not blank once its `#`
 * comment is cut (a BOM and any line ending allowed); what `read` returns is that line's problem, if any.
 */
export function readListLines(text: string, read: (content: string) => string | undefined): MalformedLine[] {
  const malformed: MalformedLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, line) => {
      const hash = raw.indexOf('#');
      const content = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
      if (!content) return;
      const problem = read(content);
      if (problem) malformed.push({ line, length: raw.length, message: problem });
    });
  return malformed;
}

export function parseNotActors(text: string): NotActorsList {
  const names: string[] = [];
  const malformed = readListLines(text, (name) => {
    const problem = nameProblem(name);
    if (!problem) names.push(name.replace(/\s+/g, ' '));
    return problem;
  });
  return { names, malformed };
}

/** The annotations without the actors named in `notActors` (by canonical name or alias); speakers lose the link. */
export function withoutNotActors(annotations: Annotations, notActors: ReadonlySet<string>): Annotations {
  if (notActors.size === 0) return annotations;
  const removed = new Set(annotations.actors.filter((actor) => [actor.name, ...(actor.aliases ?? [])].some((name) => notActors.has(nameKey(name)))).map((actor) => actor.id));
  if (removed.size === 0) return annotations;
  return {
    ...annotations,
    actors: annotations.actors.filter((actor) => !removed.has(actor.id)),
    quotes: annotations.quotes.map((quote) => {
      if (!quote.speaker?.actorId || !removed.has(quote.speaker.actorId)) return quote;
      const { actorId: _removed, ...speaker } = quote.speaker;
      return { ...quote, speaker };
    }),
  };
}
