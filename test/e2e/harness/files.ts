// Waiting for a file that the editor writes (on file-system events, or polling its text), with a deadline.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Resolves with the path of the first file in `folder` whose name satisfies `matches` (existing or new). */
export function waitForFile(folder: string, matches: (name: string) => boolean, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const find = () => fs.readdirSync(folder).find(matches);
    const watcher = fs.watch(folder, () => {
      const name = find();
      // Written in one call by the extension host, but wait until it is non-empty all the same.
      if (name && fs.statSync(path.join(folder, name)).size > 0) done(() => resolve(path.join(folder, name)));
    });
    const timer = setTimeout(() => done(() => reject(new Error(`no matching file appeared in ${folder} within ${timeoutMs} ms`))), timeoutMs);
    const done = (settle: () => void) => {
      watcher.close();
      clearTimeout(timer);
      settle();
    };
    const existing = find();
    if (existing && fs.statSync(path.join(folder, existing)).size > 0) done(() => resolve(path.join(folder, existing)));
  });
}

/** Resolves once the file exists and its text satisfies `check`. */
export async function waitForText(file: string, check: (text: string) => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (text && check(text)) return text;
    if (Date.now() > deadline) throw new Error(`${file} did not reach the expected content: ${text}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
