// Renders the benchmark's figures as one Markdown table, targets and verdicts beside them, with the machine named.
import { formatTable } from '../eval/common';

export interface Row {
  section: string;
  measure: string;
  result: string;
  /** Empty when the figure has no target. */
  target: string;
  /** Whether the target is met; undefined when there is no target or nothing was measured. */
  met?: boolean;
}

export function renderReport(rows: readonly Row[], machine: string, load: { before: string; after: string }, date: Date): string {
  const verdict = (row: Row) => (row.met === undefined ? '' : row.met ? 'yes' : 'NO');
  const table = formatTable(
    ['Part', 'Measure', 'Result', 'Target', 'Met'],
    rows.map((row) => [row.section, row.measure, row.result, row.target, verdict(row)]),
  );
  return [
    '# News Annotator benchmark',
    '',
    `Machine: ${machine}. Run ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\`.`,
    `Other work on the machine: ${load.before} at the start, ${load.after} at the end (timings are only comparable at a load under the core count).`,
    'Throughput: median of timed passes after one warm-up pass, the same texts for every library in one process, each of our analyses from scratch (its caches across analyses, which serve edits, off); words are whitespace-separated.',
    '',
    table,
  ].join('\n');
}
