// One real-editor session for a test: the packaged extension installed in a fresh profile, code-server started,
// chromium on the sample articles' folder with the workbench loaded; afterwards the browser's console saved
// beside the other artifacts and everything stopped and removed. Skips the test, saying why, when
// scripts/setup-e2e.sh could not install code-server and chromium.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './browser';
import { createProfile, installExtension, startCodeServer, type CodeServer } from './codeServer';
import { findE2eDependencies } from './dependencies';
import { artifactPath } from './paths';
import { extensionPackage } from './vsix';
import { waitForWorkbench } from './workbench';
import { createWorkspace, type TemporaryWorkspace } from './workspace';

export interface SessionOptions {
  /** The artifacts' prefix: `<name>-code-server.log`, `<name>-console.log`. */
  name: string;
  /** User settings of the profile, beside PROFILE_SETTINGS. */
  settings?: Record<string, unknown>;
  viewport?: { width: number; height: number };
  /** A file of the folder whose name the Explorer must show before the test starts. */
  waitForFile: string;
}

export interface RealEditor {
  page: Page;
  workspace: TemporaryWorkspace;
}

export async function inRealEditor(t: TestContext, options: SessionOptions, run: (editor: RealEditor) => Promise<void>): Promise<void> {
  const lookup = findE2eDependencies();
  if ('missing' in lookup) {
    t.skip(lookup.missing);
    return;
  }
  const dependencies = lookup.found;
  const workspace = createWorkspace();
  let server: CodeServer | undefined;
  let browser: BrowserSession | undefined;
  try {
    const vsix = extensionPackage(workspace.root);
    const profile = createProfile(path.join(workspace.root, 'profile'), options.settings ?? {});
    installExtension(dependencies, profile, vsix);
    server = await startCodeServer(dependencies, profile, { logFile: artifactPath(`${options.name}-code-server.log`) });
    browser = await launchBrowser(dependencies);
    const { page } = browser;
    if (options.viewport) await page.setViewportSize(options.viewport);
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace.folder)}`);
    await waitForWorkbench(page, options.waitForFile);
    await run({ page, workspace });
  } finally {
    if (browser) {
      if (browser.consoleLines.length > 0) fs.writeFileSync(artifactPath(`${options.name}-console.log`), browser.consoleLines.join('\n'));
      await browser.close();
    }
    await server?.stop();
    workspace.dispose();
  }
}
