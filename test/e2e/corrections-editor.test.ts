// Corrections by hand in a real VS Code (code-server in headless chromium): a change of type and a change of
// speaker made through the lightbulb (Ctrl+.) are written to the article's sidecar, survive closing and
// reopening the article and an edit of the file on disk, and the News Annotations view marks them "by hand".
// Skips, saying why, when scripts/setup-e2e.sh could not install code-server and chromium (harness/session.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { waitForText } from './harness/files';
import { artifactPath, keepAsReadmeScreenshot } from './harness/paths';
import { clickWord, hoverWord, quickOpen, runCommand, STARTUP_TIMEOUT_MS, UI_TIMEOUT_MS } from './harness/workbench';
import { inRealEditor } from './harness/session';

const ARTICLE = 'cstoRearmament-uni.txt';

/** Opens the lightbulb menu at the cursor and runs the action whose title contains `title`. */
async function runCodeAction(page: Page, title: string): Promise<void> {
  // The menu may not open while the server is still re-analyzing after the previous correction: ask again.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+.');
    const opened = await page
      .locator('.action-widget .monaco-list-row')
      .first()
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    if (opened) break;
    await page.keyboard.press('Escape');
  }
  const row = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  try {
    await row.waitFor({ timeout: UI_TIMEOUT_MS });
  } catch (error) {
    // What the menu offered instead, for the report.
    await page.screenshot({ path: artifactPath('corrections-menu-without-action.png') });
    const offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
    throw new Error(`no code action "${title}" among: ${offered.join(' | ')}`, { cause: error });
  }
  await row.click();
}

test('corrections through the lightbulb in a real VS Code', { timeout: 8 * 60_000 }, async (t) => {
  await inRealEditor(t, { name: 'corrections', waitForFile: ARTICLE }, async ({ page, workspace }) => {
    const articleFile = path.join(workspace.folder, ARTICLE);
    const sidecar = `${articleFile}.annotations.json`;
    await quickOpen(page, ARTICLE, 'Russia pushes drive');

    await t.test('a retype through the lightbulb writes the sidecar', async () => {
      // The server may still be analyzing: the hover appears once it has.
      await hoverWord(page, 'Alexander Korolev of the Higher', 'Korolev').catch(() => undefined);
      await page.keyboard.press('Escape');
      await clickWord(page, 'Alexander Korolev of the Higher', 'Korolev');
      await runCodeAction(page, 'to organization');
      await waitForText(sidecar, (text) => text.includes('"retype"') && text.includes('"organization"'), UI_TIMEOUT_MS);
    });

    await t.test('a speaker change through the lightbulb writes the sidecar', async () => {
      await clickWord(page, 'Kazakhstan and Belarus have modernised', 'modernised');
      await runCodeAction(page, 'Speaker: Alexander Korolev');
      await waitForText(sidecar, (text) => text.includes('"setSpeaker"') && text.includes('Alexander Korolev'), UI_TIMEOUT_MS);
      await page.screenshot({ path: artifactPath('corrections-lightbulb.png') });
    });

    await t.test('both survive closing, an edit on disk and reopening; the hover and the tree say so', async () => {
      await page.keyboard.press('Escape');
      await runCommand(page, 'View: Close All Editors');
      fs.writeFileSync(articleFile, `A paragraph added on disk, above everything else.\n\n${fs.readFileSync(articleFile, 'utf8')}`);
      await quickOpen(page, ARTICLE, 'A paragraph added on disk');
      // Reopened: the hover waits for the article's analysis.
      const hover = await hoverWord(page, 'Alexander Korolev of the Higher', 'Korolev', STARTUP_TIMEOUT_MS);
      await hover.locator('.markdown-hover').getByText('Corrected by hand').first().waitFor({ timeout: STARTUP_TIMEOUT_MS });
      assert.match(await hover.innerText(), /Organization/);
      // The README's picture of a correction that survived: the hover over the retyped name.
      await page.screenshot({ path: artifactPath('corrections-hover.png') });
      keepAsReadmeScreenshot('corrections-hover.png');
      await page.keyboard.press('Escape');
      await runCommand(page, 'Focus on News Annotations View');
      const rows = page.locator('.monaco-list[aria-label*="News Annotations"] .monaco-list-row');
      await rows.filter({ hasText: 'Actors' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      // The list renders only the rows on screen: collapse everything, then open Actors › Organizations.
      const header = page.locator('.pane-header', { hasText: 'News Annotations' });
      await header.hover();
      await header.locator('.action-label[aria-label*="Collapse All"]').click();
      const expand = async (label: string) => {
        const row = rows.filter({ hasText: label }).first();
        await row.waitFor({ timeout: UI_TIMEOUT_MS });
        if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
      };
      await expand('Actors');
      await expand('Organizations');
      // The pane is short and the list renders only the rows on screen: type the name to move to its row.
      await page.keyboard.type('Alexander Korolev', { delay: 20 });
      const corrected = rows.filter({ hasText: 'Alexander Korolev' }).filter({ hasText: 'by hand' }).first();
      await corrected.waitFor({ timeout: UI_TIMEOUT_MS }).finally(() => page.screenshot({ path: artifactPath('corrections-tree.png') }));
      const stored = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
      assert.deepEqual(stored.corrections.map((correction: { op: string }) => correction.op).sort(), ['retype', 'setSpeaker']);
    });
  });
});
