// Where the end-to-end tests find what scripts/setup-e2e.sh installed (Node 24, code-server, chromium).
// The script writes a ready marker only when all of it works; without it the tests skip, saying why.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface E2eDependencies {
  /** Node 24, which code-server requires. */
  node: string;
  /** code-server's out/node/entry.js. */
  codeServerEntry: string;
  /** Debian's chromium, driven by playwright-core. */
  chromium: string;
}

export type DependencyLookup = { found: E2eDependencies } | { missing: string };

export function e2eCacheDir(): string {
  return process.env.NEWS_ANNOTATOR_E2E_CACHE || path.join(os.homedir(), '.cache', 'news-annotator-e2e');
}

export function findE2eDependencies(): DependencyLookup {
  const marker = path.join(e2eCacheDir(), 'e2e-ready.json');
  if (!fs.existsSync(marker)) {
    return { missing: `the editor test dependencies are not installed (no ${marker}): run "bash scripts/setup-e2e.sh"` };
  }
  let found: E2eDependencies;
  try {
    found = JSON.parse(fs.readFileSync(marker, 'utf8')) as E2eDependencies;
  } catch (error) {
    return { missing: `${marker} is unreadable (${String(error)}): run "bash scripts/setup-e2e.sh" again` };
  }
  for (const [what, file] of [
    ['Node 24', found.node],
    ['code-server', found.codeServerEntry],
    ['chromium', found.chromium],
  ] as const) {
    if (typeof file !== 'string' || !fs.existsSync(file)) {
      return { missing: `${what} is missing (${String(file)}): run "bash scripts/setup-e2e.sh" again` };
    }
  }
  return { found };
}
