// Random incremental edits (emoji, CRLF, accented letters, names, quotation marks) sent as the editor sends them:
// after the last version, the server's diagnostics must sit exactly where the mirror text has the annotations.
// Positions are computed here independently of the server's TextDocument.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as fc from 'fast-check';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { fakeAnalyzer } from './fakeAnalyzer';
import { withTags } from './harness';
import { TestConnection } from './testConnection';
import { positionAt, settle } from './randomEdits';

const START = 'Kremlin plans\r\n\r\nMoscow, Nov 28 (Wire) Vladimir Putin spoke on November 27.\n“We are ready,” Putin said.';
const PIECES = ['😀', 'Putin ', ' ', '\n', '\r\n', 'é', 'Kremlin', 'Moscow ', '“', '”', 'x', 'March 3 ', ''];

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 8 }), insert: fc.constantFrom(...PIECES) });
const editBatches = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });

let connection: TestConnection;
before(async () => {
  connection = new TestConnection({ analyzer: fakeAnalyzer });
  connection.configuration.set('default', withTags({ debounceMs: 0 }));
  await connection.initialize();
});
after(() => connection.dispose());

let documentCount = 0;

test('diagnostics follow random incremental edits', { timeout: 60_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(editBatches, async (batches) => {
      const uri = `file:///news/random-${documentCount++}.txt`;
      let mirror = START;
      await connection.open(uri, mirror);
      let version = 1;
      for (const batch of batches) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (const { at, remove, insert } of batch) {
          // Each edit of a batch is relative to the text after the previous ones, as in LSP.
          const start = settle(mirror, Math.floor(at * mirror.length));
          const end = settle(mirror, Math.min(mirror.length, start + remove));
          changes.push({ range: { start: positionAt(mirror, start), end: positionAt(mirror, Math.max(start, end)) }, text: insert });
          mirror = mirror.slice(0, start) + insert + mirror.slice(Math.max(start, end));
        }
        await connection.change(uri, ++version, changes);
      }
      const { diagnostics } = await connection.diagnostics(uri, version);
      const expected = fakeAnalyzer(mirror);
      const spans = [...expected.actors.flatMap((actor) => actor.mentions), ...expected.dates, ...expected.quotes, ...expected.problems];
      const key = (range: { start: Position; end: Position }) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
      assert.deepEqual(
        diagnostics.map((diagnostic) => key(diagnostic.range)).sort(),
        spans.map((span) => key({ start: positionAt(mirror, span.start), end: positionAt(mirror, span.end) })).sort(),
      );
      await connection.close(uri);
    }),
    { numRuns: 40 },
  );
});
