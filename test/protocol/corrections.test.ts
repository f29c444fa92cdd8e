// Corrections by hand over LSP, with the real analyzer and no editor: the code actions at a person's mention
// include a change of type; running it writes the article's sidecar; a fresh server on the same file, with a
// paragraph inserted above, shows the new type in hover, semantic tokens and diagnostics, marked manual; the CLI
// reads the same sidecar. Also: a speaker change, the sidecar watcher, a broken sidecar, corrections that can no
// longer be placed and their drop action, and the workspace-wide "not an actor" as a server command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  RegistrationRequest,
  SemanticTokensRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type Range,
  type RegistrationParams,
} from 'vscode-languageserver-protocol/node';
import { CORRECT_COMMAND, DROP_UNPLACED_COMMAND, NOT_ACTOR_COMMAND, RESTORE_ACTOR_COMMAND, type CorrectionArguments } from '../../server/src/protocol';
import { emptySidecar, serializeSidecar } from '../../server/src/corrections';
import { recordRetypeActor } from '../../server/src/corrections/record';
import { decode, withTags } from './harness';
import { TestConnection } from './testConnection';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

// Made up for these tests.
const ARTICLE = [
  'Harbor board backs new ferry line',
  '',
  'PORTVILLE, March 3 (Wire) Harbor commissioner Lena Marsh said on Tuesday that the ferry would run by June.',
  '"We will keep the fares low for everyone," Marsh told reporters at the Portville Harbor Authority.',
  '',
  'Tom Becker, a ferry captain, said the crossing takes forty minutes.',
].join('\n');
const INSERTED = 'An earlier paragraph, added after the correction was made, moves everything down.\n\n';

