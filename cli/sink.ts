// Where the results go: standard output or files in --out DIR, in the chosen format. Per-article formats are
// written as each article is annotated (so a JSONL corpus streams through); formats that put every article in one
// file (csv, w3c, conll, doccano, labelstudio, spacy) are written at the end.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotations } from '../server/src/analysis/types';
import { exportDocuments, type ExportDocument } from '../server/src/export';
import type { CliOptions } from './options';
import { SourcesReport } from './sources';
import { renderRecord, type RenderKind } from './renderRecord';
import { writeAtomically } from './resume';
import { UniqueNames } from '../server/src/export/uniqueNames';

export interface AnnotatedDocument extends ExportDocument {
  /** The output record: the annotations with the document's id (a JSONL record's id as it was, number or string). */
  record: Omit<Annotations, 'id'> & { id: string | number };
  /** How the summary names the article: its path, or `record "id"`. */
  title: string;
}

export interface Reporter {
  error(message: string): void;
  note(message: string): void;
}

export interface Sink {
  add(document: AnnotatedDocument): Promise<void>;
  finish(): Promise<void>;
  /** For per-record formats: how an article is rendered, so that another thread can render it for addRendered(). */
  readonly rendering?: RenderKind;
  /** An article already rendered as `rendering` says (renderRecord), named `name`; per-record formats only. */
  addRendered?(name: string, rendered: string): Promise<void>;
}

export async function writeOut(chunk: string): Promise<void> {
  if (process.stdout.write(chunk)) return;
  await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

/** A file name made of an id: letters, digits, dot, dash and underscore; never hidden, never empty. */
export function safeName(id: string): string {
  const name = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '');
  return name.slice(0, 120) || 'record';
}

export class OutputFolderError extends Error {}

class Folder extends UniqueNames {
  constructor(
    private readonly dir: string,
    private readonly reporter: Reporter,
  ) {
    super();
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new OutputFolderError(`cannot create the output folder ${dir}: ${(error as Error).message}`);
    }
  }
  write(name: string, content: string): void {
    try {
      // Temporary file + rename: a file with its final name is complete, which is what --resume relies on.
      writeAtomically(path.join(this.dir, name), content);
    } catch (error) {
      this.reporter.error(`cannot write ${path.join(this.dir, name)}: ${(error as Error).message}`);
    }
  }
}

export function createSink(options: CliOptions, reporter: Reporter, single: boolean, corpusName: string): Sink {
  const folder = options.out === undefined ? undefined : new Folder(options.out, reporter);
  const format = options.format;

  if (format === 'json' || format === 'jsonl' || format === 'summary') {
    let count = 0;
    const rendering: RenderKind = format === 'summary' ? 'summary' : folder ? 'pretty' : format === 'jsonl' ? 'compact' : single ? 'pretty' : 'indented';
    const addRendered = async (name: string, rendered: string) => {
      count++;
      if (folder) folder.write(`${folder.unique(name)}${format === 'summary' ? '.summary.txt' : '.json'}`, format === 'summary' ? rendered : rendered + '\n');
      else if (format === 'jsonl') await writeOut(rendered + '\n');
      else if (format === 'summary') await writeOut((count > 1 ? '\n' : '') + rendered);
      else if (single) await writeOut(rendered + '\n');
      else await writeOut((count === 1 ? '[\n' : ',\n') + rendered);
    };
    return {
      rendering,
      addRendered,
      add: (document) => addRendered(document.name, renderRecord(rendering, document)),
      async finish() {
        if (!folder && format === 'json' && !single) await writeOut(count === 0 ? '[]\n' : '\n]\n');
      },
    };
  }

  if (format === 'sources') {
    const report = new SourcesReport();
    let count = 0;
    return {
      async add(document) {
        const section = report.add(document.title, document.source ?? document.name, document.annotations);
        if (folder) folder.write(`${folder.unique(document.name)}.sources.txt`, section);
        else await writeOut((count++ > 0 ? '\n' : '') + section);
      },
      async finish() {
        const total = report.total();
        if (total && folder) folder.write(`${folder.unique('all')}.sources.txt`, total);
        else if (total) await writeOut('\n' + total);
      },
    };
  }

  if (format === 'brat') {
    // readOptions makes sure brat has a folder.
    return {
      async add(document) {
        const name = folder!.unique(document.name);
        for (const file of exportDocuments('brat', [{ ...document, name }])) folder!.write(file.name, file.content);
      },
      async finish() {},
    };
  }

  const documents: ExportDocument[] = [];
  const names = new UniqueNames();
  return {
    async add(document) {
      // The name identifies the article inside the one file (CSV "document" column, doccano "document" key, …).
      documents.push({ name: names.unique(document.name), source: document.source, recordId: document.recordId, text: document.text, annotations: document.annotations });
    },
    async finish() {
      const files = exportDocuments(format, documents, { name: corpusName, created: new Date().toISOString(), bom: options.bom, embedText: options.embedText });
      if (format === 'doccano')
        reporter.note(
          'doccano: sequence labeling without overlapping spans or relations; for a project with overlapping spans and relation labeling use --format doccano-relations',
        );
      if (folder) {
        for (const file of files) folder.write(file.name, file.content);
        return;
      }
      await writeOut(files[0].content);
      const others = files.slice(1).map((file) => file.name);
      if (others.length) reporter.note(`the ${format} export also has ${others.join(', ')}: use --out DIR to write ${others.length === 1 ? 'it' : 'them'}`);
    },
  };
}
