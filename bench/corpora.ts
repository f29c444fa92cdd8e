// The texts the benchmark analyzes. The seed corpus is the project's two sample articles repeated into one large
// article (~400 KB); the development corpus is the texts of the gold development sets, read at run time from the
// evaluation folder given on the command line (never copied into the repository).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { countWords } from '../cli/progress';

export interface Corpus {
  name: string;
  /** Analyzed one by one, as separate articles. */
  documents: string[];
  words: number;
  characters: number;
}

// Words as the CLI's progress line counts them: whitespace-separated.
export { countWords };

function corpus(name: string, documents: string[]): Corpus {
  return {
    name,
    documents,
    words: documents.reduce((sum, document) => sum + countWords(document), 0),
    characters: documents.reduce((sum, document) => sum + document.length, 0),
  };
}

/** The sample articles of seeds/, in name order. */
export function seedTexts(root: string): string[] {
  const seedDir = path.join(root, 'seeds');
  return fs
    .readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(seedDir, name), 'utf8').trim());
}

/** The seed articles repeated (blank line between copies) until the text reaches `size` characters. */
export function seedArticle(root: string, size = 400_000): string {
  const seeds = seedTexts(root);
  const copies: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const seed = seeds[index % seeds.length];
    copies.push(seed);
    length += seed.length + 2;
  }
  return copies.join('\n\n');
}

export function seedCorpus(root: string): Corpus {
  return corpus('seed articles repeated to 400 KB', [seedArticle(root)]);
}

// The development sets whose texts make up the second corpus (training splits are left out: they are large and
// add nothing the development texts do not already show).
const DEVELOPMENT_FILES = ['ner/conll2003_dev.jsonl', 'meantime_dev.jsonl', 'dates/timebank.jsonl', 'dates/aquaint.jsonl', 'quotes/polnear_dev.jsonl'];

/** The development sets' texts, one document per record; undefined when the folder is missing. */
export function developmentCorpus(evalDir: string): Corpus | undefined {
  const documents: string[] = [];
  const found: string[] = [];
  for (const file of DEVELOPMENT_FILES) {
    const full = path.join(evalDir, file);
    if (!fs.existsSync(full)) continue;
    found.push(file);
    for (const line of fs.readFileSync(full, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { text?: unknown };
      if (typeof record.text === 'string') documents.push(record.text);
    }
  }
  if (documents.length === 0) return undefined;
  return corpus(`development sets (${found.length} files, ${documents.length} documents)`, documents);
}

/**
 * The development sets' texts joined into one article of at least `size` characters (a blank line between them):
 * a long page of many short stories of every set (each 7th text, around the corpus again and again), with many more
 * distinct names, quotations and headlines than the repeated seed articles. Undefined when the folder is missing.
 */
export function developmentArticle(evalDir: string, size = 400_000): string | undefined {
  const documents = developmentCorpus(evalDir)?.documents;
  if (documents === undefined) return undefined;
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const text = documents[(index * 7) % documents.length];
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}
