// What a user does in the VS Code workbench, through the keyboard and the mouse, and what they see.
// Every step waits for what appears on screen (locators), never for a fixed time.
import type { Locator, Page } from 'playwright-core';

/** Generous: the first start of the workbench and of the language server on 2 cores takes a while. */
export const STARTUP_TIMEOUT_MS = 90_000;
/** For the workbench's answer to a user's action once everything runs (a broken extension fails in this time). */
export const UI_TIMEOUT_MS = 30_000;

export async function waitForWorkbench(page: Page, folderName: string): Promise<void> {
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: STARTUP_TIMEOUT_MS });
  // The Explorer lists the opened folder's files once the remote file system is connected.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: STARTUP_TIMEOUT_MS });
  await page.locator('.monaco-workbench').getByText(folderName, { exact: false }).first().waitFor({ timeout: STARTUP_TIMEOUT_MS });
}

function quickInput(page: Page): Locator {
  return page.locator('.quick-input-widget');
}

/** Picks the row of the open quick input whose label contains `label`. */
export async function pickQuickInputRow(page: Page, label: string): Promise<void> {
  const row = quickInput(page).locator('.monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: UI_TIMEOUT_MS });
  await row.click();
}

/** Types into the open quick input (replacing what is there). */
async function typeIntoQuickInput(page: Page, text: string, timeout = UI_TIMEOUT_MS): Promise<void> {
  const input = quickInput(page).locator('input').first();
  await input.waitFor({ timeout });
  await input.fill(text, { timeout });
}

/** How many times a quick input (the Command Palette, Quick Open) is opened before it is given up. */
const QUICK_INPUT_ATTEMPTS = 3;

/**
 * Opens a quick input with `key` (F1: the Command Palette, Control+P: Quick Open) and types `text` into it. The
 * widget can close again as it opens, when the workbench moves the focus (a theme applied by the step before, a view
 * appearing or hidden): it is then opened again, as a user would, up to QUICK_INPUT_ATTEMPTS times in UI_TIMEOUT_MS in
 * all.
 */
async function openQuickInput(page: Page, key: string, text: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    try {
      await typeIntoQuickInput(page, text, UI_TIMEOUT_MS / QUICK_INPUT_ATTEMPTS);
      return;
    } catch (error) {
      if (attempt === QUICK_INPUT_ATTEMPTS) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Command Palette (F1): types the command's title and runs it. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await openQuickInput(page, 'F1', `>${title}`);
  await pickQuickInputRow(page, title);
}

/** Quick Open (Ctrl+P): types a file name and opens it; resolves once its editor shows the file's text. */
export async function quickOpen(page: Page, fileName: string, textInFile: string): Promise<Locator> {
  await openQuickInput(page, 'Control+P', fileName);
  await pickQuickInputRow(page, fileName);
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: STARTUP_TIMEOUT_MS });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines', { hasText: textInFile }).waitFor({ timeout: STARTUP_TIMEOUT_MS });
  return editor;
}

/** Go to Line (Quick Open with ":"): the editor scrolls the line into the middle of the screen. */
export async function goToLine(page: Page, line: number, textInLine: string): Promise<void> {
  await openQuickInput(page, 'Control+P', `:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .monaco-editor .view-line', { hasText: textInLine }).first().waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The on-screen centre of `word`, at its first occurrence within the first editor line that contains `context`. */
export async function wordPoint(page: Page, context: string, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([lineContext, target]) => {
      // Runs in the page: finds the on-screen box of the word from the rendered text of the editor's lines.
      const doc = (globalThis as any).document;
      for (const line of doc.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
        const text = String(line.textContent).replace(/\u00a0/g, ' ');
        const at = text.indexOf(lineContext);
        if (at < 0) continue;
        const start = at + lineContext.indexOf(target);
        const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent.length;
          if (start < offset + length) {
            const range = doc.createRange();
            range.setStart(node, start - offset);
            range.setEnd(node, Math.min(length, start - offset + target.length));
            const box = range.getBoundingClientRect();
            return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          }
          offset += length;
        }
      }
      return null;
    },
    [context, word] as const,
  );
  if (!point) throw new Error(`no editor line on screen contains "${context}"`);
  return point;
}

/** Puts the cursor into `word` (see wordPoint) with a click. */
export async function clickWord(page: Page, context: string, word: string): Promise<void> {
  const point = await wordPoint(page, context, word);
  await page.mouse.click(point.x, point.y);
}

/**
 * Moves the mouse onto `word`, at its first occurrence within the first editor line that contains `context`,
 * and returns the hover widget that VS Code shows there.
 */
export async function hoverWord(page: Page, context: string, word: string, timeoutMs = UI_TIMEOUT_MS): Promise<Locator> {
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: word }).first();
  const deadline = Date.now() + timeoutMs;
  // A hover asked for before the server has analyzed a freshly opened text shows nothing and is not asked again:
  // move away and back until it shows.
  for (;;) {
    const point = await wordPoint(page, context, word);
    await page.mouse.move(point.x - 40, point.y);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    try {
      await hover.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(5_000, deadline - Date.now())) });
      return hover;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await page.mouse.move(1, 1);
    }
  }
}

/** The rows of the workbench view (pane) whose header is `title`. */
export function viewRows(page: Page, title: string): Locator {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) }).locator('.monaco-list-row');
}
