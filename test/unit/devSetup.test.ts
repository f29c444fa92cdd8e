// The newcomer's debugging setup: .vscode/launch.json and .vscode/tasks.json agree with each other, with
// package.json's scripts, with the lines esbuild.mjs prints in watch mode and with the server's debug port; they
// are committed (not gitignored) and stay out of the .vsix.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

function readJsonc<T>(file: string): T {
  const errors: ParseError[] = [];
  const value = parse(read(file), errors, { allowTrailingComma: false }) as T;
  assert.deepEqual(errors, [], `${file} parses`);
  return value;
}

interface Task {
  label: string;
  type?: string;
  script?: string;
  isBackground?: boolean;
  dependsOn?: string[];
  problemMatcher?: string | { pattern: { regexp: string }[]; background?: { beginsPattern: string; endsPattern: string } };
}
interface LaunchConfiguration {
  name: string;
  type: string;
  request: string;
  port?: number;
  args?: string[];
  preLaunchTask?: string;
}

const tasks = readJsonc<{ tasks: Task[] }>('.vscode/tasks.json').tasks;
const launch = readJsonc<{ configurations: LaunchConfiguration[]; compounds: { configurations: string[] }[] }>('.vscode/launch.json');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
/** A task's name as a preLaunchTask or dependsOn may give it: its label, or "npm: <script>". */
const taskNamed = (name: string) => tasks.find((task) => task.label === name || (task.type === 'npm' && `npm: ${task.script}` === name));

describe('.vscode/launch.json and tasks.json', () => {
  it('"Run Extension" runs the extension after the watch build; every task it needs exists', () => {
    const run = launch.configurations.find((configuration) => configuration.name === 'Run Extension');
    assert.ok(run);
    assert.equal(run.type, 'extensionHost');
    assert.ok(run.args?.includes('--extensionDevelopmentPath=${workspaceFolder}'));
    const watch = taskNamed(run.preLaunchTask ?? '');
    assert.ok(watch, `preLaunchTask ${run.preLaunchTask} is a task`);
    for (const name of watch.dependsOn ?? []) assert.ok(taskNamed(name), `${name} is a task`);
    // "npm: <script>" names a task VS Code detects from package.json's scripts; other names are tasks.json's.
    for (const { preLaunchTask } of launch.configurations) {
      if (preLaunchTask?.startsWith('npm: ')) assert.ok(scripts[preLaunchTask.slice('npm: '.length)], `package.json has the script of ${preLaunchTask}`);
      else if (preLaunchTask) assert.ok(taskNamed(preLaunchTask), `${preLaunchTask} is a task`);
    }
    for (const task of tasks) if (task.type === 'npm') assert.ok(scripts[task.script ?? ''], `package.json has the script ${task.script}`);
    for (const compound of launch.compounds) {
      for (const name of compound.configurations)
        assert.ok(
          launch.configurations.some((configuration) => configuration.name === name),
          name,
        );
    }
  });

  it('"Attach to Server" attaches to the port the client gives the server in debug mode', () => {
    const attach = launch.configurations.find((configuration) => configuration.name === 'Attach to Server');
    assert.ok(attach);
    const port = /--inspect=(\d+)/.exec(read('client/src/languageClient.ts'));
    assert.ok(port, 'the client starts the server with --inspect=PORT when debugged');
    assert.equal(attach.port, Number(port[1]));
  });

  it("the esbuild watch task reads the lines esbuild.mjs prints: a build's start and end, each error with its place", () => {
    assert.equal(scripts.watch, 'node esbuild.mjs --watch');
    const esbuildTask = tasks.find((task) => task.script === 'watch');
    assert.ok(esbuildTask?.isBackground);
    const matcher = esbuildTask.problemMatcher;
    assert.ok(matcher && typeof matcher === 'object' && matcher.background);
    const printed = [...read('esbuild.mjs').matchAll(/console\.log\('([^']+)'\)/g)].map((match) => match[1]);
    assert.ok(
      printed.some((line) => new RegExp(matcher.background!.beginsPattern).test(line)),
      `begins: ${printed.join(' | ')}`,
    );
    assert.ok(
      printed.some((line) => new RegExp(matcher.background!.endsPattern).test(line)),
      `ends: ${printed.join(' | ')}`,
    );
    // The two lines esbuild.mjs prints per error (its report() in watch mode).
    const [message, place] = matcher.pattern.map((pattern) => new RegExp(pattern.regexp));
    assert.deepEqual(message.exec('✘ [ERROR] Expected identifier but found "="')?.slice(1), ['ERROR', 'Expected identifier but found "="']);
    assert.deepEqual(place.exec('    client/src/statusText.ts:43:6:')?.slice(1), ['client/src/statusText.ts', '43', '6']);
  });

  it('both files are committed, not ignored by git', (t) => {
    let ignored: string;
    try {
      ignored = execFileSync('git', ['check-ignore', '--no-index', '.vscode/launch.json', '.vscode/tasks.json'], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 1) return; // git: none of them is ignored
      t.skip(`git check-ignore could not run: ${String(error)}`);
      return;
    }
    assert.equal(ignored.trim(), '', 'ignored by .gitignore');
  });

  it('the .vsix leaves .vscode/ and the linter and formatter configurations out', { timeout: 120_000 }, async () => {
    // vsce's own file list, as `vsce ls` prints it (what `npm run package` would put in the .vsix).
    const { listFiles, PackageManager } = await import('@vscode/vsce');
    const files = await listFiles({ cwd: ROOT, packageManager: PackageManager.None });
    assert.ok(files.includes('dist/client.js'), files.join(', '));
    const unwanted = files.filter((file) => file.startsWith('.vscode/') || /^(eslint\.config\.mjs|\.prettierrc\.json|\.prettierignore)$/.test(file));
    assert.deepEqual(unwanted, []);
  });
});
