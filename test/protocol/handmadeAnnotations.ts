// Annotations written by hand for one short article, for unit tests of the server's views (diagnostics, hover,
// symbols, tokens, fixes) that must not depend on what the analysis layers find.
import type { Annotations, Span } from '../../server/src/analysis/types';

export const HANDMADE_TEXT = [
  'Moscow, Nov 28 (UNI) Russian President Vladimir Putin said on November 27: “We are ready.”',
  '',
  'Putin added that the “Union Shield” drills would follow in 2026.',
].join('\n');

/** The span of the `occurrence`-th (0-based) `needle` in HANDMADE_TEXT. */
export function spanOf(needle: string, occurrence = 0, text = HANDMADE_TEXT): Span {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`no occurrence ${occurrence} of "${needle}"`);
  }
  return { start, end: start + needle.length, text: needle };
}

export function handmadeAnnotations(): Annotations {
  const putinFull = spanOf('Vladimir Putin');
  const putinShort = spanOf('Putin', 1);
  return {
    referenceDate: { value: '2025-11-28', source: 'dateline' },
    blocks: [
      { kind: 'dateline', start: 0, end: spanOf('(UNI)').end },
      { kind: 'paragraph', start: spanOf('(UNI)').end + 1, end: spanOf('ready.”').end },
      { kind: 'paragraph', start: putinShort.start, end: HANDMADE_TEXT.length },
    ],
    actors: [
      { id: 'a1', type: 'place', name: 'Moscow', mentions: [{ ...spanOf('Moscow'), form: 'full' }] },
      {
        id: 'a2',
        type: 'person',
        name: 'Vladimir Putin',
        role: 'President',
        affiliation: 'Russia',
        aliases: ['Putin'],
        mentions: [
          { ...putinFull, form: 'full' },
          { ...putinShort, form: 'partial' },
        ],
      },
      { id: 'a3', type: 'organization', name: 'UNI', mentions: [{ ...spanOf('UNI'), form: 'acronym' }] },
    ],
    dates: [
      { id: 'd1', ...spanOf('Nov 28'), value: '2025-11-28', kind: 'date', granularity: 'day', anchoring: 'inferred-year', note: 'year 2025 inferred from the dateline' },
      { id: 'd2', ...spanOf('November 27'), value: '2025-11-27', kind: 'date', granularity: 'day', anchoring: 'reference-date' },
      { id: 'd3', ...spanOf('2026'), value: '2026', kind: 'date', granularity: 'year', anchoring: 'absolute' },
    ],
    quotes: [
      {
        id: 'q1',
        kind: 'direct',
        ...spanOf('“We are ready.”'),
        speaker: { actorId: 'a2', name: 'Vladimir Putin', start: putinFull.start, end: putinFull.end },
        cue: spanOf('said'),
      },
      { id: 'q2', kind: 'title', ...spanOf('“Union Shield”'), speaker: null },
    ],
    problems: [],
  };
}
