// The readable form of a comparison (`news-annotate compare A B --format summary`): what a fact-checker reads
// first: the quotations both carry (and how the wording changed), who is named differently, the dates and
// numbers that disagree, and what each version has alone.
import type { ComparedActor, ComparisonResult, DiffPiece } from '../server/src/workspace/compareTypes';

const clip = (text: string, max = 70) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length <= max ? flat : [...flat].slice(0, max - 1).join('') + '…';
};

/** A word-level difference in one line: [-words only in A-] {+words only in B+}. */
export function diffLine(diff: readonly DiffPiece[]): string {
  return diff
    .map((piece) => (piece.op === 'same' ? piece.text : piece.op === 'onlyA' ? `[-${piece.text}-]` : `{+${piece.text}+}`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const speakerNote = (same: boolean | null, a?: string, b?: string) =>
  same === true ? `speaker: ${a}${a !== b ? ` / ${b}` : ''}` : same === false ? `different speakers: ${a} / ${b}` : `speaker: ${a ?? 'none'} / ${b ?? 'none'}`;

const description = (actor: ComparedActor) => [actor.role, actor.affiliation].filter(Boolean).join(', ') || 'no role stated';

function section(title: string, lines: string[]): string[] {
  return lines.length ? [`  ${title} (${lines.length})`, ...lines.map((line) => `    ${line}`)] : [`  ${title}: none`];
}

export function formatComparison(result: ComparisonResult, nameA: string, nameB: string): string {
  const lines = [`Comparing A: ${nameA}`, `     with B: ${nameB}`, '', 'Quotations'];
  lines.push(
    ...section(
      'In both',
      result.quotes.both.map((pair) => `${clip(pair.a.span.text)} — ${speakerNote(pair.sameSpeaker, pair.a.speaker, pair.b.speaker)}`),
    ),
  );
  lines.push(
    ...section(
      'Changed',
      result.quotes.changed.map((pair) => `${clip(diffLine(pair.diff), 140)} — ${speakerNote(pair.sameSpeaker, pair.a.speaker, pair.b.speaker)}`),
    ),
  );
  lines.push(
    ...section(
      'Only in A',
      result.quotes.onlyA.map((quote) => `${quote.kind}: ${clip(quote.span.text)} — ${quote.speaker ?? 'no speaker'}`),
    ),
  );
  lines.push(
    ...section(
      'Only in B',
      result.quotes.onlyB.map((quote) => `${quote.kind}: ${clip(quote.span.text)} — ${quote.speaker ?? 'no speaker'}`),
    ),
  );
  lines.push('', 'Actors');
  lines.push(
    ...section(
      'In both',
      result.actors.both.map((pair) => {
        const name = pair.nameVariant ? `${pair.a.name} / ${pair.b.name} (spelled differently)` : pair.a.name;
        const role = pair.roleDiffers ? ` — A: ${description(pair.a)}; B: ${description(pair.b)}` : '';
        return `${pair.a.type} ${name}${role}`;
      }),
    ),
  );
  lines.push(
    ...section(
      'Only in A',
      result.actors.onlyA.map((actor) => `${actor.type} ${actor.name}`),
    ),
  );
  lines.push(
    ...section(
      'Only in B',
      result.actors.onlyB.map((actor) => `${actor.type} ${actor.name}`),
    ),
  );
  lines.push('', 'Dates');
  lines.push(
    ...section(
      'In both',
      result.dates.both.map((pair) => `${pair.value} (A: ${pair.a.map((span) => span.text).join(', ')}; B: ${pair.b.map((span) => span.text).join(', ')})`),
    ),
  );
  lines.push(
    ...section(
      'Only in A',
      result.dates.onlyA.map((date) => `${date.value} (${date.mentions.map((span) => span.text).join(', ')})`),
    ),
  );
  lines.push(
    ...section(
      'Only in B',
      result.dates.onlyB.map((date) => `${date.value} (${date.mentions.map((span) => span.text).join(', ')})`),
    ),
  );
  lines.push(
    ...section(
      'One event, different dates',
      result.dates.conflicts.map(
        (conflict) => `A: ${conflict.a.span.text} (${conflict.a.value}) / B: ${conflict.b.span.text} (${conflict.b.value}) — ${clip(conflict.a.sentence.text, 60)}`,
      ),
    ),
  );
  lines.push('');
  lines.push(
    ...section(
      'Numbers that differ',
      result.numbers.map((difference) => `A: ${difference.a.span.text} / B: ${difference.b.span.text} — ${clip(difference.a.sentence.text, 60)}`),
    ).map((line) => line.slice(2)),
  );
  return lines.join('\n') + '\n';
}
