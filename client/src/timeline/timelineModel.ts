// The "News Timeline" view's entries: the calendar dates of the active article (or of every article of the
// workspace) in time order, each with its sentence. Pure (no `vscode` import) so the unit tests can check it.
import type { ArticleSummary, SummaryDate } from '../../../server/src/workspace/articleSummary';
import { articleName } from '../../../server/src/workspace/articleSummary';
import type { AnnotationNode } from '../tree/annotationTreeModel';

/** A TIMEX3 value that names a point or period of the calendar (2025-11-27, 2026, 2025-W48), not PRESENT_REF or P3Y. */
export function isCalendarValue(date: Pick<SummaryDate, 'kind' | 'value'>): boolean {
  return (date.kind === 'date' || date.kind === 'time') && /^\d{4}/.test(date.value);
}

/** Time order: ISO-like TIMEX3 values sort as text; a coarser value (2026) comes before the days within it. */
export function compareValues(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildTimeline(articles: readonly ArticleSummary[], showArticle: boolean): AnnotationNode[] {
  const entries = articles.flatMap((article) => article.dates.filter(isCalendarValue).map((date) => ({ uri: article.uri, date })));
  entries.sort((a, b) => compareValues(a.date.value, b.date.value) || a.uri.localeCompare(b.uri) || a.date.range.start.line - b.date.range.start.line || a.date.range.start.character - b.date.range.start.character);
  return entries.map(({ uri, date }) => ({
    id: `timeline/${uri}/${date.id}`,
    label: date.value,
    description: `${date.text}${showArticle ? ` · ${articleName(uri)}` : ''}`,
    tooltip: date.sentence,
    icon: 'calendar',
    contextValue: 'date',
    copyText: date.sentence,
    location: { uri, range: date.range },
    children: [],
  }));
}
