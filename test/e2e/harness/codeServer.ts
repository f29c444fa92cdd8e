// Runs code-server (a real VS Code whose workbench is served to a browser) under Node 24, in a throwaway
// profile: its own user data, extensions and config folders, so nothing of the machine's user leaks in or out.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { E2eDependencies } from './dependencies';

/** The test profile's user settings: no AI features, telemetry, welcome pages or trust prompts in the way. */
export const PROFILE_SETTINGS: Record<string, unknown> = {
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
};

export interface Profile {
  root: string;
  userDataDir: string;
  extensionsDir: string;
}

/** A fresh profile under `root`, with PROFILE_SETTINGS (plus `settings`) as its user settings. */
export function createProfile(root: string, settings: Record<string, unknown> = {}): Profile {
  const profile = { root, userDataDir: path.join(root, 'user-data'), extensionsDir: path.join(root, 'extensions') };
  fs.mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(profile.extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...PROFILE_SETTINGS, ...settings }, null, 2));
  return profile;
}

/** code-server writes a default config on every start: keep it (and other XDG data) inside the profile. */
function profileEnvironment(profile: Profile): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(profile.root, 'xdg-config'),
    XDG_DATA_HOME: path.join(profile.root, 'xdg-data'),
    XDG_CACHE_HOME: path.join(profile.root, 'xdg-cache'),
  };
}

export function installExtension(dependencies: E2eDependencies, profile: Profile, vsix: string): void {
  const result = spawnSync(
    dependencies.node,
    [dependencies.codeServerEntry, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix],
    { env: profileEnvironment(profile), encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${output}`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The remote authority of this server's files, as in vscode-remote://AUTHORITY/absolute/path. */
  authority: string;
  /** Everything code-server printed so far. */
  log(): string;
  /** Kills code-server and every process it started (its process group). */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra code-server arguments, e.g. ['--vscode-option', 'enable-smoke-test-driver']. */
  extraArgs?: string[];
  /** Where to copy code-server's output when it stops. */
  logFile?: string;
}

export async function startCodeServer(dependencies: E2eDependencies, profile: Profile, options: StartOptions = {}): Promise<CodeServer> {
  const port = await freePort();
  const args = [
    dependencies.codeServerEntry,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--user-data-dir',
    profile.userDataDir,
    '--extensions-dir',
    profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(options.extraArgs ?? []),
  ];
  // detached: its own process group, so stop() can end the extension host and watchers it leaves behind.
  const child = spawn(dependencies.node, args, { env: profileEnvironment(profile), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // Should this test process end without calling stop() (a crash, a cancelled run), take code-server along.
  const killOnExit = () => signalProcessGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/HTTP server listening on/.test(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', reject);
    void exited.then((code) => reject(new Error(`code-server exited (code ${code}) before listening:\n${output}`)));
  });
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await killProcessGroup(child, exited);
    if (options.logFile) fs.writeFileSync(options.logFile, output);
  };
  try {
    await withTimeout(listening, 60_000, () => `code-server did not listen within 60 s:\n${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, authority: `127.0.0.1:${port}`, log: () => output, stop };
}

function signalProcessGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

async function killProcessGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  signalProcessGroup(child, 'SIGTERM');
  const stoppedInTime = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
  // Children (extension host, file watcher, pty host) may outlive code-server itself: end the whole group.
  signalProcessGroup(child, 'SIGKILL');
  if (!stoppedInTime) await exited;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
