// A small, predictable stand-in for the analyzer, so the protocol tests exercise the server (positions, versions,
// settings, views) independently of how well the analysis layers tag real news. It knows three actors by name,
// "Month day" dates, curly-quoted speech with a following speaker, and the two quotation-mark problems.
import type { Actor, Annotations, AnalyzeOptions, Block, DateAnnotation, Mention, Problem, Quote } from '../../server/src/analysis/types';

interface KnownActor {
  id: string;
  type: Actor['type'];
  name: string;
  role?: string;
  affiliation?: string;
  forms: string[];
}

const KNOWN: KnownActor[] = [
  { id: 'a1', type: 'person', name: 'Vladimir Putin', role: 'President', affiliation: 'Russia', forms: ['Vladimir Putin', 'Putin'] },
  { id: 'a2', type: 'organization', name: 'Kremlin', forms: ['Kremlin'] },
  { id: 'a3', type: 'place', name: 'Moscow', forms: ['Moscow'] },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function fakeAnalyzer(text: string, options: AnalyzeOptions = {}): Annotations {
  const taken: { start: number; end: number }[] = [];
  const free = (start: number, end: number) => taken.every((span) => end <= span.start || start >= span.end);

  const forms = KNOWN.flatMap((actor) => actor.forms.map((form) => ({ actor, form }))).sort((a, b) => b.form.length - a.form.length);
  const mentions = new Map<string, Mention[]>();
  for (const { actor, form } of forms) {
    for (const match of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
      const start = match.index!;
      const end = start + form.length;
      if (!free(start, end)) continue;
      taken.push({ start, end });
      mentions.set(actor.id, [...(mentions.get(actor.id) ?? []), { start, end, text: form, form: form === actor.name ? 'full' : 'partial' }]);
    }
  }
  const actors: Actor[] = KNOWN.filter((actor) => mentions.has(actor.id)).map(({ forms: _forms, ...actor }) => ({
    ...actor,
    mentions: mentions.get(actor.id)!.sort((a, b) => a.start - b.start),
  }));

  const dates: DateAnnotation[] = [];
  for (const match of text.matchAll(new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b`, 'g'))) {
    const month = String(MONTHS.indexOf(match[1]) + 1).padStart(2, '0');
    const day = match[2].padStart(2, '0');
    dates.push({
      id: `d${dates.length + 1}`,
      start: match.index!,
      end: match.index! + match[0].length,
      text: match[0],
      value: `2025-${month}-${day}`,
      kind: 'date',
      granularity: 'day',
      anchoring: 'inferred-year',
      note: 'year inferred from the dateline',
    });
  }

  const quotes: Quote[] = [];
  const problems: Problem[] = [];
  for (const match of text.matchAll(/“[^”\r\n]*(”|(?=[\r\n])|$)/g)) {
    const start = match.index!;
    const end = start + match[0].length;
    const id = `q${quotes.length + 1}`;
    const after = text.slice(end, end + 40);
    const speakerMention = [...mentions.entries()]
      .flatMap(([actorId, list]) => list.map((mention) => ({ actorId, mention })))
      .filter(({ mention }) => mention.start >= end && mention.end <= end + after.length && !text.slice(end, mention.start).includes('\n'))
      .sort((a, b) => a.mention.start - b.mention.start)[0];
    const cue = /\bsaid\b/.exec(after);
    const unclosed = match[1] === '';
    quotes.push({
      id,
      start,
      end,
      text: match[0],
      kind: 'direct',
      speaker: speakerMention
        ? {
            actorId: speakerMention.actorId,
            name: KNOWN.find((actor) => actor.id === speakerMention.actorId)!.name,
            start: speakerMention.mention.start,
            end: speakerMention.mention.end,
          }
        : null,
      ...(cue ? { cue: { start: end + cue.index, end: end + cue.index + 4, text: 'said' } } : {}),
      ...(unclosed ? { unclosed: true } : {}),
    });
    if (unclosed) problems.push({ code: 'unclosed-quote', start, end: start + 1, message: 'This quotation mark is never closed.', annotationId: id });
    if (start > 0 && !/\s/.test(text[start - 1])) {
      // As the quote layer reports it: the glued character and the mark.
      problems.push({ code: 'missing-space-at-quote', start: start - 1, end: start + 1, message: 'No space before the opening quotation mark.', annotationId: id });
    }
  }

  const blocks: Block[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) blocks.push({ kind: 'paragraph', start: match.index!, end: match.index! + match[0].length });

  const annotations: Annotations = {
    referenceDate: { value: options.referenceDate ?? '2025-11-28', source: options.referenceDate ? 'option' : 'dateline' },
    blocks,
    actors,
    dates,
    quotes,
    problems: problems.sort((a, b) => a.start - b.start),
  };
  return options.id === undefined ? annotations : { id: options.id, ...annotations };
}
