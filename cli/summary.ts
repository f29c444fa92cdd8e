// The readable summary of one article (`--format summary`): what a newcomer sees first, so it says in words what
// the analyzer found: actors with type, role and mention count; dates with values and how they were anchored;
// quotes with their speakers; and the problems worth a look.
import type { Annotations, DateAnchoring, ReferenceDate } from '../server/src/analysis/types';

const ANCHORING: Record<DateAnchoring, string> = {
  absolute: 'as written',
  'reference-date': 'from the reference date',
  'inferred-year': 'year inferred',
  unanchored: 'no reference date to resolve it',
};

const REFERENCE_SOURCE: Record<ReferenceDate['source'], string> = {
  'front-matter': 'front matter',
  dateline: 'dateline',
  option: 'given with --reference-date or the record\'s dct',
  inferred: 'inferred',
  none: 'none found',
};

const MAX_TEXT = 60;

/** One line of at most `max` characters: line breaks become spaces, long text ends with an ellipsis. */
function clip(text: string, max = MAX_TEXT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = [...flat];
  return characters.length <= max ? flat : characters.slice(0, max - 1).join('') + '…';
}

/** Rows as columns padded to their widest cell (the last column is not padded). */
function table(rows: string[][], indent = '    '): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...row[column]].length))) ?? [];
  return rows.map((row) => indent + row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - [...cell].length))).join('  ').trimEnd());
}

function section(title: string, count: number, rows: string[][]): string[] {
  if (count === 0) return [`  ${title}: none`];
  return [`  ${title} (${count})`, ...table(rows)];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}

export function formatSummary(title: string, text: string, annotations: Annotations): string {
  const reference = annotations.referenceDate;
  const lines = [title, `  Reference date: ${reference.value ?? 'none'} (${REFERENCE_SOURCE[reference.source]})`];

  const actors = [...annotations.actors].sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  lines.push(
    ...section(
      'Actors',
      actors.length,
      actors.map((actor) => [
        actor.type,
        clip(actor.name, 40),
        `${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}`,
        clip([actor.role, actor.affiliation].filter(Boolean).join(', '), 50),
      ]),
    ),
  );
  lines.push(
    ...section(
      'Dates',
      annotations.dates.length,
      annotations.dates.map((date) => [clip(date.text, 40), date.value + (date.mod ? ` (${date.mod})` : ''), date.kind, ANCHORING[date.anchoring]]),
    ),
  );
  lines.push(
    ...section(
      'Quotes',
      annotations.quotes.length,
      annotations.quotes.map((quote) => [
        `line ${lineOf(text, quote.start)}`,
        quote.kind,
        clip(quote.text),
        quote.kind === 'title' ? '' : `— ${quote.speaker ? clip(quote.speaker.name, 40) : 'speaker unknown'}`,
      ]),
    ),
  );
  if (annotations.problems.length) {
    lines.push(
      ...section(
        'Problems',
        annotations.problems.length,
        annotations.problems.map((problem) => [`line ${lineOf(text, problem.start)}`, problem.code, clip(problem.message, 80)]),
      ),
    );
  }
  return lines.join('\n') + '\n';
}
