// The two inputs of the Sources view: an article's annotations (the CLI: offsets into its text) and the
// workspace's article summaries (the editor: ranges in each article).
import type { Range } from 'vscode-languageserver';
import type { Annotations } from '../analysis/types';
import type { ArticleSummary } from './articleSummary';
import type { TextSpan } from './compareTypes';
import type { SourceArticle } from './sources';

export function sourceArticleOfAnnotations(uri: string, annotations: Annotations): SourceArticle<TextSpan> {
  return {
    uri,
    actors: annotations.actors,
    quotes: annotations.quotes.map((quote) => ({
      id: quote.id,
      kind: quote.kind,
      text: quote.text,
      ...(quote.speaker ? { speaker: quote.speaker } : {}),
      location: { start: quote.start, end: quote.end, text: quote.text },
    })),
  };
}

export function sourceArticleOfSummary(summary: ArticleSummary): SourceArticle<Range> {
  return {
    uri: summary.uri,
    actors: summary.actors,
    quotes: summary.quotes.map((quote) => ({
      id: quote.id,
      kind: quote.kind,
      text: quote.text,
      ...(quote.speaker ? { speaker: { name: quote.speaker, ...(quote.speakerId ? { actorId: quote.speakerId } : {}) } } : {}),
      location: quote.range,
    })),
  };
}
