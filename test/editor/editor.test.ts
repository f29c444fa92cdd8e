// The extension-host suite as part of `npm test`: runs it in the VS Code that VSCODE_EXECUTABLE names, and
// reports itself skipped, with the reason, when there is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEditorSuite, whyNotRunnable } from './runTest';

test('extension-host suite in VS Code', { timeout: 600_000 }, async (t) => {
  const reason = whyNotRunnable();
  if (reason) {
    t.skip(reason);
    return;
  }
  assert.equal(await runEditorSuite(process.env.VSCODE_EXECUTABLE!), 0, 'VS Code exited with failures (its output above lists them)');
});
