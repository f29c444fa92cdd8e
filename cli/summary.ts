// The readable summary of one article (`--format summary`): what a newcomer sees first, so it says in words what
// the analyzer found: actors with type, role and mention count; dates with values and how they were anchored;
// quotes with their speakers; and the problems worth a look. Every item has its line; nothing is cut: the last
// column wraps.
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
  option: "given with --reference-date or the record's dct",
  inferred: 'inferred',
  none: 'none found',
};

/** Width the last column wraps at (a terminal's usual width); nothing is cut, long text goes on more lines. */
export const SUMMARY_WIDTH = 100;
/** The wrapped column keeps at least this many characters per line, however wide the columns before it. */
const MIN_WRAP = 40;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const widthOf = (text: string) => [...text].length;

/** `text` on lines of at most `width` characters, broken at spaces (a longer word stays whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of flat(text).split(' ')) {
    if (line && widthOf(line) + 1 + widthOf(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/**
 * Rows as columns padded to their widest cell; the last column wraps at SUMMARY_WIDTH, its continuation lines
 * indented to where it starts, so names, roles, quotes and messages are shown whole.
 */
function table(rows: string[][], indent = '    ', width = SUMMARY_WIDTH): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => widthOf(row[column])))) ?? [];
  return rows.flatMap((row) => {
    const leading =
      indent +
      row
        .slice(0, -1)
        .map((cell, column) => cell + ' '.repeat(widths[column] - widthOf(cell)))
        .join('  ');
    const last = row.at(-1) ?? '';
    if (!last) return [leading.trimEnd()];
    const start = row.length > 1 ? `${leading}  ` : leading;
    const [first, ...rest] = wrap(last, Math.max(MIN_WRAP, width - widthOf(start)));
    return [start + first, ...rest.map((line) => ' '.repeat(widthOf(start)) + line)];
  });
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
  const at = (offset: number) => `line ${lineOf(text, offset)}`;
  const referenceLine = `Reference date: ${reference.value ?? 'none'} (${REFERENCE_SOURCE[reference.source]}${reference.source === 'inferred' && reference.explanation ? `: ${reference.explanation}` : ''})`;
  const lines = [title, ...table([[referenceLine]], '  ')];

  const firstMention = (actor: Annotations['actors'][number]) => Math.min(...actor.mentions.map((mention) => mention.start));
  const actors = [...annotations.actors].filter((actor) => actor.mentions.length > 0).sort((a, b) => b.mentions.length - a.mentions.length || firstMention(a) - firstMention(b));
  lines.push(
    ...section(
      'Actors',
      actors.length,
      actors.map((actor) => [
        at(firstMention(actor)),
        actor.type,
        `${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}`,
        // Name and role last, where the line wraps: a long organization name does not push everything right.
        flat([actor.name, [actor.role, actor.affiliation].filter(Boolean).join(', ')].filter(Boolean).join(' — ')),
      ]),
    ),
  );
  lines.push(
    ...section(
      'Dates',
      annotations.dates.length,
      annotations.dates.map((date) => [at(date.start), flat(date.text), date.value + (date.mod ? ` (${date.mod})` : ''), date.kind, ANCHORING[date.anchoring]]),
    ),
  );
  lines.push(
    ...section(
      'Quotes',
      annotations.quotes.length,
      annotations.quotes.map((quote) => [
        at(quote.start),
        quote.kind,
        quote.kind === 'title' ? '(title)' : quote.speaker ? flat(quote.speaker.name) : 'speaker unknown',
        flat(quote.text),
      ]),
    ),
  );
  if (annotations.problems.length) {
    lines.push(
      ...section(
        'Problems',
        annotations.problems.length,
        annotations.problems.map((problem) => [at(problem.start), problem.code, flat(problem.message)]),
      ),
    );
  }
  return lines.join('\n') + '\n';
}
