// The fact-checking views of the packaged extension in a real VS Code (code-server in headless chromium), used as
// a person would: open the two sample articles, "Compare Articles" from the Command Palette (picking both), walk
// the Compare Articles view with the keyboard (Enter on the shared quote opens both articles side by side with
// the quote selected), then the Sources view of the active article. Skips, saying why, when
// scripts/setup-e2e.sh could not install code-server and chromium.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, keepAsReadmeScreenshot } from './harness/paths';
import { quickOpen, runCommand, STARTUP_TIMEOUT_MS, UI_TIMEOUT_MS, viewRows } from './harness/workbench';
import { inRealEditor } from './harness/session';

const A = 'cstoRearmament-izvestia-digest.txt';
const B = 'cstoRearmament-uni.txt';

test('the fact-checking views in a real VS Code', { timeout: 8 * 60_000 }, async (t) => {
  // Long paragraphs are one line each in the samples: wrapped, both quotes show in the screenshot.
  const settings = { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false };
  await inRealEditor(t, { name: 'factcheck', settings, viewport: { width: 1600, height: 900 }, waitForFile: A }, async ({ page }) => {
    await t.test('"Compare Articles" from the Command Palette, on the two open articles, fills the Compare Articles view', async () => {
      await quickOpen(page, A, 'Russia Proposes Major');
      await quickOpen(page, B, 'Russia pushes drive');
      await runCommand(page, 'News Annotator: Compare Articles');
      // A quick pick of the articles the server knows, several may be picked: A, then B, then OK.
      const picks = page.locator('.quick-input-widget .monaco-list-row');
      await picks.filter({ hasText: A }).first().waitFor({ timeout: STARTUP_TIMEOUT_MS });
      for (const [index, name] of [A, B].entries()) {
        await picks.filter({ hasText: name }).first().locator('.monaco-checkbox, input[type=checkbox]').first().click({ force: true });
        await page.locator('.quick-input-widget', { hasText: `${index + 1} Selected` }).waitFor({ timeout: UI_TIMEOUT_MS });
      }
      await page.locator('.quick-input-widget .monaco-button', { hasText: 'OK' }).first().click();
      const rows = viewRows(page, 'Compare Articles');
      await rows
        .filter({ hasText: 'Quotations' })
        .first()
        .waitFor({ timeout: STARTUP_TIMEOUT_MS })
        .catch(async (error: unknown) => {
          await page.screenshot({ path: artifactPath('compare-failed.png') });
          throw error;
        });
      await rows.filter({ hasText: 'besieged fortress' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    });

    await t.test('Enter on the shared quote opens both articles side by side with the quote selected', async () => {
      const quote = viewRows(page, 'Compare Articles').filter({ hasText: 'besieged fortress' }).first();
      await quote.click();
      // Keyboard: the tree keeps the focus (the editors open without taking it), so Enter runs the item again.
      await page.keyboard.press('Enter');
      for (const name of [A, B]) await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      const groups = page.locator('.editor-group-container');
      await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('.editor-group-container').length >= 2, undefined, { timeout: UI_TIMEOUT_MS });
      assert.ok((await groups.count()) >= 2, 'A and B are in two editor groups');
      // Both editors show the quote's line with its selection.
      for (const index of [0, 1]) {
        const editor = groups.nth(index).locator('.monaco-editor').first();
        await editor.locator('.view-lines', { hasText: 'besieged fortress' }).waitFor({ timeout: UI_TIMEOUT_MS });
        await editor.locator('.selected-text').first().waitFor({ timeout: UI_TIMEOUT_MS });
      }
      await page.screenshot({ path: artifactPath('compare.png') });
      keepAsReadmeScreenshot('compare.png');
    });

    await t.test('the Sources view lists who the active article quotes', async () => {
      await page.locator('.tabs-container .tab', { hasText: B }).first().click();
      await runCommand(page, 'Focus on Sources View');
      const rows = viewRows(page, 'Sources');
      await rows.filter({ hasText: 'Named sources' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await rows.filter({ hasText: 'Daria Saprynskaya' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await page.screenshot({ path: artifactPath('sources.png') });
    });
  });
});
