// Diagnostics made from what changed: for an analysis rebuilt from the worker's delta, the diagnostics made from
// the previous analysis's (reused, moved, or made anew per item) equal those made from scratch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { annotationsDelta, deriveAnnotations } from '../../server/src/annotationsDelta';
import { diagnosticGroups, flatten, toDiagnostics } from '../../server/src/diagnostics';
import { readSettings } from '../../server/src/settings';

const PARAGRAPHS = [
  'Lisbon, March 3, 2025 — Mayor Ana Sousa said on Monday that the tram line would reopen "before the summer holidays".',
  '"We have waited long enough," Sousa told reporters at City Hall. The transport union disagreed.',
  'Union leader Marco Pires said the works had been delayed twice since January 2024, and "nobody believes it.',
  'The council meets again on Thursday, Pires said.',
];
const ARTICLE = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].join('\n\n');

test('diagnostics made from the previous ones equal those made from scratch, for edits that add lines or not', () => {
  const everything = readSettings({ severity: { person: 'hint', organization: 'hint', place: 'hint', date: 'hint', quote: 'hint' } });
  for (const settings of [everything, readSettings({})]) {
    const before = analyze(ARTICLE);
    const document = TextDocument.create('file:///a.txt', 'plaintext', 1, ARTICLE);
    const groups = diagnosticGroups(document, before, settings);
    const middle = ARTICLE.indexOf('Pires', ARTICLE.length / 2);
    for (const [at, removed, inserted] of [
      [middle, 0, 'x'],
      [middle, 0, 'Mayor Ana Sousa spoke.\n\n'],
      [ARTICLE.indexOf('Monday'), 6, 'Friday'],
      [ARTICLE.lastIndexOf('"nobody'), 1, ''],
      // The same length, one line fewer: every annotation after the edit keeps its offsets but moves up a line.
      [ARTICLE.indexOf('\n\n'), 2, ' .'],
    ] as const) {
      const text = ARTICLE.slice(0, at) + inserted + ARTICLE.slice(at + removed);
      const after = deriveAnnotations(before, annotationsDelta(ARTICLE, before, text, analyze(text)));
      const delta = annotationsDelta(ARTICLE, before, text, after);
      assert.ok(!('full' in delta));
      const edited = TextDocument.create('file:///a.txt', 'plaintext', 2, text);
      const made = flatten(diagnosticGroups(edited, after, settings, { groups, delta }));
      assert.deepStrictEqual(made, toDiagnostics(edited, after, settings), `edit at ${at}`);
    }
    assert.ok(toDiagnostics(document, before, settings).length > 0);
  }
});
