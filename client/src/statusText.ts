// The status-bar text and tooltip for an article. Pure (no `vscode` import) so the unit tests can check it.
import type { Annotations } from '../../server/src/analysis/types';
import type { AnalysisDoneParams } from '../../server/src/protocol';
import { reviewCounts } from './review';

export interface StatusText {
  text: string;
  tooltip: string;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function articleStatus(analysis: AnalysisDoneParams | undefined, annotations: Annotations | null): StatusText {
  if (analysis?.skipped) {
    return { text: `$(circle-slash) not analyzed: ${analysis.skipped}`, tooltip: `News Annotator did not analyze this file: ${analysis.skipped}.` };
  }
  if (!annotations && analysis) {
    const { actors, dates, quotes } = analysis.counts;
    return { text: `$(person) ${actors} $(calendar) ${dates} $(quote) ${quotes}`, tooltip: 'News Annotator\nClick to show the News Annotations view.' };
  }
  if (!annotations) {
    return { text: '$(person) – $(calendar) – $(quote) –', tooltip: 'News Annotator: not analyzed yet.' };
  }
  const { actors, dates, quotes, problems } = annotations;
  const review = reviewCounts(annotations);
  const ofType = (type: string) => actors.filter((actor) => actor.type === type).length;
  const speakers = new Set(quotes.filter((quote) => quote.kind !== 'title' && quote.speaker).map((quote) => quote.speaker!.name)).size;
  const lines = [
    'News Annotator',
    `${count(actors.length, 'actor', 'actors')}: ${count(ofType('person'), 'person', 'people')}, ${count(ofType('organization'), 'organization', 'organizations')}, ${count(ofType('place'), 'place', 'places')}`,
    `${count(dates.length, 'date', 'dates')}${annotations.referenceDate.value ? ` (reference date ${annotations.referenceDate.value}, from ${annotations.referenceDate.source})` : ''}`,
    `${count(quotes.length, 'quote', 'quotes')} by ${count(speakers, 'speaker', 'speakers')}`,
    count(problems.length, 'problem', 'problems'),
    `${review.reviewed} of ${count(review.total, 'annotation', 'annotations')} reviewed`,
    'Click to show the News Annotations view.',
  ];
  // Reviewed / total once an annotator has started accepting annotations.
  const reviewed = review.reviewed ? ` $(check) ${review.reviewed}/${review.total}` : '';
  return { text: `$(person) ${actors.length} $(calendar) ${dates.length} $(quote) ${quotes.length}${reviewed}`, tooltip: lines.join('\n') };
}
