// A client that is not VS Code (this headless LSP client, no middleware) can run every code action the server
// offers on an article, with the real analyzer: each action carries either a workspace edit that applies to the
// open document as it is, or a command the server itself announced in executeCommandProvider and runs. Values a
// command leaves to the client (a correction's new name or date) are taken from the choices it carries, as a
// client without a picker would.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { CORRECT_COMMAND, NOT_ACTOR_COMMAND, type CorrectionArguments } from '../../server/src/protocol';
import { applyEdits, withTags } from './harness';
import { TestConnection } from './testConnection';

// Made up for this test: a missing space at a quotation mark, a quote never closed, a weekday that is not on its
// date, people, an organization, places, dates and quotes with and without a speaker.
const ARTICLE = [
  'Valley council approves river bridge',
  '',
  'ELMFORD, March 3, 2026 (Wire) Mayor Clara Voss said on Friday, March 3, 2026 that the bridge would open in May.',
  '"The river has divided this town for too long," Voss told the Elmford Chamber of Commerce."Now it will not."',
  '',
  'Engineer Paul Okafor of Rivet Works said the steel would arrive next month.',
  '"We are ready to start, Okafor added at the site near Greenmoor.',
].join('\n');

describe('every code action, from a client that is not VS Code', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-every-action-'));
  const file = path.join(folder, 'bridge.txt');
  fs.writeFileSync(file, ARTICLE);
  const uri = pathToFileURL(file).toString();
  const connection = new TestConnection({ workspaceFolders: [pathToFileURL(folder).toString()] });
  after(async () => {
    await connection.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('each action is an edit that applies to the open document or a command the server announced and runs', { timeout: 120_000 }, async () => {
    connection.configuration.set('default', withTags({ debounceMs: 0 }));
    await connection.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } } });
    const serverCommands = connection.capabilities.executeCommandProvider?.commands ?? [];
    await connection.open(uri, ARTICLE, 'plaintext');
    const { diagnostics } = await connection.diagnostics(uri, 1);
    assert.ok(diagnostics.length > 0);

    // What a client asks for: the actions at each diagnostic, with that diagnostic in the context.
    const actions = new Map<string, CodeAction>();
    for (const diagnostic of diagnostics) {
      const offered = (await connection.client.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] as Diagnostic[] },
      })) as CodeAction[];
      for (const action of offered ?? []) actions.set(JSON.stringify([action.title, action.command, action.edit]), action);
    }
    const all = [...actions.values()];
    const commands = new Set(all.flatMap((action) => (action.command ? [action.command.command] : [])));
    // The kinds this article must offer: quick fixes that edit the text, "not an actor", corrections.
    assert.ok(
      all.some((action) => action.edit),
      `an edit among ${all.map((action) => action.title).join(' | ')}`,
    );
    for (const command of [NOT_ACTOR_COMMAND, CORRECT_COMMAND]) assert.ok(commands.has(command), `${command} among ${[...commands].join(', ')}`);

    const failures: string[] = [];
    for (const action of all) {
      if (!action.edit && !action.command) failures.push(`${action.title}: neither an edit nor a command`);
      if (action.edit) {
        const problem = editProblem(action.edit, uri, ARTICLE);
        if (problem) failures.push(`${action.title}: ${problem}`);
      }
      if (action.command) {
        const { command, arguments: args = [] } = action.command;
        if (!serverCommands.includes(command)) {
          failures.push(`${action.title}: ${command} is not a server command (${serverCommands.join(', ')})`);
          continue;
        }
        try {
          await connection.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args.map(withValue) });
        } catch (error) {
          failures.push(`${action.title}: ${command} failed: ${String(error)}`);
        }
        await forgetCorrections(connection, folder);
      }
    }
    assert.deepEqual(failures, [], `${all.length} actions:\n${all.map((action) => action.title).join('\n')}`);
  });
});

/** Why a quick fix's edit does not apply to the open document as it is, or undefined. */
function editProblem(edit: WorkspaceEdit, uri: string, text: string): string | undefined {
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) return `a ${change.kind} operation`;
    if (change.textDocument.uri !== uri) return `an edit of ${change.textDocument.uri}`;
    if (change.textDocument.version !== null && change.textDocument.version !== 1) return `an edit of version ${change.textDocument.version}, not 1`;
    edits.push(...(change.edits as TextEdit[]));
  }
  for (const [target, changes] of Object.entries(edit.changes ?? {})) {
    if (target !== uri) return `an edit of ${target}`;
    edits.push(...changes);
  }
  if (edits.length === 0) return 'an empty edit';
  const lines = text.split('\n');
  for (const { range } of edits) {
    for (const { line, character } of [range.start, range.end]) {
      if (line >= lines.length || character > lines[line].length) return `a range past the end (${line}:${character})`;
    }
  }
  return applyEdits(text, edits) === text ? 'an edit that changes nothing' : undefined;
}

/** A correction's value where the client is to ask for one: the first choice offered, else the words themselves. */
function withValue(argument: unknown): unknown {
  const correction = argument as CorrectionArguments;
  if (!correction || typeof correction !== 'object' || !('action' in correction) || correction.value !== undefined) return argument;
  const value = correction.action === 'setDate' ? (correction.choices?.[0] ?? '2026-03-06') : (correction.choices?.[0] ?? correction.text);
  return { ...correction, value };
}

/** Removes what the previous command wrote (sidecars, the not-actors file), so each action runs on the article as analyzed. */
async function forgetCorrections(connection: TestConnection, folder: string): Promise<void> {
  const written = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.annotations.json') || name.endsWith('not-actors.txt'));
  for (const name of written) fs.rmSync(path.join(folder, name));
  if (written.length === 0) return;
  const changes = written.map((name) => ({ uri: pathToFileURL(path.join(folder, name)).toString(), type: FileChangeType.Deleted }));
  await connection.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
}
