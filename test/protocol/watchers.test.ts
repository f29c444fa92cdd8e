// The server registers its own file watchers (client/registerCapability), so any client that supports dynamic
// registration of workspace/didChangeWatchedFiles reports the files it needs: the corrections sidecars and each
// folder's not-actors file, registered again when newsAnnotator.notActorsFile names another file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  RegistrationRequest,
  UnregistrationRequest,
  type FileSystemWatcher,
  type DidChangeWatchedFilesRegistrationOptions,
  type Registration,
} from 'vscode-languageserver-protocol/node';
import { TestConnection } from './testConnection';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-watchers-'));
const connection = new TestConnection({ workspaceFolders: [pathToFileURL(folder).toString()] });
after(async () => {
  await connection.dispose();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('the server watches the sidecars and the not-actors file, and follows the not-actors setting', async () => {
  const registered: Registration[] = [];
  let unregistered: (id: string) => void = () => undefined;
  let notify: () => void = () => undefined;
  const nextWatchers = () => new Promise<void>((resolve) => (notify = resolve));
  connection.client.onRequest(RegistrationRequest.type, ({ registrations }) => {
    registered.push(...registrations);
    if (registrations.some((registration) => registration.method === DidChangeWatchedFilesNotification.method)) notify();
  });
  connection.client.onRequest(UnregistrationRequest.type, ({ unregisterations }) => unregisterations.forEach((each) => unregistered(each.id)));
  const globs = () => {
    const watchers = registered.filter((registration) => registration.method === DidChangeWatchedFilesNotification.method);
    const last = watchers[watchers.length - 1];
    return { id: last?.id, globs: ((last?.registerOptions as DidChangeWatchedFilesRegistrationOptions | undefined)?.watchers ?? []).map((watcher) => watcher.globPattern) };
  };

  connection.configuration.set('default', {});
  const first = nextWatchers();
  await connection.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  await first;
  const initial = globs();
  assert.deepEqual(initial.globs, ['**/*.annotations.json', '**/.vscode/news-annotator.not-actors.txt']);

  connection.configuration.set('default', { notActorsFile: 'lists/never-actors.txt' });
  const second = nextWatchers();
  const initialGone = new Promise<void>((resolve) => (unregistered = (id) => id === initial.id && resolve()));
  await connection.client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  await second;
  assert.deepEqual(globs().globs, ['**/*.annotations.json', '**/lists/never-actors.txt']);
  // The previous registration goes after the new one is asked for (a client never goes unwatched meanwhile).
  await initialGone;
});

test('a client that takes relative patterns gets the not-actors file relative to its folder', async () => {
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-watchers-relative-'));
  const base = pathToFileURL(own).toString();
  const client = new TestConnection({ workspaceFolders: [base] });
  try {
    let received: (watchers: FileSystemWatcher[]) => void = () => undefined;
    const registeredWatchers = new Promise<FileSystemWatcher[]>((resolve) => (received = resolve));
    client.client.onRequest(RegistrationRequest.type, ({ registrations }) => {
      for (const registration of registrations) {
        if (registration.method === DidChangeWatchedFilesNotification.method) received((registration.registerOptions as DidChangeWatchedFilesRegistrationOptions).watchers);
      }
    });
    client.configuration.set('default', {});
    await client.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } });
    assert.deepEqual(
      (await registeredWatchers).map((watcher) => watcher.globPattern),
      ['**/*.annotations.json', { baseUri: base, pattern: '.vscode/news-annotator.not-actors.txt' }],
    );
  } finally {
    await client.dispose();
    fs.rmSync(own, { recursive: true, force: true });
  }
});
