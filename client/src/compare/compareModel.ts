// The Compare Articles view's tree, built from a comparison (server/src/workspace/compareTypes.ts): sections for
// quotations, actors, dates and numbers, each split into what both have, what changed and what one has alone.
// Every leaf carries the spans to reveal in article A and article B. No `vscode` import: unit tests load it.
import type { ActorPair, ComparedActor, ComparisonResult, DiffPiece, TextSpan } from '../../../server/src/workspace/compareTypes';

/** How an item differs, which the view shows by a theme colour. */
export type CompareTone = 'same' | 'changed' | 'onlyA' | 'onlyB' | 'conflict';

export interface CompareNode {
  id: string;
  label: string;
  description?: string;
  /** Markdown. */
  tooltip?: string;
  /** Codicon id. */
  icon: string;
  tone?: CompareTone;
  /** The spans to select in article A and in article B (UTF-16 offsets). */
  reveal?: { a: TextSpan[]; b: TextSpan[] };
  expanded?: boolean;
  children: CompareNode[];
}

const MAX_LABEL = 80;

export function clip(text: string, max = MAX_LABEL): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length <= max ? flat : [...flat].slice(0, max - 1).join('') + '…';
}

const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (character) => `\\${character}`);

/** A word-level difference in Markdown: ~~words only in A~~ and **words only in B**. */
export function diffMarkdown(diff: readonly DiffPiece[]): string {
  let markdown = '';
  diff.forEach((piece, index) => {
    const text = escapeMarkdown(piece.text.replace(/\s+/g, ' '));
    if (piece.op === 'same' || !text.trim()) {
      markdown += text;
      return;
    }
    // A replacement (words out, words in) reads as two marked runs with a space between.
    const replacing = index > 0 && diff[index - 1].op === 'onlyA' && piece.op === 'onlyB' && !/\s$/.test(markdown);
    const marked = piece.op === 'onlyA' ? `~~${text.trim()}~~` : `**${text.trim()}**`;
    markdown += `${replacing || /^\s/.test(text) ? ' ' : ''}${marked}${/\s$/.test(text) ? ' ' : ''}`;
  });
  return markdown;
}

function section(id: string, label: string, icon: string, children: CompareNode[], expanded = true): CompareNode {
  return { id, label: `${label} (${children.length})`, icon, children, expanded: expanded && children.length > 0 };
}

const speakerText = (same: boolean | null, a?: string, b?: string) =>
  same === true ? (a === b ? a : `${a} / ${b}`) : same === false ? `different speakers: ${a} / ${b}` : `speaker: ${a ?? 'none'} / ${b ?? 'none'}`;

const described = (actor: ComparedActor) => [actor.role, actor.affiliation].filter(Boolean).join(', ') || 'no role stated';

function actorPairNode(pair: ActorPair, index: number): CompareNode {
  const notes = [pair.nameVariant ? 'spelled differently' : undefined, pair.roleDiffers ? `A: ${described(pair.a)} · B: ${described(pair.b)}` : undefined].filter(Boolean);
  return {
    id: `actors.both.${index}`,
    label: pair.nameVariant ? `${pair.a.name} / ${pair.b.name}` : pair.a.name,
    description: notes.join(' · ') || pair.a.type,
    tooltip: `**${escapeMarkdown(pair.a.name)}** (${pair.a.type}) in A, **${escapeMarkdown(pair.b.name)}** in B\n\nA: ${escapeMarkdown(described(pair.a))}\n\nB: ${escapeMarkdown(described(pair.b))}`,
    icon: pair.a.type === 'person' ? 'person' : pair.a.type === 'organization' ? 'organization' : 'location',
    tone: pair.nameVariant || pair.roleDiffers ? 'changed' : 'same',
    reveal: { a: pair.a.mentions.slice(0, 1), b: pair.b.mentions.slice(0, 1) },
    children: [],
  };
}

function actorOnlyNode(actor: ComparedActor, side: 'onlyA' | 'onlyB', index: number): CompareNode {
  return {
    id: `actors.${side}.${index}`,
    label: actor.name,
    description: [actor.type, actor.role, actor.affiliation].filter(Boolean).join(' · '),
    icon: actor.type === 'person' ? 'person' : actor.type === 'organization' ? 'organization' : 'location',
    tone: side,
    reveal: side === 'onlyA' ? { a: actor.mentions.slice(0, 1), b: [] } : { a: [], b: actor.mentions.slice(0, 1) },
    children: [],
  };
}

