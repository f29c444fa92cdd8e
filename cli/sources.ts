// `news-annotate --format sources`: who is quoted, per article and (for several articles) across all of them, as
// the editor's Sources view shows it: each speaker with role and affiliation and the number of direct and
// indirect quotes, unnamed and anonymous sources apart, and the quotes with no speaker.
import type { Annotations } from '../server/src/analysis/types';
import type { TextSpan } from '../server/src/workspace/compareTypes';
import { sourceArticleOfAnnotations } from '../server/src/workspace/sourceArticles';
import { sourcesOf, type SourceArticle, type SourceKind, type SourcesResult } from '../server/src/workspace/sources';

const clip = (text: string, max = 70) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length <= max ? flat : [...flat].slice(0, max - 1).join('') + '…';
};

const HEADINGS: Record<SourceKind, string> = { named: 'Named sources', unnamed: 'Unnamed sources', anonymous: 'Anonymous sources' };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatSources(title: string, result: SourcesResult<TextSpan>, withArticles = false): string {
  const { counts } = result;
  const lines = [
    title,
    `  ${plural(counts.direct, 'direct quote')}, ${plural(counts.indirect, 'indirect quote')}; ${counts.named} named, ${counts.unnamed} unnamed, ${counts.anonymous} anonymous sources; ${counts.noSpeaker} with no speaker`,
  ];
  for (const kind of ['named', 'unnamed', 'anonymous'] as const) {
    const sources = result.sources.filter((source) => source.kind === kind);
    if (!sources.length) {
      lines.push(`  ${HEADINGS[kind]}: none`);
      continue;
    }
    lines.push(`  ${HEADINGS[kind]} (${sources.length})`);
    for (const source of sources) {
      const described = [source.role, source.affiliation].filter(Boolean).join(', ');
      const where = withArticles ? ` — in ${plural(source.articles.length, 'article')}` : '';
      const spelled = source.spellings?.length ? ` [also spelled ${source.spellings.join(', ')}]` : '';
      lines.push(`    ${source.name}${spelled}${described ? ` (${described})` : ''}: ${source.direct} direct, ${source.indirect} indirect${where}`);
    }
  }
  lines.push(result.noSpeaker.length ? `  No speaker (${result.noSpeaker.length})` : '  No speaker: none');
  for (const quote of result.noSpeaker) lines.push(`    ${quote.kind}: ${clip(quote.text)}`);
  return lines.join('\n') + '\n';
}

/** Collects the articles and writes one section per article, then, for several, one for all of them. */
export class SourcesReport {
  private readonly articles: { title: string; article: SourceArticle<TextSpan> }[] = [];

  add(title: string, uri: string, annotations: Annotations): string {
    const article = sourceArticleOfAnnotations(uri, annotations);
    this.articles.push({ title, article });
    return formatSources(title, sourcesOf([article]));
  }

  /** The section across every article, when there was more than one. */
  total(): string | undefined {
    if (this.articles.length < 2) return undefined;
    return formatSources(`All ${this.articles.length} articles`, sourcesOf(this.articles.map((entry) => entry.article)), true);
  }
}
