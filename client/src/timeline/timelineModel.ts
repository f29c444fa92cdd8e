// The "News Timeline" view's entries: the calendar dates of the active article (or of every article of the
// workspace) in time order, each with its value in words and its event; the sentence is the tooltip. Pure (no
// `vscode` import) so the unit tests can check it.
import type { ArticleSummary, SummaryDate } from '../../../server/src/workspace/articleSummary';
import { articleName } from '../../../server/src/workspace/articleSummary';
import { valueInWords } from '../../../server/src/analysis/dates/describe';
import type { AnnotationNode } from '../tree/annotationTreeModel';
import { eventOf } from './timelineEvent';

/** A TIMEX3 value that names a point or period of the calendar (2025-11-27, 2026, 2025-W48), not PRESENT_REF or P3Y. */
export function isCalendarValue(date: Pick<SummaryDate, 'kind' | 'value'>): boolean {
  return (date.kind === 'date' || date.kind === 'time') && /^\d{4}/.test(date.value);
}

/** Time order: ISO-like TIMEX3 values sort as text; a coarser value (2026) comes before the days within it. */
export function compareValues(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The timeline's rows: one per calendar value in time order, labelled with the value in words and described by
 * its event (the clause around the date); a value the articles name several times is one row with the count,
 * its occurrences as children.
 */
export function buildTimeline(articles: readonly ArticleSummary[], showArticle: boolean): AnnotationNode[] {
  const entries = articles.flatMap((article) => article.dates.filter(isCalendarValue).map((date) => ({ uri: article.uri, date })));
  entries.sort(
    (a, b) =>
      compareValues(a.date.value, b.date.value) ||
      a.uri.localeCompare(b.uri) ||
      a.date.range.start.line - b.date.range.start.line ||
      a.date.range.start.character - b.date.range.start.character,
  );
  const occurrence = ({ uri, date }: (typeof entries)[number], label: string): AnnotationNode => ({
    id: `timeline/${uri}/${date.id}`,
    label,
    description: `“${date.text}”${showArticle ? ` · ${articleName(uri)}` : ''}`,
    tooltip: date.sentence,
    icon: 'calendar',
    contextValue: 'date',
    copyText: date.sentence,
    location: { uri, range: date.range },
    children: [],
  });
  const rows: AnnotationNode[] = [];
  for (let index = 0; index < entries.length;) {
    const value = entries[index].date.value;
    let end = index;
    while (end < entries.length && entries[end].date.value === value) end++;
    const same = entries.slice(index, end);
    const words = valueInWords(value, same[0].date.kind);
    const events = same.map((entry) => eventOf(entry.date.sentence, entry.date.text));
    if (same.length === 1) {
      rows.push({ ...occurrence(same[0], words), description: `${events[0]}${showArticle ? ` · ${articleName(same[0].uri)}` : ''}` });
    } else {
      rows.push({
        id: `timeline/value/${value}`,
        label: `${words} (${same.length})`,
        description: events[0],
        tooltip: `${same.length} mentions of ${words}`,
        icon: 'calendar',
        contextValue: 'date',
        copyText: words,
        location: { uri: same[0].uri, range: same[0].date.range },
        children: same.map((entry, at) => occurrence(entry, events[at])),
      });
    }
    index = end;
  }
  return rows;
}
