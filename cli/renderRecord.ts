// The text of one article in a per-record output format (json, jsonl, summary), without the framing between
// articles (array brackets, separators), which the sink adds in input order. Shared by the sink (in this thread) and
// the CLI's record worker (recordWorker.ts), so that --jobs N writes the bytes --jobs 1 writes.
import type { Annotations } from '../server/src/analysis/types';
import { formatSummary } from './summary';

/** compact: a JSONL line; pretty: indented JSON; indented: pretty, shifted two spaces for a JSON array; summary: text. */
export type RenderKind = 'compact' | 'pretty' | 'indented' | 'summary';

export interface RenderedArticle {
  title: string;
  text: string;
  annotations: Annotations;
  record: Omit<Annotations, 'id'> & { id: string | number };
}

const indent = (json: string) => json.replace(/^/gm, '  ');

export function renderRecord(kind: RenderKind, article: RenderedArticle): string {
  switch (kind) {
    case 'compact':
      return JSON.stringify(article.record);
    case 'pretty':
      return JSON.stringify(article.record, null, 2);
    case 'indented':
      return indent(JSON.stringify(article.record, null, 2));
    case 'summary':
      return formatSummary(article.title, article.text, article.annotations);
  }
}
