// Runs the bundled command line (dist/cli.js) as users do, for the CLI tests: one way to start it, collect what it
// prints and write the articles it reads into a temporary folder.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `news-annotate args…` with `input` on its standard input (from the repository root unless `cwd` says). */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}

/** A temporary folder for a suite's articles: create it in `before`, remove it in `after`. */
export class TempFolder {
  private folder: string | undefined;

  constructor(private readonly prefix: string) {}

  get path(): string {
    if (!this.folder) throw new Error('the temporary folder is not created yet (call create() in before)');
    return this.folder;
  }

  create(): void {
    this.folder = fs.mkdtempSync(path.join(os.tmpdir(), this.prefix));
  }

  /** Writes a file at `relative` inside the folder (making its folders) and returns its path. */
  write(relative: string, content: string | Buffer): string {
    const file = path.join(this.path, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  remove(): void {
    if (this.folder) fs.rmSync(this.folder, { recursive: true, force: true });
    this.folder = undefined;
  }
}
