// One article edited step by step as a writer would (a letter typed and removed, a paragraph split and joined again,
// a name changed, a quotation mark added and removed, a sentence of reported speech typed), each version analyzed
// after the ones before it, so the caches of paragraphs, sentences and name spans hold the earlier versions; each
// analysis must equal a fresh one of the same text with every cache off.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { clearParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { checkReuse, fresh } from './incrementalFixture';

// A made-up article: names, organizations, places, direct quotations, reported speech, a split quotation.
const ARTICLE = [
  'Harbour Authority Plans New Ferry Terminal in Ostrava Bay',
  'OSTRAVA BAY, March 4 (Tidewire) - The Harbour Authority of Ostrava Bay said on Tuesday it would build a ferry terminal by 2027, a project its chairman, Tomas Reindl, called overdue.',
  '"We have waited long enough," Reindl told reporters at the old pier. "The boats are full every morning."',
  'Critics were less sure. Lena Marsh, a councillor for the Green Coast party, said the plan ignored the fishermen who moor at the pier.',
  'According to a report by Norvale Consulting, traffic on the route doubled in five years. Marsh said the report was written for the authority.',
  '"It reads like an advertisement," she said, adding that the council had not seen the costs.',
  'Acme Marine Ltd, which runs two of the ferries, declined to comment. Its chief executive, Ivo Brandt, has said the company supports a new terminal.',
  '"The pier is too small." Reindl said:',
  'The council will decide in May, he added.',
  'The authority will hold a public meeting on April 12 at the town hall in Ostrava.',
].join('\n\n');

/** An edit: what the writer does, as a function of the current text. */
const EDITS: [string, (text: string) => string][] = [
  ['a letter typed inside a word', (text) => insertAt(text, text.indexOf('terminal by') + 3, 'x')],
  ['the letter removed again', (text) => text.replace('terxminal by', 'terminal by')],
  ['a space typed inside a name', (text) => text.replace('Reindl told', 'Rein dl told')],
  ['the space removed', (text) => text.replace('Rein dl told', 'Reindl told')],
  ['a paragraph split in two', (text) => text.replace('less sure. Lena', 'less sure.\n\nLena')],
  ['the two paragraphs joined again', (text) => text.replace('less sure.\n\nLena', 'less sure. Lena')],
  ['a name changed in one place', (text) => text.replace('Lena Marsh, a councillor', 'Lena Marek, a councillor')],
  ['the name changed everywhere', (text) => text.replaceAll('Marsh', 'Marek')],
  ['an opening quotation mark added', (text) => text.replace('Critics were', '"Critics were')],
  ['the quotation mark removed', (text) => text.replace('"Critics were', 'Critics were')],
  ['a closing quotation mark removed', (text) => text.replace('enough,"', 'enough,')],
  ['the closing quotation mark put back', (text) => text.replace('enough,', 'enough,"')],
  ['a sentence of reported speech typed', (text) => text.replace('declined to comment.', 'declined to comment. A spokesman said the ferries would keep running.')],
  ['a paragraph moved to the end', (text) => moveParagraph(text, 3)],
  ['a word deleted', (text) => text.replace(' old pier', ' pier')],
  ['the organization renamed', (text) => text.replaceAll('Norvale Consulting', 'Norvale Partners')],
  [
    'a paragraph deleted',
    (text) =>
      text
        .split('\n\n')
        .filter((_, index) => index !== 2)
        .join('\n\n'),
  ],
  // Steps kept per paragraph or carried by position: institution names, where nominal phrases open, the
  // gazetteer's lists and the runs of capitalized words.
  [
    'a title ending a paragraph before one opening with "of"',
    (text) =>
      text.replace(
        'The authority will hold',
        'The Harbour Safety and Order Review Council named a new Chief Operating Officer\n\nof the Harbour Authority. The authority will hold',
      ),
  ],
  ['the title paragraph joined to the next', (text) => text.replace('Chief Operating Officer\n\nof the', 'Chief Operating Officer of the')],
  ['a name joined by "of" typed', (text) => text.replace('report by Norvale', 'report by Bank of Norvale')],
  ['a nominal phrase typed at the end of a paragraph', (text) => text.replace('had not seen the costs.', 'had not seen the costs, said the')],
  ['the nominal phrase finished in the next paragraph', (text) => text.replace('said the\n\nAcme', 'said the\n\ncompany. Acme')],
  ['"the company" made "the firm"', (text) => text.replace('said the company supports', 'said the firm supports')],
  ['the headline recased', (text) => text.replace('Plans New Ferry Terminal', 'Plans new ferry terminal')],
  ['a place name typed across a paragraph break', (text) => text.replace('at the town hall in Ostrava.', 'at the town hall in New\n\nYork.')],
  // The second tagging pass reads, for a one-word name, how the first pass typed the longer names beginning or
  // ending with it anywhere in the article: a longer name cut or typed in one paragraph changes the features of the
  // one-word name in another (jointTagger.ts compares only the words around the changed tokens).
  ['a one-word name typed far from its longer form', (text) => text.replace('The authority will hold', 'Acme owns the old pier. Marine said so. The authority will hold')],
  ['the longer name cut to one word', (text) => text.replace('Acme Marine Ltd, which', 'Acme, which')],
  ['a longer name typed with the word at its end', (text) => text.replace('Critics were less sure.', 'Critics at Harbour Marine were less sure.')],
  ['the longer name typed again', (text) => text.replace('Acme, which', 'Acme Marine Ltd, which')],
  // A quotation's reading is kept while the text of its paragraphs (and a little after them) and where the
  // quotations around it lie are unchanged (stretchReadingCache.ts): `"…." X said:` before a paragraph that opens
  // a quotation introduces that one, not the words before it.
  ['a quotation opened in the paragraph after "X said:"', (text) => text.replace('The council will decide in May, he added.', '"The council will decide in May."')],
  ['that quotation mark removed again', (text) => text.replace('"The council will decide in May."', 'The council will decide in May.')],
  ['the first paragraph put back', () => ARTICLE],
];

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

