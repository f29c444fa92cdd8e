// What the colour decorations paint: the analysis's token spans (the same ones the semantic tokens send) grouped
// per colour, plus the speaker mentions, which keep their type colour and get the speaker underline on top.
// Pure (no `vscode` import) so the unit tests check it.
import type { Annotations } from '../../../server/src/analysis/types';
import { SPEAKER_BIT, tokenSpans } from '../../../server/src/tokenSpans';
import type { ColorKind } from './annotationColors';

export interface Span {
  start: number;
  end: number;
}

export function decorationSpans(annotations: Annotations): Record<ColorKind, Span[]> {
  const spans: Record<ColorKind, Span[]> = { person: [], organization: [], place: [], date: [], quote: [], speaker: [] };
  for (const token of tokenSpans(annotations)) {
    const span = { start: token.start, end: token.end };
    spans[token.type].push(span);
    if (token.modifiers & SPEAKER_BIT) spans.speaker.push(span);
  }
  return spans;
}
