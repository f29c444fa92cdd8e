// The .vsix the real-editor test installs: NEWS_ANNOTATOR_E2E_VSIX when set (e.g. dist/news-annotator.vsix
// from `npm run package`), otherwise a package of the current build (dist/, made by `npm test`'s pretest)
// made with vsce into `directory`, so the test always installs what was just built.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export function extensionPackage(directory: string): string {
  const given = process.env.NEWS_ANNOTATOR_E2E_VSIX;
  if (given) {
    const file = path.resolve(given);
    if (!fs.existsSync(file)) throw new Error(`NEWS_ANNOTATOR_E2E_VSIX=${given}: no such file`);
    return file;
  }
  for (const built of ['dist/client.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, built))) throw new Error(`${built} is missing: build first (npm run build)`);
  }
  const file = path.join(directory, 'news-annotator.vsix');
  const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', file], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0 || !fs.existsSync(file)) {
    throw new Error(`vsce package failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return file;
}
