// The extension's own editor test suite (test/editor/suite, compiled to out/test/editor/suite/index.js) run in
// the extension host of a real VS Code: code-server started with VS Code's smoke-test driver accepts a
// `payload` in the page URL naming an extension development folder and a tests module, runs the extension
// from the repository and the suite against the real `vscode` API, and hands the suite's exit code to the
// page's `codeAutomationExit` hook. Skips, saying why, when scripts/setup-e2e.sh could not install code-server
// and chromium.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { launchBrowser, type BrowserSession } from './harness/browser';
import { createProfile, startCodeServer, withTimeout, type CodeServer } from './harness/codeServer';
import { findE2eDependencies } from './harness/dependencies';
import { artifactPath, REPO_ROOT } from './harness/paths';
import { createWorkspace } from './harness/workspace';

const SUITE = path.join(REPO_ROOT, 'out', 'test', 'editor', 'suite', 'index.js');
const SUITE_TIMEOUT_MS = 5 * 60_000;

interface LogFile {
  relativePath: string;
  contents: string;
}

test('the editor test suite passes in the extension host of a real VS Code', { timeout: SUITE_TIMEOUT_MS + 2 * 60_000 }, async (t) => {
  const lookup = findE2eDependencies();
  if ('missing' in lookup) {
    t.skip(lookup.missing);
    return;
  }
  const extensionFolder = process.env.NEWS_ANNOTATOR_E2E_EXTENSION_FOLDER ? path.resolve(process.env.NEWS_ANNOTATOR_E2E_EXTENSION_FOLDER) : REPO_ROOT;
  const suite = process.env.NEWS_ANNOTATOR_E2E_SUITE ? path.resolve(process.env.NEWS_ANNOTATOR_E2E_SUITE) : SUITE;
  assert.ok(fs.existsSync(suite), `${suite} is missing: the editor suite is compiled by "npx tsc" (npm test does it)`);
  assert.ok(fs.existsSync(path.join(extensionFolder, 'dist', 'client.js')), `${extensionFolder}/dist/client.js is missing: build first (npm run build)`);

  const workspace = createWorkspace();
  let server: CodeServer | undefined;
  let browser: BrowserSession | undefined;
  try {
    const profile = createProfile(path.join(workspace.root, 'profile'));
    server = await startCodeServer(lookup.found, profile, {
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
      logFile: artifactPath('extension-host-code-server.log'),
    });
    browser = await launchBrowser(lookup.found);
    const { page } = browser;
    const automationLog: string[] = [];
    await page.exposeFunction('codeAutomationLog', (level: string, args: unknown[]) => {
      automationLog.push(`[${level}] ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`);
    });
    const exited = new Promise<{ code: number; logs: LogFile[] }>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number, logs: LogFile[] = []) => resolve({ code, logs }));
    });
    const remote = (file: string) => `vscode-remote://${server!.authority}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionFolder)],
      ['extensionTestsPath', remote(suite)],
    ];
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const result = await withTimeout(exited, SUITE_TIMEOUT_MS, () => `the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);

    // The suite's own report lines ("ok - …", "not ok - …", the closing count), shown with this test's result.
    for (const line of automationLog) {
      const report = /^\[\w+\] ((?:not )?ok - [^\n]*|\w+: \d+ passed, \d+ failed[^\n]*)/.exec(line);
      if (report) t.diagnostic(`extension host: ${report[1]}`);
    }
    // The workbench hands its log lines (the suite's console output and errors among them) to codeAutomationLog.
    const suiteOutput = automationLog.filter((line) => !/ENOTFOUND|ERR_NAME_NOT_RESOLVED/.test(line)).join('\n');
    fs.writeFileSync(
      artifactPath('extension-host-output.log'),
      ['=== workbench log', ...automationLog, '=== page console', ...browser.consoleLines, '=== extension host logs', collectExtensionHostLogs(profile.userDataDir)].join('\n'),
    );
    assert.equal(result.code, 0, `the editor suite failed (exit code ${result.code}); the workbench log (offline errors left out):\n${suiteOutput.slice(-8000)}`);
  } finally {
    await browser?.close();
    await server?.stop();
    workspace.dispose();
  }
});

/** The remote extension host's log files, kept with the artifacts for whoever investigates a failure. */
function collectExtensionHostLogs(userDataDir: string): string {
  const logsRoot = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logsRoot)) return '(no logs)';
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/exthost|extension/i.test(full)) files.push(full);
    }
  };
  walk(logsRoot);
  return files.map((file) => `--- ${path.relative(logsRoot, file)}\n${fs.readFileSync(file, 'utf8')}`).join('\n');
}