/** The tree of a comparison; `nameA` and `nameB` are the articles' file names. */
export function buildComparisonTree(result: ComparisonResult, nameA: string, nameB: string): CompareNode[] {
  const { quotes, actors, dates, numbers } = result;
  const quoteRoot = section('quotes', 'Quotations', 'quote', [
    section(
      'quotes.both',
      'In both',
      'check',
      quotes.both.map((pair, index) => ({
        id: `quotes.both.${index}`,
        label: clip(pair.a.span.text),
        description: speakerText(pair.sameSpeaker, pair.a.speaker, pair.b.speaker),
        icon: 'quote',
        tone: pair.sameSpeaker === false ? 'conflict' : 'same',
        reveal: { a: [pair.a.span], b: [pair.b.span] },
        children: [],
      })),
    ),
    section(
      'quotes.changed',
      'Changed',
      'diff',
      quotes.changed.map((pair, index) => ({
        id: `quotes.changed.${index}`,
        label: clip(pair.a.span.text),
        description: `${speakerText(pair.sameSpeaker, pair.a.speaker, pair.b.speaker)} · B: ${clip(pair.b.span.text, 50)}`,
        tooltip: `**Changed** from ${escapeMarkdown(nameA)} to ${escapeMarkdown(nameB)}: ${diffMarkdown(pair.diff)}`,
        icon: 'diff',
        tone: 'changed',
        reveal: { a: [pair.a.span], b: [pair.b.span] },
        children: [],
      })),
    ),
    section(
      'quotes.onlyA',
      `Only in ${nameA}`,
      'arrow-left',
      quotes.onlyA.map((quote, index) => ({
        id: `quotes.onlyA.${index}`,
        label: clip(quote.span.text),
        description: `${quote.kind} · ${quote.speaker ?? 'no speaker'}`,
        icon: 'quote',
        tone: 'onlyA',
        reveal: { a: [quote.span], b: [] },
        children: [],
      })),
    ),
    section(
      'quotes.onlyB',
      `Only in ${nameB}`,
      'arrow-right',
      quotes.onlyB.map((quote, index) => ({
        id: `quotes.onlyB.${index}`,
        label: clip(quote.span.text),
        description: `${quote.kind} · ${quote.speaker ?? 'no speaker'}`,
        icon: 'quote',
        tone: 'onlyB',
        reveal: { a: [], b: [quote.span] },
        children: [],
      })),
    ),
  ]);
  const actorRoot = section(
    'actors',
    'Actors',
    'person',
    [
      section('actors.both', 'In both', 'check', actors.both.map(actorPairNode)),
      section(
        'actors.onlyA',
        `Only in ${nameA}`,
        'arrow-left',
        actors.onlyA.map((actor, index) => actorOnlyNode(actor, 'onlyA', index)),
      ),
      section(
        'actors.onlyB',
        `Only in ${nameB}`,
        'arrow-right',
        actors.onlyB.map((actor, index) => actorOnlyNode(actor, 'onlyB', index)),
      ),
    ],
    true,
  );
  const dateRoot = section(
    'dates',
    'Dates',
    'calendar',
    [
      section(
        'dates.conflicts',
        'One event, different dates',
        'warning',
        dates.conflicts.map((conflict, index) => ({
          id: `dates.conflicts.${index}`,
          label: `${conflict.a.span.text} / ${conflict.b.span.text}`,
          description: `${conflict.a.value} / ${conflict.b.value}`,
          tooltip: `A: ${escapeMarkdown(clip(conflict.a.sentence.text, 200))}\n\nB: ${escapeMarkdown(clip(conflict.b.sentence.text, 200))}`,
          icon: 'warning',
          tone: 'conflict',
          reveal: { a: [conflict.a.span], b: [conflict.b.span] },
          children: [],
        })),
      ),
      section(
        'dates.both',
        'In both',
        'check',
        dates.both.map((pair, index) => ({
          id: `dates.both.${index}`,
          label: pair.value,
          description: `${pair.a[0]?.text ?? ''} / ${pair.b[0]?.text ?? ''}`,
          icon: 'calendar',
          tone: 'same',
          reveal: { a: pair.a.slice(0, 1), b: pair.b.slice(0, 1) },
          children: [],
        })),
      ),
      section(
        'dates.onlyA',
        `Only in ${nameA}`,
        'arrow-left',
        dates.onlyA.map((date, index) => ({
          id: `dates.onlyA.${index}`,
          label: date.value,
          description: date.mentions.map((span) => span.text).join(', '),
          icon: 'calendar',
          tone: 'onlyA',
          reveal: { a: date.mentions.slice(0, 1), b: [] },
          children: [],
        })),
      ),
      section(
        'dates.onlyB',
        `Only in ${nameB}`,
        'arrow-right',
        dates.onlyB.map((date, index) => ({
          id: `dates.onlyB.${index}`,
          label: date.value,
          description: date.mentions.map((span) => span.text).join(', '),
          icon: 'calendar',
          tone: 'onlyB',
          reveal: { a: [], b: date.mentions.slice(0, 1) },
          children: [],
        })),
      ),
    ],
    true,
  );
  const numberRoot = section(
    'numbers',
    'Numbers that differ',
    'symbol-number',
    numbers.map((difference, index) => ({
      id: `numbers.${index}`,
      label: `${difference.a.span.text} / ${difference.b.span.text}`,
      description: clip(difference.a.sentence.text, 60),
      tooltip: `A: ${escapeMarkdown(clip(difference.a.sentence.text, 200))}\n\nB: ${escapeMarkdown(clip(difference.b.sentence.text, 200))}`,
      icon: 'symbol-number',
      tone: 'conflict',
      reveal: { a: [difference.a.span], b: [difference.b.span] },
      children: [],
    })),
  );
  return [quoteRoot, actorRoot, dateRoot, numberRoot];
}
