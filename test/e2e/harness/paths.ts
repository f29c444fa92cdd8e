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

/**
 * Copies a screenshot from the artifacts folder over the README's copy in media/screenshots, only when
 * UPDATE_SCREENSHOTS=1: an ordinary test run must leave the committed pictures alone (every run renders them
 * slightly differently, so copying them each time left the working tree changed after `npm test`).
 */
export function keepAsReadmeScreenshot(name: string): void {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const directory = path.join(REPO_ROOT, 'media', 'screenshots');
  fs.mkdirSync(directory, { recursive: true });
  fs.copyFileSync(artifactPath(name), path.join(directory, name));
}
