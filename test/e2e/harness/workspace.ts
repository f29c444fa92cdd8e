// A temporary copy of the sample articles, in a folder named "seeds" as in the repository, so the
// extension's default include globs (which name that folder) apply to it as they do to the original.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export interface TemporaryWorkspace {
  /** Everything the test made: the profile, the folder, the vsix. */
  root: string;
  /** The folder opened in the editor (a copy of seeds/). */
  folder: string;
  dispose(): void;
}

export function createWorkspace(): TemporaryWorkspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-e2e-'));
  const folder = path.join(root, 'seeds');
  fs.cpSync(path.join(REPO_ROOT, 'seeds'), folder, { recursive: true });
  return { root, folder, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}
