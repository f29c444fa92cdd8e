// The name spans' mentions kept from the previous analysis (actors/spanMentionsCache.ts): a span is taken again only
// when the tokens it reads (one before it, four after it) are unchanged, at its place before or after the edit; each
// analysis after an edit must equal a fresh one, with every kept span's mentions compared with the span read again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { checkReuse, fresh } from './incrementalFixture';

// A made-up article: people, a hyphenated surname, companies with legal forms, a quoted name, places.
const ARTICLE = [
  'Korvell Ltd Names New Chief',
  'HALDEN, June 3 (Tidewire) - Korvell Ltd said on Monday that Mara Ostby-Lind would run the company from July.',
  'Ostby-Lind, who ran the Halden office of Brantec Corp, told reporters the "Nordvik" plant would stay open.',
  'Jon Arvesen of Brantec Corp Pia Dahl and the mayor of Halden, Erik Sand, welcomed the choice.',
  'Korvell said Ostby-Lind and Arvesen would meet in Oslo next week.',
].join('\n\n');

/** Edits near the names: inside a span, in the token before one, in the four tokens after one, and far from any. */
const EDITS: [string, (text: string) => string][] = [
  ['a letter typed far from any name', (text) => text.replace('next week', 'next weeks')],
  ['the hyphenated surname split', (text) => text.replace('Mara Ostby-Lind would', 'Mara Ostby - Lind would')],
  ['the surname joined again', (text) => text.replace('Mara Ostby - Lind would', 'Mara Ostby-Lind would')],
  ['a quotation mark after a name removed', (text) => text.replace('"Nordvik" plant', '"Nordvik plant')],
  ['the quotation mark put back', (text) => text.replace('"Nordvik plant', '"Nordvik" plant')],
  ['the legal form before a person changed', (text) => text.replace('Brantec Corp Pia Dahl', 'Brantec Pia Dahl')],
  ['the word before a name changed', (text) => text.replace('mayor of Halden', 'mayor for Halden')],
  ['a sentence break after a name', (text) => text.replace('Erik Sand, welcomed', 'Erik Sand. Welcomed')],
  ['a paragraph added before every name', (text) => `Breaking.\n\n${text}`],
  ['a name renamed in one place', (text) => text.replace('Korvell said', 'Korvel said')],
];

describe('span mentions kept across edits', () => {
  checkReuse();

  it('gives each edited version what a fresh analysis gives', () => {
    let text = ARTICLE;
    analyze(text);
    for (const [what, edit] of EDITS) {
      const edited = edit(text);
      assert.notEqual(edited, text, what);
      assert.deepEqual(analyze(edited), fresh(edited), what);
      text = edited;
    }
  });
});