const workspaces: string[] = [];
const connections: TestConnection[] = [];
afterEach(async () => {
  for (const connection of connections.splice(0)) await connection.dispose();
  for (const folder of workspaces.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function workspace(text = ARTICLE): { folder: string; file: string; uri: string; sidecar: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-corrections-'));
  workspaces.push(folder);
  const file = path.join(folder, 'ferry.txt');
  fs.writeFileSync(file, text);
  return { folder, file, uri: pathToFileURL(file).toString(), sidecar: `${file}.annotations.json` };
}

async function serverOn(folder: string, registrations: RegistrationParams[] = []): Promise<TestConnection> {
  const connection = new TestConnection({ workspaceFolders: [pathToFileURL(folder).toString()] });
  connections.push(connection);
  connection.client.onRequest(RegistrationRequest.type, (params) => void registrations.push(params));
  connection.configuration.set('default', withTags({ debounceMs: 0 }));
  await connection.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  return connection;
}

function rangeOfWords(text: string, words: string, occurrence = 0): Range {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) at = text.indexOf(words, at + 1);
  assert.ok(at >= 0, `"${words}" in the text`);
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: position(at), end: position(at + words.length) };
}

async function actionsAt(connection: TestConnection, uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
  return (await connection.client.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
}

const correctionOf = (action: CodeAction | undefined) => action?.command?.arguments?.[0] as CorrectionArguments | undefined;

async function run(connection: TestConnection, command: string, args: unknown[]): Promise<unknown> {
  return connection.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}

const mentionDiagnostic = (diagnostics: Diagnostic[], range: Range) =>
  diagnostics.find(
    (diagnostic) =>
      ['person', 'organization', 'place'].includes(String(diagnostic.code)) &&
      diagnostic.range.start.line === range.start.line &&
      diagnostic.range.start.character === range.start.character,
  );

describe('corrections over LSP', () => {
  test('a retype through the code action is written to the sidecar and shown by a fresh server after an edit above, and by the CLI', async () => {
    const files = workspace();
    const registrations: RegistrationParams[] = [];
    const first = await serverOn(files.folder, registrations);
    assert.ok(first.capabilities.executeCommandProvider?.commands.includes(CORRECT_COMMAND));
    await first.open(files.uri, ARTICLE, 'plaintext');
    const published = await first.diagnostics(files.uri, 1);
    const marsh = rangeOfWords(ARTICLE, 'Lena Marsh');
    assert.equal(mentionDiagnostic(published.diagnostics, marsh)?.code, 'person', 'the analyzer finds the person');
    assert.ok(
      registrations.some((params) =>
        params.registrations.some(
          (registration) => registration.method === DidChangeWatchedFilesNotification.method && JSON.stringify(registration.registerOptions).includes('.annotations.json'),
        ),
      ),
      'the server watches the sidecars itself',
    );

    const actions = await actionsAt(first, files.uri, {
      start: { ...marsh.start, character: marsh.start.character + 2 },
      end: { ...marsh.start, character: marsh.start.character + 2 },
    });
    const retype = actions.find((action) => correctionOf(action)?.action === 'retypeActor' && correctionOf(action)?.value === 'organization');
    assert.ok(retype, `a retype among ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(retype.command?.command, CORRECT_COMMAND);
    const republished = first.diagnosticsWhere(files.uri, (params) => mentionDiagnostic(params.diagnostics, marsh)?.code === 'organization');
    assert.equal(await run(first, CORRECT_COMMAND, retype.command!.arguments!), pathToFileURL(files.sidecar).toString());
    await republished;
    const stored = JSON.parse(fs.readFileSync(files.sidecar, 'utf8'));
    assert.equal(stored.version, 1);
    assert.deepEqual(
      stored.corrections.map((correction: { op: string; type: string }) => [correction.op, correction.type]),
      [['retype', 'organization']],
    );
    await first.dispose();
    connections.splice(connections.indexOf(first), 1);

    // A paragraph inserted above, outside the editor; a fresh server.
    const edited = INSERTED + ARTICLE;
    fs.writeFileSync(files.file, edited);
    const second = await serverOn(files.folder);
    await second.open(files.uri, edited, 'plaintext');
    const moved = rangeOfWords(edited, 'Lena Marsh');
    const diagnostics = (await second.diagnostics(files.uri, 1)).diagnostics;
    const diagnostic = mentionDiagnostic(diagnostics, moved);
    assert.equal(diagnostic?.code, 'organization');
    assert.equal((diagnostic?.data as { origin?: string }).origin, 'manual');
    assert.ok(!diagnostics.some((each) => each.code === 'unplaced-corrections'));
    const hover = await second.client.sendRequest(HoverRequest.type, { textDocument: { uri: files.uri }, position: { ...moved.start, character: moved.start.character + 1 } });
    const markdown = (hover?.contents as MarkupContent).value;
    assert.match(markdown, /Organization/);
    assert.match(markdown, /Corrected by hand/);
    const tokens = decode(
      (await second.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: files.uri } }))!.data,
      second.capabilities.semanticTokensProvider!.legend,
    );
    const token = tokens.find((each) => each.line === moved.start.line && each.character === moved.start.character);
    assert.equal(token?.type, 'organization');

    // The CLI on the same file reads the same sidecar (and ignores it when asked to).
    if (!fs.existsSync(CLI)) return;
    const jsonl = spawnSync(process.execPath, [CLI, files.file, '--format', 'jsonl'], { encoding: 'utf8' });
    assert.equal(jsonl.status, 0, jsonl.stderr);
    const record = JSON.parse(jsonl.stdout.trim().split('\n')[0]);
    const actor = record.actors.find((each: { mentions: { start: number }[] }) => each.mentions.some((mention) => edited.slice(mention.start).startsWith('Lena Marsh')));
    assert.equal(actor.type, 'organization');
    assert.equal(actor.origin, 'manual');
    const plain = spawnSync(process.execPath, [CLI, files.file, '--format', 'jsonl', '--no-corrections'], { encoding: 'utf8' });
    const plainActor = JSON.parse(plain.stdout.trim().split('\n')[0]).actors.find((each: { name: string }) => each.name === actor.name);
    assert.equal(plainActor?.type, 'person');
  });

  test('saving the article re-anchors its sidecar: stored offsets follow an edit above, the correction still applies', async () => {
    const files = workspace();
    const start = ARTICLE.indexOf('Lena Marsh');
    fs.writeFileSync(files.sidecar, serializeSidecar(recordRetypeActor(emptySidecar(), ARTICLE, { start, end: start + 'Lena Marsh'.length }, 'organization')));
    const connection = await serverOn(files.folder);
    await connection.open(files.uri, ARTICLE, 'plaintext');
    await connection.diagnostics(files.uri, 1);

    // The user types a paragraph at the top and saves.
    const edited = INSERTED + ARTICLE;
    await connection.change(files.uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: INSERTED }]);
    fs.writeFileSync(files.file, edited);
    await connection.save(files.uri);
    const movedStart = edited.indexOf('Lena Marsh');
    let anchor: { start: number; end: number; prefix: string } | undefined;
    for (let tries = 0; tries < 100 && anchor?.start !== movedStart; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      anchor = JSON.parse(fs.readFileSync(files.sidecar, 'utf8')).corrections[0].anchor;
    }
    assert.equal(anchor?.start, movedStart, 'the stored offset follows the text');
    assert.equal(anchor?.end, movedStart + 'Lena Marsh'.length);
    assert.ok(edited.slice(0, movedStart).endsWith(anchor!.prefix), 'the stored context is the saved text around the words');

    // Saving again without an edit leaves the file as it is.
    const written = fs.readFileSync(files.sidecar, 'utf8');
    const modified = fs.statSync(files.sidecar).mtimeMs;
    await connection.save(files.uri);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(fs.readFileSync(files.sidecar, 'utf8'), written);
    assert.equal(fs.statSync(files.sidecar).mtimeMs, modified);
  });

  test('a speaker change, then a sidecar edited by hand with an error, then fixed; the watcher re-applies it', async () => {
    const files = workspace();
    const connection = await serverOn(files.folder);
    await connection.open(files.uri, ARTICLE, 'plaintext');
    await connection.diagnostics(files.uri, 1);
    const quote = rangeOfWords(ARTICLE, 'We will keep');
    const actions = await actionsAt(connection, files.uri, { start: quote.start, end: quote.start });
    const becker = actions.find((action) => correctionOf(action)?.action === 'setSpeaker' && correctionOf(action)?.value === 'Tom Becker');
    assert.ok(becker, `a speaker action among ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(
      actions.some((action) => correctionOf(action)?.action === 'setSpeaker' && correctionOf(action)?.value === undefined),
      '"other…" has no value',
    );
    const isBecker = (params: { diagnostics: Diagnostic[] }) =>
      params.diagnostics.some((diagnostic) => diagnostic.code === 'quote' && /Becker/.test(diagnostic.message) && (diagnostic.data as { origin?: string }).origin === 'manual');
    const changed = connection.diagnosticsWhere(files.uri, isBecker);
    await run(connection, CORRECT_COMMAND, becker.command!.arguments!);
    await changed;

    // Broken by hand: diagnostics in the sidecar itself, the article falls back to the analyzer, nothing overwritten.
    const good = fs.readFileSync(files.sidecar, 'utf8');
    const broken = good.replace('"op": "setSpeaker"', '"op": "setSpeeker"');
    fs.writeFileSync(files.sidecar, broken);
    const sidecarUri = pathToFileURL(files.sidecar).toString();
    const problems = connection.diagnosticsWhere(sidecarUri, (params) => params.diagnostics.length > 0);
    const fallback = connection.diagnosticsWhere(files.uri, (params) => !isBecker(params));
    await connection.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: sidecarUri, type: FileChangeType.Changed }] });
    const reported = (await problems).diagnostics;
    assert.match(reported[0].message, /setSpeeker/);
    // At the line where the broken entry's object starts.
    const lines = broken.split('\n');
    let entryLine = lines.findIndex((line) => line.includes('setSpeeker'));
    while (entryLine > 0 && lines[entryLine].trim() !== '{') entryLine--;
    assert.equal(reported[0].range.start.line, entryLine);
    await fallback;
    await assert.rejects(run(connection, CORRECT_COMMAND, becker.command!.arguments!), /problems/);
    assert.equal(fs.readFileSync(files.sidecar, 'utf8'), broken, 'nothing was written over the broken file');

    const cleared = connection.diagnosticsWhere(sidecarUri, (params) => params.diagnostics.length === 0);
    const back = connection.diagnosticsWhere(files.uri, isBecker);
    fs.writeFileSync(files.sidecar, good);
    await connection.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: sidecarUri, type: FileChangeType.Changed }] });
    await cleared;
    await back;
  });

  test('corrections whose words are gone: one diagnostic on the first line, and an action that drops them', async () => {
    const files = workspace();
    const connection = await serverOn(files.folder);
    await connection.open(files.uri, ARTICLE, 'plaintext');
    await connection.diagnostics(files.uri, 1);
    const captain = rangeOfWords(ARTICLE, 'Tom Becker');
    const actions = await actionsAt(connection, files.uri, { start: captain.start, end: captain.start });
    const notActor = actions.find((action) => correctionOf(action)?.action === 'rejectMention');
    assert.ok(notActor);
    await run(connection, CORRECT_COMMAND, notActor.command!.arguments!);
    await connection.close(files.uri);

    const rewritten = ARTICLE.replace(/\n\nTom Becker.*$/s, '\n\nThe captain said the crossing takes forty minutes.');
    fs.writeFileSync(files.file, rewritten);
    await connection.open(files.uri, rewritten, 'plaintext', 2);
    const unplaced = (
      await connection.diagnosticsWhere(files.uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'unplaced-corrections'))
    ).diagnostics.find((diagnostic) => diagnostic.code === 'unplaced-corrections')!;
    assert.equal(unplaced.range.start.line, 0);
    assert.match(unplaced.message, /^1 correction could not be placed/);
    const drop = (await actionsAt(connection, files.uri, unplaced.range, [unplaced])).find((action) => action.command?.command === DROP_UNPLACED_COMMAND);
    assert.ok(drop);
    const gone = connection.diagnosticsWhere(files.uri, (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'unplaced-corrections'));
    await run(connection, DROP_UNPLACED_COMMAND, drop.command!.arguments!);
    await gone;
    assert.deepEqual(JSON.parse(fs.readFileSync(files.sidecar, 'utf8')).corrections, []);
  });

  test('"not an actor anywhere in the workspace" is a server command writing the not-actors file', async () => {
    const files = workspace();
    const connection = await serverOn(files.folder);
    await connection.open(files.uri, ARTICLE, 'plaintext');
    await connection.diagnostics(files.uri, 1);
    const captain = rangeOfWords(ARTICLE, 'Tom Becker');
    const action = (await actionsAt(connection, files.uri, { start: captain.start, end: captain.start })).find((each) => each.command?.command === NOT_ACTOR_COMMAND);
    assert.deepEqual(action?.command?.arguments, ['Tom Becker', files.uri]);
    const dropped = connection.diagnosticsWhere(
      files.uri,
      (params) => !params.diagnostics.some((diagnostic) => /Tom Becker/.test(diagnostic.message) && diagnostic.code === 'person'),
    );
    const written = (await run(connection, NOT_ACTOR_COMMAND, action!.command!.arguments!)) as string;
    assert.match(fs.readFileSync(new URL(written), 'utf8'), /^Tom Becker$/m);
    await dropped;

    // The undo: the name's line leaves the file (comments and other names stay) and the actor is back at once.
    fs.appendFileSync(new URL(written), 'Harbor Gazette # a newspaper\n');
    const back = connection.diagnosticsWhere(files.uri, (params) => params.diagnostics.some((diagnostic) => /Tom Becker/.test(diagnostic.message) && diagnostic.code === 'person'));
    assert.equal(await run(connection, RESTORE_ACTOR_COMMAND, ['tom  BECKER', files.uri]), written);
    const remaining = fs.readFileSync(new URL(written), 'utf8');
    assert.doesNotMatch(remaining, /Tom Becker/);
    assert.match(remaining, /^# Names that News Annotator never tags/m);
    assert.match(remaining, /^Harbor Gazette # a newspaper$/m);
    await back;
    assert.equal(await run(connection, RESTORE_ACTOR_COMMAND, ['Tom Becker', files.uri]), null, 'a name not listed changes nothing');
  });
});
