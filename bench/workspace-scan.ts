// The workspace index at scale, as "Scan Workspace" drives it: 10,000 generated articles written to a temporary
// folder, indexed by the real server over stdio in the client's batch size, with the server process's peak memory
// (VmHWM: the analysis worker thread is part of the process) and the time it took.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IndexFilesRequest } from '../server/src/protocol';
import { startStdioServer } from '../test/robustness/support/stdio-server';
import { residentMemoryMB } from './machine';

export interface WorkspaceScan {
  articles: number;
  indexed: number;
  seconds: number;
  serverPeakMB?: number;
}

/** The client's batch size (client/src/scanWorkspace.ts). */
const BATCH_SIZE = 10;

/** Distinct articles made from the seed articles: each has its own edition line and a rotating paragraph order. */
function writeArticles(folder: string, seeds: readonly string[], count: number): string[] {
  const uris: string[] = [];
  for (let index = 0; index < count; index++) {
    const seed = seeds[index % seeds.length];
    const paragraphs = seed.split('\n');
    const shift = index % Math.max(1, paragraphs.length);
    const text = `Edition ${index}, archive copy.\n\n${[...paragraphs.slice(shift), ...paragraphs.slice(0, shift)].join('\n')}`;
    const file = path.join(folder, `article-${String(index).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, text);
    uris.push(pathToFileURL(file).toString());
  }
  return uris;
}

export async function measureWorkspaceScan(serverPath: string, seeds: readonly string[], count = 10_000): Promise<WorkspaceScan> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-scan-'));
  const server = await startStdioServer({ serverPath, settings: { debounceMs: 0 }, rootUri: pathToFileURL(folder).toString() });
  try {
    const uris = writeArticles(folder, seeds, count);
    const started = performance.now();
    let indexed = 0;
    for (let start = 0; start < uris.length; start += BATCH_SIZE) {
      const result = await server.connection.sendRequest(IndexFilesRequest, { uris: uris.slice(start, start + BATCH_SIZE), reset: start === 0 });
      indexed += result.indexed;
    }
    return {
      articles: uris.length,
      indexed,
      seconds: (performance.now() - started) / 1000,
      serverPeakMB: server.child.pid === undefined ? undefined : residentMemoryMB(server.child.pid)?.peak,
    };
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
