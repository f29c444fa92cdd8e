// The corrections file on disk: updates re-read the file and keep a correction saved meanwhile by another window;
// writes leave no temporary file; a file with problems is never written over; the sidecar of an article and the
// article of a sidecar, with and without the folder setting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { emptySidecar, parseSidecar, recordAccept, recordRejectName, serializeSidecar } from '../../server/src/corrections';
import { articleUriOfSidecar, sidecarFileOf, UnwritableSidecarError, updateSidecarFile } from '../../server/src/correctionFiles';
import { at, text } from './corrections-fixture';

function folder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-sidecar-'));
}

test('an update keeps a correction another window saved while it was being made, and leaves no temporary file', async () => {
  const root = folder();
  try {
    const file = path.join(root, 'article.txt.annotations.json');
    let calls = 0;
    await updateSidecarFile(file, (sidecar) => {
      // The first time, another window saves its own correction before this one is written.
      if (calls++ === 0) fs.writeFileSync(file, serializeSidecar(recordRejectName(emptySidecar(), 'Monday')));
      const span = at('May 12');
      return recordAccept(sidecar, text, { start: span.start, end: span.end }, 'date');
    });
    assert.equal(calls, 2, 'redone on the newer file');
    const saved = parseSidecar(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(saved.sidecar.corrections.map((correction) => correction.op).sort(), ['accept', 'reject']);
    assert.deepEqual(fs.readdirSync(root), ['article.txt.annotations.json']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a sidecar with problems is not written over', async () => {
  const root = folder();
  try {
    const file = path.join(root, 'article.txt.annotations.json');
    const broken = '{ "version": 1, "corrections": [ { "op": "nonsense" } ] }\n';
    fs.writeFileSync(file, broken);
    await assert.rejects(
      updateSidecarFile(file, (sidecar) => recordRejectName(sidecar, 'Monday')),
      UnwritableSidecarError,
    );
    assert.equal(fs.readFileSync(file, 'utf8'), broken);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('sidecar paths: next to the article, or mirrored under the folder setting, never outside the workspace', () => {
  const root = path.join(os.tmpdir(), 'workspace');
  const folderUri = pathToFileURL(root).toString();
  const article = pathToFileURL(path.join(root, 'news', 'a.txt')).toString();
  assert.equal(sidecarFileOf(article, [folderUri], ''), path.join(root, 'news', 'a.txt.annotations.json'));
  const mirrored = sidecarFileOf(article, [folderUri], '.annotations');
  assert.equal(mirrored, path.join(root, '.annotations', 'news', 'a.txt.annotations.json'));
  assert.equal(articleUriOfSidecar(pathToFileURL(mirrored!).toString(), [folderUri], '.annotations'), article);
  assert.equal(sidecarFileOf(article, [folderUri], '../elsewhere'), undefined);
  assert.equal(sidecarFileOf('untitled:Untitled-1', [folderUri], ''), undefined);
});
