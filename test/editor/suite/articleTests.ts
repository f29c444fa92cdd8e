// What a user of the extension sees, checked through the VS Code API on a seed article: the analysis report,
// diagnostics, hover, outline and export. `vscode` is passed in (see runner.ts for why it is not imported).
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscodeApi from 'vscode';
import type { NewsAnnotatorApi } from '../../../client/src/api';
import { within, type EditorTest } from './runner';

type VSCode = typeof vscodeApi;

export const EXTENSION_ID = 'news-annotator.news-annotator';
/** Matched by the default `newsAnnotator.include` glob `**∕seeds/*.txt`, so it opens as a News Article document. */
export const SEED_ARTICLE = 'seeds/cstoRearmament-uni.txt';
const EVENT_TIMEOUT_MS = 60_000;

function hoverText(hovers: vscodeApi.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

export function articleTests(vscode: VSCode): EditorTest[] {
  let api: NewsAnnotatorApi;
  /** Updates a `newsAnnotator` setting and resolves once the server has restarted for the change. */
  const updateSetting = async (key: string, value: unknown) => {
    const restarted = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(`newsAnnotator.${key}`)) return;
        listener.dispose();
        // The extension's own listener ran first and queued the restart.
        resolve(api.serverReady());
      });
    });
    await vscode.workspace.getConfiguration('newsAnnotator').update(key, value, vscode.ConfigurationTarget.Global);
    await within(restarted, EVENT_TIMEOUT_MS, `the restart for ${key}`);
  };
  /** Resolves with the next analysis report of `uri`. */
  const nextReport = (uri: vscodeApi.Uri) =>
    new Promise<void>((resolve) => {
      const listener = api.onAnalysisDone((report) => {
        if (report.uri !== uri.toString()) return;
        listener.dispose();
        resolve();
      });
    });
  let document: vscodeApi.TextDocument;
  let untitled: vscodeApi.TextDocument | undefined;
  const exportFolder = vscode.Uri.file(path.join(os.tmpdir(), `news-annotator-editor-test-${process.pid}`));

  /** Resolves once `check` holds, re-checking whenever the diagnostics change (no polling, no sleeping). */
  const diagnosticsWhere = (uri: vscodeApi.Uri, check: (diagnostics: vscodeApi.Diagnostic[]) => boolean) =>
    new Promise<vscodeApi.Diagnostic[]>((resolve) => {
      const current = vscode.languages.getDiagnostics(uri);
      if (check(current)) return resolve(current);
      const listener = vscode.languages.onDidChangeDiagnostics((event) => {
        if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
        const diagnostics = vscode.languages.getDiagnostics(uri);
        if (check(diagnostics)) {
          listener.dispose();
          resolve(diagnostics);
        }
      });
    });

  return [
    {
      name: 'the extension activates and returns its API',
      run: async () => {
        const extension = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is installed`);
        api = await within(Promise.resolve(extension.activate()), EVENT_TIMEOUT_MS, 'activation');
        assert.equal(typeof api.getAnnotations, 'function');
        assert.equal(typeof api.onAnalysisDone, 'function');
        assert.equal(typeof api.waitForAnalysis, 'function');
        assert.equal(typeof api.serverReady, 'function');
      },
    },
    {
      name: 'the seed article is analyzed when opened',
      run: async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
        document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(extension.extensionUri, SEED_ARTICLE));
        await vscode.window.showTextDocument(document);
        const report = await within(api.waitForAnalysis(document.uri, document.version), EVENT_TIMEOUT_MS, 'the analysis report');
        assert.equal(report.skipped, undefined, `not skipped (${report.skipped})`);
        assert.ok(report.counts.actors > 0 && report.counts.dates > 0 && report.counts.quotes > 0, JSON.stringify(report.counts));
        const annotations = await api.getAnnotations(document.uri);
        assert.ok(annotations);
        assert.equal(annotations.actors.length, report.counts.actors);
      },
    },
    {
      name: 'a .txt article matched by the include globs is a News Article document, so its lines wrap',
      run: async () => {
        assert.equal(document.languageId, 'news-article');
        // The `[news-article]` configurationDefaults apply to it: word wrap on, no word suggestions.
        const editorSettings = vscode.workspace.getConfiguration('editor', document);
        assert.equal(editorSettings.get('wordWrap'), 'on');
        assert.equal(editorSettings.get('wordBasedSuggestions'), 'off');
        // A .txt file no glob matches stays plain text.
        const notes = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Shopping list: bread, "good" coffee.' });
        assert.equal(notes.languageId, 'plaintext');
      },
    },
    {
      name: 'diagnostics come from "News Annotator"',
      run: async () => {
        const ours = (diagnostics: vscodeApi.Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.source === 'News Annotator');
        const diagnostics = await within(
          diagnosticsWhere(document.uri, (all) => ours(all).length > 0),
          EVENT_TIMEOUT_MS,
          'diagnostics',
        );
        assert.ok(ours(diagnostics).length > 0);
      },
    },
    {
      name: 'hovering "Putin" names Vladimir Putin',
      run: async () => {
        const offset = document.getText().indexOf('Putin');
        assert.notEqual(offset, -1);
        const position = document.positionAt(offset + 2);
        const hovers = await vscode.commands.executeCommand<vscodeApi.Hover[]>('vscode.executeHoverProvider', document.uri, position);
        assert.match(hoverText(hovers), /Vladimir Putin/);
      },
    },
    {
      name: 'the outline has Actors, Dates and Quotes',
      run: async () => {
        const symbols = await vscode.commands.executeCommand<vscodeApi.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        const names = (symbols ?? []).map((symbol) => symbol.name);
        for (const name of ['People', 'Dates', 'Quotes']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
      },
    },
    {
      name: 'clicking a tree item selects its span in the editor',
      run: async () => {
        const start = document.getText().indexOf('Vladimir Putin');
        await vscode.commands.executeCommand('newsAnnotator.revealSpan', document.uri, start, start + 'Vladimir Putin'.length);
        const editor = vscode.window.activeTextEditor;
        assert.equal(editor?.document.uri.toString(), document.uri.toString());
        assert.equal(editor.document.getText(editor.selection), 'Vladimir Putin');
      },
    },
    {
      name: 'an untitled News Article document is analyzed, and again after an edit',
      run: async () => {
        untitled = await vscode.workspace.openTextDocument({ language: 'news-article', content: 'Paris, Mar 4 (AFP) Anne Roy said "we are ready" on Monday.\n' });
        await vscode.window.showTextDocument(untitled);
        const first = await within(api.waitForAnalysis(untitled.uri, untitled.version), EVENT_TIMEOUT_MS, 'the first report');
        assert.equal(first.skipped, undefined);
        const edit = new vscode.WorkspaceEdit();
        edit.insert(untitled.uri, untitled.positionAt(untitled.getText().length), 'Officials in Lyon agreed on Tuesday.\n');
        assert.ok(await vscode.workspace.applyEdit(edit));
        const seen: number[] = [];
        const listener = api.onAnalysisDone((report) => {
          if (report.uri === untitled!.uri.toString()) seen.push(report.version);
        });
        try {
          const second = await within(api.waitForAnalysis(untitled.uri, untitled.version), EVENT_TIMEOUT_MS, 'the report after the edit');
          assert.equal(second.version, untitled.version);
          assert.ok(seen.includes(untitled.version), 'onAnalysisDone saw the new version');
        } finally {
          listener.dispose();
        }
      },
    },
    {
      name: '"Analyze Article" analyzes the active article only',
      run: async () => {
        await vscode.window.showTextDocument(document);
        const reports = await vscode.commands.executeCommand<{ uri: string }[]>('newsAnnotator.analyze');
        assert.deepEqual(
          reports.map((report) => report.uri),
          [document.uri.toString()],
        );
      },
    },
    {
      name: 'the export command writes the JSON annotations without dialogs',
      run: async () => {
        const target = vscode.Uri.joinPath(exportFolder, 'export.json');
        const written = await vscode.commands.executeCommand<vscodeApi.Uri[]>('newsAnnotator.exportAnnotations', {
          format: 'json',
          target,
          document: document.uri,
        });
        assert.deepEqual(written.map(String), [target.toString()]);
        const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
        assert.ok(Array.isArray(exported.actors) && exported.actors.length > 0);
        await assert.rejects(
          Promise.resolve(vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { format: 'json', target, document: document.uri })),
          /exists/,
          'an existing file is not replaced without overwrite: true',
        );
      },
    },
    {
      name: 'changing newsAnnotator.include restarts the server with the new globs',
      run: async () => {
        await updateSetting('include', ['**/no-such-folder/*.txt']);
        assert.equal(document.languageId, 'plaintext', 'no longer an article, the seed article is plain text again');
        assert.equal(await api.getAnnotations(document.uri), null, 'the seed article is no longer sent to the server');
        const analyzedAgain = nextReport(document.uri);
        await updateSetting('include', undefined);
        await within(analyzedAgain, EVENT_TIMEOUT_MS, 'the seed article analyzed again');
        assert.equal(document.languageId, 'news-article');
        assert.ok(await api.getAnnotations(document.uri));
      },
    },
    {
      name: 'with newsAnnotator.openPlainTextAsArticle off, a .txt article stays plain text and is analyzed all the same',
      run: async () => {
        const analyzedAsPlainText = nextReport(document.uri);
        await updateSetting('openPlainTextAsArticle', false);
        assert.equal(document.languageId, 'plaintext');
        await within(analyzedAsPlainText, EVENT_TIMEOUT_MS, 'the plain-text article analyzed');
        assert.ok(await api.getAnnotations(document.uri));
        const analyzedAsArticle = nextReport(document.uri);
        await updateSetting('openPlainTextAsArticle', undefined);
        assert.equal(document.languageId, 'news-article');
        await within(analyzedAsArticle, EVENT_TIMEOUT_MS, 'the article analyzed again');
      },
    },
    {
      name: 'a several-file export goes into a folder and replaces nothing without being told',
      run: async () => {
        const folder = vscode.Uri.joinPath(exportFolder, 'brat');
        const args = { format: 'brat', target: folder, document: document.uri };
        const written = await vscode.commands.executeCommand<vscodeApi.Uri[]>('newsAnnotator.exportAnnotations', args);
        assert.ok(written.length > 1, `several files: ${written.map(String).join(', ')}`);
        for (const uri of written) assert.ok(uri.toString().startsWith(folder.toString()), uri.toString());
        const ann = written.find((uri) => uri.path.endsWith('.ann'));
        assert.ok(ann, 'a .ann file');
        assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(ann)), /^T1\t/m);
        await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAnnotator.exportAnnotations', args)), /exist/);
        const again = await vscode.commands.executeCommand<vscodeApi.Uri[]>('newsAnnotator.exportAnnotations', { ...args, overwrite: true });
        assert.equal(again.length, written.length);
      },
    },
    {
      name: 'an article the user sets to Plain Text stays plain text',
      run: async () => {
        await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
        // The extension would switch it back from its open listener, which runs before this await resumes; the
        // main thread answers calls in order, so once this one is answered that switch would have happened.
        await vscode.languages.getLanguages();
        assert.equal(document.languageId, 'plaintext');
        // A restart of the client (a settings change) does not override the user's choice either.
        await updateSetting('include', [...(vscode.workspace.getConfiguration('newsAnnotator').get<string[]>('include') ?? []), '**/*.never']);
        assert.equal(document.languageId, 'plaintext');
        await updateSetting('include', undefined);
        // Back to an article for the tests that follow (the user's choice too).
        await vscode.languages.setTextDocumentLanguage(document, 'news-article');
      },
    },
    {
      name: 'clean up',
      run: async () => {
        await vscode.workspace.fs.delete(exportFolder, { recursive: true, useTrash: false });
        if (untitled) {
          await vscode.window.showTextDocument(untitled);
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        }
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      },
    },
  ];
}
