// The packaged extension in a real VS Code (code-server, in headless chromium), used as a person would:
// install the .vsix, open the sample articles' folder, open an article through Quick Open, and look at the
// Problems panel, a hover, the Outline, the "News Annotations" view, and an export written to disk.
// Skips, saying why, when scripts/setup-e2e.sh could not install code-server and chromium (harness/session.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { waitForFile } from './harness/files';
import { artifactPath, keepAsReadmeScreenshot } from './harness/paths';
import { goToLine, hoverWord, pickQuickInputRow, quickOpen, runCommand, STARTUP_TIMEOUT_MS, UI_TIMEOUT_MS, viewRows } from './harness/workbench';
import { inRealEditor } from './harness/session';

const ARTICLE = 'cstoRearmament-uni.txt';

test('the packaged extension in a real VS Code', { timeout: 8 * 60_000 }, async (t) => {
  const settings = {
    // The product's defaults otherwise (no diagnostic per mention, so the hover screenshots show the hover alone).
    // The Outline's groups start collapsed, so all three fit on screen (its list only renders visible rows).
    'outline.collapseItems': 'alwaysCollapse',
  };
  await inRealEditor(t, { name: 'real-editor', settings, waitForFile: ARTICLE }, async ({ page, workspace }) => {
    /** The 1-based line of the article that contains `text`. */
    const lineOf = (text: string) =>
      fs
        .readFileSync(path.join(workspace.folder, ARTICLE), 'utf8')
        .split('\n')
        .findIndex((line) => line.includes(text)) + 1;
    await quickOpen(page, ARTICLE, 'Russia pushes drive');

    await t.test("the .txt article opens as a News Article, its paragraphs wrapped to the editor's width", async () => {
      // The language indicator of the status bar: the extension switched the plain-text file's language.
      await page.locator('.statusbar-item', { hasText: 'News Article' }).first().waitFor({ timeout: STARTUP_TIMEOUT_MS });
      // Unwrapped, a paragraph (300-500 characters) is one rendered line far wider than the editor.
      const widest = () =>
        page.evaluate(() => {
          const doc = (globalThis as any).document;
          const editor = doc.querySelector('.editor-instance .monaco-editor');
          const lines = [...doc.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line > span')] as any[];
          return { editorRight: editor.getBoundingClientRect().right, linesRight: Math.max(...lines.map((line) => line.getBoundingClientRect().right)) };
        });
      // Retried while the editor re-renders for the new language's settings.
      let measured = await widest();
      for (let attempt = 0; attempt < 30 && measured.linesRight > measured.editorRight; attempt++) {
        await page.waitForTimeout(500);
        measured = await widest();
      }
      const { editorRight, linesRight } = measured;
      await page.screenshot({ path: artifactPath('wrapped.png') });
      assert.ok(linesRight <= editorRight, `a line ends at x=${linesRight}, beyond the editor's right edge at x=${editorRight}`);
    });

    await t.test('the Problems panel lists News Annotator diagnostics', async () => {
      await page.keyboard.press('Control+Shift+M');
      // The first thing that needs the language server: it may still be starting.
      const rows = page.locator('.markers-panel .monaco-list-row', { hasText: 'News Annotator' });
      await rows.first().waitFor({ timeout: STARTUP_TIMEOUT_MS });
      await page.screenshot({ path: artifactPath('problems.png') });
    });

    await t.test('the hover over "Putin" names Vladimir Putin', async () => {
      // The bare surname, three paragraphs after the full name: the hover tells who it is. Wrapped, its
      // paragraph is below the fold: scroll to it.
      await goToLine(page, lineOf('development, Putin proposed'), 'development, Putin proposed');
      const hover = await hoverWord(page, 'development, Putin proposed', 'Putin');
      // The extension's hover text, not the diagnostic's message that VS Code shows in the same widget.
      const named = await hover
        .locator('.markdown-hover')
        .getByText('Vladimir Putin')
        .first()
        .waitFor({ timeout: 15_000 })
        .then(
          () => true,
          () => false,
        );
      await page.screenshot({ path: artifactPath('hover.png') });
      assert.ok(named, `the hover does not name Vladimir Putin; it shows: ${JSON.stringify(await hover.innerText())}`);
      await page.keyboard.press('Escape');
    });

    await t.test('the Outline lists People, Dates and Quotes', async () => {
      await runCommand(page, 'Explorer: Focus on Outline View');
      const outline = viewRows(page, 'Outline');
      for (const group of ['People', 'Dates', 'Quotes']) {
        await outline.filter({ hasText: group }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      }
      // In the server's order, not alphabetical (the groups start collapsed: these are the rows).
      const rows = await outline.allTextContents();
      const order = rows.flatMap((row) => /(People|Organizations|Places|Dates|Quotes)/.exec(row)?.[1] ?? []);
      assert.deepEqual(order, ['People', 'Organizations', 'Places', 'Dates', 'Quotes'], JSON.stringify(rows));
      await page.screenshot({ path: artifactPath('outline.png') });
    });

    await t.test("the News Annotations view shows the article's annotations", async () => {
      await runCommand(page, 'Focus on News Annotations View');
      // Its first group; the list renders only the rows that fit in the pane, so the others may be off screen.
      const rows = page.locator('.monaco-list[aria-label*="News Annotations"] .monaco-list-row');
      await rows.filter({ hasText: 'Actors' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await page.screenshot({ path: artifactPath('tree-view.png') });
    });

    await t.test("people, organizations, places, dates and quotes each have their own colour, in light and dark (the README's screenshots)", async () => {
      await page.locator('.tabs-container .tab', { hasText: ARTICLE }).click();
      // The whole height for the editor, scrolled to the paragraphs that hold every kind (the first quotation is
      // below the fold of a wrapped article).
      await runCommand(page, 'View: Hide Panel');
      await goToLine(page, lineOf('Kazakhstan and Belarus have modernised'), 'Kazakhstan and Belarus');
      const seen: Record<string, Record<string, string>> = {};
      for (const [theme, slug] of [
        ['Light Modern', 'light'],
        ['Dark Modern', 'dark'],
      ] as const) {
        await runCommand(page, 'Preferences: Color Theme');
        await page.locator('.quick-input-widget input').first().fill(theme);
        await pickQuickInputRow(page, theme);
        // The workbench carries the theme kind as a class ("vs" light, "vs-dark" dark) once the theme applies.
        await page
          .locator(slug === 'light' ? '.monaco-workbench.vs' : '.monaco-workbench.vs-dark')
          .first()
          .waitFor({ timeout: UI_TIMEOUT_MS });
        // The text colour of words of each kind on screen, read from the rendered editor; retried until the
        // decorations are painted in the new theme.
        const expectKinds = ['person', 'organization', 'place', 'date', 'quote'];
        let colours: Record<string, string> = {};
        for (let attempt = 0; attempt < 30; attempt++) {
          colours = await page.evaluate(() => {
            const doc = (globalThis as any).document;
            const words: Record<string, string[]> = {
              person: ['Vladimir Putin', 'Putin', 'Donald Trump'],
              organization: ['Collective Security Treaty Organisation', 'CSTO', 'UNI', 'EU'],
              place: ['Moscow', 'Russia', 'Bishkek'],
              date: ['Nov 28', '2026', 'November 27', 'next year'],
            };
            const found: Record<string, string> = {};
            const leaves = [...doc.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line span span')].filter((span: any) => span.children.length === 0);
            for (const span of leaves as any[]) {
              const text = String(span.textContent)
                .replace(/\u00a0/g, ' ')
                .trim();
              for (const [kind, list] of Object.entries(words)) if (!found[kind] && list.includes(text)) found[kind] = (globalThis as any).getComputedStyle(span).color;
              if (!found.quote && /^[“"]\S/.test(text) && text.length > 12) found.quote = (globalThis as any).getComputedStyle(span).color;
            }
            return found;
          });
          if (expectKinds.every((kind) => colours[kind]) && new Set(Object.values(colours)).size === expectKinds.length) break;
          await page.waitForTimeout(500);
        }
        seen[slug] = colours;
        // The README's screenshots (media/screenshots): the colours, the News view (annotations and timeline) and
        // a hover; then the Outline with the people expanded.
        const hover = await hoverWord(page, 'President Vladimir Putin', 'Putin');
        await hover.locator('.markdown-hover').getByText('Vladimir Putin').first().waitFor({ timeout: UI_TIMEOUT_MS });
        await page.screenshot({ path: artifactPath(`editor-${slug}.png`) });
        await page.keyboard.press('Escape');
        await page.mouse.move(1, 1);
        await runCommand(page, 'Explorer: Focus on Outline View');
        const people = viewRows(page, 'Outline').filter({ hasText: 'People' }).first();
        await people.click();
        // The click selects the group (and reveals it); the arrow key opens it.
        await page.keyboard.press('ArrowRight');
        await viewRows(page, 'Outline').filter({ hasText: 'Vladimir Putin' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
        await page.screenshot({ path: artifactPath(`outline-${slug}.png`) });
        await people.click();
        await page.keyboard.press('ArrowLeft');
        await runCommand(page, 'Focus on News Annotations View');
        await page.locator('.tabs-container .tab', { hasText: ARTICLE }).click();
        // The People group is anchored at the top of the article: back to the paragraphs of every kind.
        await goToLine(page, lineOf('Kazakhstan and Belarus have modernised'), 'Kazakhstan and Belarus');
        for (const shot of [`editor-${slug}.png`, `outline-${slug}.png`]) keepAsReadmeScreenshot(shot);
        assert.deepEqual(Object.keys(colours).sort(), [...expectKinds].sort(), `${theme}: kinds found on screen: ${JSON.stringify(colours)}`);
        assert.equal(new Set(Object.values(colours)).size, expectKinds.length, `${theme}: every kind has its own colour: ${JSON.stringify(colours)}`);
      }
      assert.notEqual(seen.light.person, seen.dark.person, 'the colours follow the theme');
    });

    await t.test('"Export Annotations…" writes a file', async () => {
      await page.locator('.tabs-container .tab', { hasText: ARTICLE }).click();
      await runCommand(page, 'News Annotator: Export Annotations');
      await pickQuickInputRow(page, 'News Annotator JSON');
      // The save dialog (VS Code's own in the browser, a path in the quick input) proposes the article's name
      // with .json, beside it: accept it.
      await page.waitForFunction(
        (suffix) => String((globalThis as any).document.querySelector('.quick-input-widget input')?.value ?? '').endsWith(suffix),
        '/cstoRearmament-uni.json',
        { timeout: UI_TIMEOUT_MS },
      );
      const saveDialogInput = page.locator('.quick-input-widget input').first();
      const written = waitForFile(workspace.folder, (name) => name.endsWith('.json'), UI_TIMEOUT_MS);
      await saveDialogInput.press('Enter');
      const file = await written;
      fs.copyFileSync(file, artifactPath(`export-${path.basename(file)}`));
      const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.ok(JSON.stringify(exported).includes('Putin'), `${file} does not mention Putin`);
    });
  });
});
