// What the server publishes after a sequence of edits must be what it publishes for a fresh open of the same text:
// after an edit the worker is sent only the changed characters and answers with what changed, the server's thread
// rebuilds only the changed items' diagnostics on a snapshot whose line starts it carried over, and semantic
// tokens go out as deltas. Run through the real worker protocol (a stand-in analyzer in a worker thread).
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import * as fc from 'fast-check';
import { HoverRequest, SemanticTokensDeltaRequest, SemanticTokensRequest, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { FakeWorkerControl } from './fakeWorkerControl';
import { disposeStarted, started } from './harness';
import { positionAt, settle } from './randomEdits';

afterEach(disposeStarted);

const START = 'Kremlin plans\r\n\r\nMoscow, Nov 28 (Wire) Vladimir Putin spoke on November 27.\n“We are ready,” Putin said.\n\nMoscow on March 3: “Later,” said Putin.';
const PIECES = ['Putin ', ' ', '\n', '\r\n', 'é', '😀', 'Kremlin', 'Moscow ', '“', '”', 'x', 'March 3 ', 'Vladimir ', ''];

/** Token data after applying a delta's edits. */
function applyTokenEdits(data: number[], edits: readonly { start: number; deleteCount: number; data?: number[] }[]): number[] {
  let result = data;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = [...result.slice(0, edit.start), ...(edit.data ?? []), ...result.slice(edit.start + edit.deleteCount)];
  return result;
}

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 8 }), insert: fc.constantFrom(...PIECES) });

test('after random edits, diagnostics, semantic tokens and hovers equal those of a fresh open of the final text', { timeout: 120_000 }, async () => {
  const worker = new FakeWorkerControl();
  const client = await started({ analyzer: undefined, createAnalysisWorker: worker.createWorker }, { debounceMs: 0 });
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), async (batches) => {
      const uri = `file:///news/edited-${run}.txt`;
      const fresh = `file:///news/fresh-${run++}.txt`;
      let mirror = START;
      await client.open(uri, mirror);
      let tokens = (await client.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!;
      let data = tokens.data;
      let version = 1;
      for (const batch of batches) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (const { at, remove, insert } of batch) {
          const start = settle(mirror, Math.floor(at * mirror.length));
          const end = Math.max(start, settle(mirror, Math.min(mirror.length, start + remove)));
          changes.push({ range: { start: positionAt(mirror, start), end: positionAt(mirror, end) }, text: insert });
          mirror = mirror.slice(0, start) + insert + mirror.slice(end);
        }
        const published = client.diagnostics(uri, ++version);
        await client.change(uri, version, changes);
        await published;
        // The editor asks for the tokens after each change, as a delta from the last ones it holds.
        const delta = (await client.client.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: tokens.resultId! }))!;
        data = 'edits' in delta ? applyTokenEdits(data, delta.edits) : delta.data;
        tokens = { resultId: delta.resultId, data };
      }
      const edited = await client.diagnostics(uri, version);
      // The hovers at every character, from the lookups of the analysis rebuilt after the edits (they reuse the
      // previous mentions' order when it still holds).
      const hovers = async (at: string) => {
        const answers: unknown[] = [];
        for (let offset = 0; offset <= mirror.length; offset++) {
          answers.push(await client.client.sendRequest(HoverRequest.type, { textDocument: { uri: at }, position: positionAt(mirror, offset) }));
        }
        return answers;
      };
      const editedHovers = await hovers(uri);
      // Closed first: two open documents with the same text would share quotes (cross-article diagnostics).
      await client.close(uri);
      await client.open(fresh, mirror);
      const opened = await client.diagnostics(fresh, 1);
      assert.deepStrictEqual(edited.diagnostics, opened.diagnostics);
      assert.deepStrictEqual(editedHovers, await hovers(fresh));
      const freshTokens = (await client.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: fresh } }))!;
      assert.deepStrictEqual(data, freshTokens.data);
      await client.close(fresh);
    }),
    { numRuns: 40 },
  );
});