function moveParagraph(text: string, index: number): string {
  const paragraphs = text.split('\n\n');
  const [moved] = paragraphs.splice(index, 1);
  return [...paragraphs, moved].join('\n\n');
}

describe('incremental analysis, one article edited step by step', () => {
  checkReuse();

  it('equals a fresh analysis after each edit', () => {
    clearParagraphCaches();
    let text = ARTICLE;
    const first = analyze(text);
    assert.deepEqual(first, fresh(text));
    assert.ok(
      first.quotes.some((quote) => quote.kind === 'indirect'),
      'the article reports speech',
    );
    assert.ok(
      first.quotes.some((quote) => quote.kind === 'direct' && quote.speaker),
      'the article quotes someone by name',
    );
    for (const [name, apply] of EDITS) {
      const edited = apply(text);
      assert.notEqual(edited, text, `${name}: the edit changed the text`);
      text = edited;
      assert.deepEqual(analyze(text), fresh(text), name);
    }
  });

  it('equals a fresh analysis when the same article comes back at another place (cached results moved)', () => {
    clearParagraphCaches();
    analyze(ARTICLE);
    const shifted = `A note from the editor.\n\n${ARTICLE}`;
    assert.deepEqual(analyze(shifted), fresh(shifted));
    // And twice more: results handed out from the caches must not have been changed by the analysis that got them.
    assert.deepEqual(analyze(shifted), fresh(shifted));
    assert.deepEqual(analyze(ARTICLE), fresh(ARTICLE));
  });

  // The server's worker and the CLI hand a fresh analysis over to the corrections, which change it in place: no
  // object of an analysis's output may be one its caches keep for the next analysis.
  it('keeps nothing it hands out: an output changed in place changes no later analysis', () => {
    clearParagraphCaches();
    let text = ARTICLE;
    for (const [name, apply] of [['the same text again', (same: string) => same] as const, ...EDITS.slice(0, 8)]) {
      scramble(analyze(text));
      text = apply(text);
      assert.deepEqual(analyze(text), fresh(text), name);
    }
  });
});

/** Changes every number, string and array of a value in place, at every depth. */
function scramble(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (typeof field === 'number') record[key] = field + 7;
    else if (typeof field === 'string') record[key] = `${field}?`;
    else scramble(field, seen);
  }
  if (Array.isArray(value)) value.push({ start: -1, end: -1 });
}
