// Reads the hand-built export fixtures of test/fixtures/export/<name>/: document.json (an ExportDocument) and
// expected/ (golden files, first written by hand from shared/docs/export-formats.md). After a deliberate change of
// an exporter, `UPDATE_EXPORT_GOLDEN=1 node --test out/test/unit/export.test.js` rewrites them; review the diff.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExportDocument } from '../../server/src/export';

// Compiled to out/test/unit/: the fixtures stay in the source tree.
export const EXPORT_FIXTURES = path.resolve(__dirname, '../../../test/fixtures/export');

/** The `created` time the golden W3C files were written with. */
export const GOLDEN_CREATED = '2024-05-13T10:00:00Z';

export function fixtureNames(): string[] {
  return fs
    .readdirSync(EXPORT_FIXTURES)
    .filter((name) => fs.existsSync(path.join(EXPORT_FIXTURES, name, 'document.json')))
    .sort();
}

export function readFixture(name: string): ExportDocument {
  return JSON.parse(fs.readFileSync(path.join(EXPORT_FIXTURES, name, 'document.json'), 'utf8')) as ExportDocument;
}

/** Golden file contents by file name. */
export function expectedFiles(name: string): Map<string, string> {
  const folder = path.join(EXPORT_FIXTURES, name, 'expected');
  return new Map(fs.readdirSync(folder).map((file) => [file, fs.readFileSync(path.join(folder, file), 'utf8')]));
}

/** Fixtures whose golden files cover every format (the others keep the formats their point is about). */
export const ALL_FORMAT_FIXTURES = ['worked-example', 'newsroom'];

export const UPDATING_GOLDEN = process.env.UPDATE_EXPORT_GOLDEN === '1';

export function writeExpectedFile(name: string, file: string, content: string): void {
  fs.writeFileSync(path.join(EXPORT_FIXTURES, name, 'expected', file), content);
}
