// A hand-made article and analyzer output for the corrections tests (not taken from any corpus): two spellings of
// one researcher, a weekday wrongly tagged as a person, a quoted drill name mistaken for speech.
import type { Annotations } from '../../server/src/analysis/types';
import type { CorrectedAnnotations } from '../../server/src/corrections';

export const text = [
  'Ministers meet in Yerevan',
  '',
  'YEREVAN, May 12. Daria Saprynskaya, a researcher at the Institute of Regional Studies, said the bloc would rearm. "The exercises will go on," Saprynskaya said.',
  '',
  'Darya Saprynskaya added that the "Shield" drill was planned for August, with Arman Petrosyan in charge. Monday was quiet.',
].join('\n');

/** The span of the n-th occurrence of some words. */
export function at(words: string, occurrence = 0, source = text): { start: number; end: number; text: string } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = source.indexOf(words, start + 1);
    if (start < 0) throw new Error(`no occurrence ${occurrence} of ${words}`);
  }
  return { start, end: start + words.length, text: words };
}

export function analyzerOutput(): Annotations {
  const paragraph1 = at('YEREVAN, May 12.');
  const paragraph2 = at('Darya Saprynskaya added');
  const exercises = at('"The exercises will go on,"');
  const shield = at('"Shield"');
  return {
    referenceDate: { value: '2026-05-12', source: 'dateline' },
    blocks: [
      { kind: 'headline', start: 0, end: 25 },
      { kind: 'paragraph', start: paragraph1.start, end: text.indexOf('\n\n', paragraph1.start) },
      { kind: 'paragraph', start: paragraph2.start, end: text.length },
    ],
    actors: [
      {
        id: 'a1',
        type: 'place',
        name: 'Yerevan',
        aliases: ['YEREVAN'],
        mentions: [
          { ...at('Yerevan'), form: 'full' },
          { ...at('YEREVAN'), form: 'alias' },
        ],
      },
      {
        id: 'a2',
        type: 'person',
        name: 'Daria Saprynskaya',
        role: 'researcher',
        aliases: ['Saprynskaya'],
        mentions: [
          { ...at('Daria Saprynskaya'), form: 'full' },
          { ...at('Saprynskaya', 1), form: 'partial' },
        ],
      },
      { id: 'a3', type: 'place', name: 'Institute of Regional Studies', mentions: [{ ...at('Institute of Regional Studies'), form: 'full' }] },
      { id: 'a4', type: 'person', name: 'Darya Saprynskaya', mentions: [{ ...at('Darya Saprynskaya'), form: 'full' }] },
      { id: 'a5', type: 'person', name: 'Monday', mentions: [{ ...at('Monday'), form: 'full' }] },
    ],
    dates: [
      { id: 'd1', ...at('May 12'), value: '2026-05-12', kind: 'date', granularity: 'day', anchoring: 'absolute' },
      { id: 'd2', ...at('August'), value: '2026-08', kind: 'date', granularity: 'month', anchoring: 'inferred-year' },
    ],
    quotes: [
      {
        id: 'q1',
        ...at('the bloc would rearm'),
        kind: 'indirect',
        speaker: { actorId: 'a2', name: 'Daria Saprynskaya', start: at('Daria Saprynskaya').start, end: at('Daria Saprynskaya').end },
      },
      { id: 'q2', ...exercises, kind: 'direct', speaker: { actorId: 'a2', name: 'Daria Saprynskaya', start: at('Saprynskaya', 1).start, end: at('Saprynskaya', 1).end } },
      { id: 'q3', ...shield, kind: 'direct', speaker: null },
    ],
    problems: [{ code: 'quote-without-speaker', start: shield.start, end: shield.end, message: 'no speaker found', annotationId: 'q3' }],
  };
}

/** The invariants every corrected output keeps. */
export function assertConsistent(result: CorrectedAnnotations, source = text): void {
  const ids = [...result.actors.map((actor) => actor.id), ...result.dates.map((date) => date.id), ...result.quotes.map((quote) => quote.id)];
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate ids: ${ids.join(' ')}`);
  const actorIds = new Set(result.actors.map((actor) => actor.id));
  for (const quote of result.quotes) {
    if (quote.speaker?.actorId && !actorIds.has(quote.speaker.actorId)) throw new Error(`speaker of ${quote.id} points to missing ${quote.speaker.actorId}`);
  }
  for (const span of [...result.actors.flatMap((actor) => actor.mentions), ...result.dates, ...result.quotes]) {
    if (source.slice(span.start, span.end) !== span.text) throw new Error(`span text mismatch at ${span.start}: ${span.text}`);
    if (span.origin !== 'auto' && span.origin !== 'manual') throw new Error(`no origin at ${span.start}`);
  }
  for (const actor of result.actors) if (actor.mentions.length === 0) throw new Error(`actor ${actor.id} without mentions`);
}
