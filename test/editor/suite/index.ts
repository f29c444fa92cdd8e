// The extension-host test suite's entry point: VS Code (through @vscode/test-electron's runTests, or
// code-server's smoke-test driver) loads this file from out/test/editor/suite/index.js as
// `extensionTestsPath` and calls run(). `vscode` exists only inside the extension host, so it is required
// here, at run time, and not when `node --test out/test/` merely loads this file.
import type * as vscodeApi from 'vscode';
import { articleTests } from './articleTests';
import { runEditorTests } from './runner';
import { workspaceTests } from './workspaceTests';

export async function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vscode = require('vscode') as typeof vscodeApi;
  await runEditorTests([...articleTests(vscode), ...workspaceTests(vscode)]);
}
