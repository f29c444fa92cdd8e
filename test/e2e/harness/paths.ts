// Folders the end-to-end tests use: the repository (compiled tests run from out/test/e2e) and the artifacts folder.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Screenshots and logs kept for a person to look at (gitignored). */
export function artifactPath(name: string): string {
  const directory = path.join(REPO_ROOT, 'test-artifacts');
  fs.mkdirSync(directory, { recursive: true });
  return path.join(directory, name);
}
