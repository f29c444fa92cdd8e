// Runs the extension-host suite (suite/index.ts) in an installed VS Code with @vscode/test-electron. VS Code
// cannot be downloaded here, so it runs only with VSCODE_EXECUTABLE set to a VS Code (or VS Code Insiders)
// binary. From the command line, after `npx tsc -p . && node esbuild.mjs`:
//   VSCODE_EXECUTABLE=/path/to/code node out/test/editor/runTest.js
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** The repository: extensionDevelopmentPath, and the workspace folder the suite opens (it holds seeds/). */
export const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');
export const SUITE_PATH = path.join(__dirname, 'suite', 'index.js');

/** Why the suite cannot run here, or undefined when it can. */
export function whyNotRunnable(executable = process.env.VSCODE_EXECUTABLE): string | undefined {
  if (!executable) return 'VSCODE_EXECUTABLE is not set (VS Code cannot be downloaded here; point it at an installed VS Code to run the editor suite)';
  if (!fs.existsSync(executable)) return `VSCODE_EXECUTABLE=${executable} does not exist`;
  return undefined;
}

/** Resolves with VS Code's exit code (0 when every editor test passed). */
export async function runEditorSuite(vscodeExecutablePath: string): Promise<number> {
  for (const bundle of ['dist/client.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(REPOSITORY_ROOT, bundle))) throw new Error(`${bundle} is missing: run node esbuild.mjs first`);
  }
  // A fresh profile each run, kept short: long user-data paths break VS Code's IPC socket names.
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-vsc-'));
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPOSITORY_ROOT,
      extensionTestsPath: SUITE_PATH,
      launchArgs: [REPOSITORY_ROOT, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userDataDir}`],
    });
  } finally {
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

// Run directly, but not when `node --test out/test/` loads this file as a test file.
if (require.main === module && !process.env.NODE_TEST_CONTEXT) {
  const reason = whyNotRunnable();
  if (reason) {
    console.error(reason);
    process.exit(2);
  }
  runEditorSuite(process.env.VSCODE_EXECUTABLE!).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
