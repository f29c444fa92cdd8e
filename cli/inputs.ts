// Reading the inputs: article files (folders walked), one article from standard input, and JSONL records streamed
// line by line. Text is decoded as strict UTF-8: a BOM is dropped, invalid bytes are reported instead of being
// silently replaced, and NUL bytes mark a binary file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';

export const ARTICLE_EXTENSIONS = ['.news', '.article', '.txt', '.md'];

export interface ArticleFiles {
  files: string[];
  /** Inputs that yielded no file, as messages. */
  errors: string[];
}

function walk(folder: string, found: string[]): void {
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full, found);
    } else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      found.push(full);
    }
  }
}

/** The article files named on the command line: files as given, folders walked in name order; "-" is standard input. */
export function articleFiles(inputs: readonly string[]): ArticleFiles {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (error) {
      errors.push(`cannot read ${input}: ${describeError(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try {
        walk(input, found);
      } catch (error) {
        errors.push(`cannot read folder ${input}: ${describeError(error)}`);
        continue;
      }
      if (found.length === 0) errors.push(`no articles (${ARTICLE_EXTENSIONS.join(', ')} files) in folder ${input}`);
      files.push(...found);
    } else files.push(input);
  }
  return { files, errors };
}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}

const decoder = new TextDecoder('utf-8', { fatal: true }); // BOM dropped (ignoreBOM: false)

/** Text of UTF-8 bytes, or why they are not text. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0)) return { problem: 'is a binary file (it contains NUL bytes)' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: `is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8Byte(bytes)})` };
  }
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    const sequence = bytes.subarray(index, index + length);
    if (sequence.length < length || !isWellFormed(sequence)) return index;
    index += length;
  }
  return bytes.length;
}

function isWellFormed(sequence: Uint8Array): boolean {
  try {
    decoder.decode(sequence);
    return true;
  } catch {
    return false;
  }
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Lines of a byte stream, split on LF (a CR before it is dropped), decoded one by one as strict UTF-8. */
export async function* byteLines(stream: Readable): AsyncGenerator<{ number: number; bytes: Buffer }> {
  let pending: Buffer = Buffer.alloc(0);
  let number = 0;
  for await (const chunk of stream) {
    pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    let newline = pending.indexOf(0x0a);
    while (newline !== -1) {
      yield { number: ++number, bytes: withoutCr(pending.subarray(0, newline)) };
      pending = pending.subarray(newline + 1);
      newline = pending.indexOf(0x0a);
    }
  }
  if (pending.length) yield { number: number + 1, bytes: withoutCr(pending) };
}

function withoutCr(line: Buffer): Buffer {
  return line.length && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}

export interface JsonlRecord {
  id: string | number;
  text: string;
  dct?: string;
  /** Corrections in the sidecar's format (cli/corrections.ts reads them). */
  corrections?: unknown;
}

/** A JSONL line as a record, or what is wrong with it. */
export function readRecord(bytes: Buffer, isDate: (value: string) => boolean): { record: JsonlRecord } | { problem: string } | null {
  let line: string;
  try {
    line = decoder.decode(bytes);
  } catch {
    return { problem: 'is not valid UTF-8' };
  }
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problem: `is not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'is not a JSON object' };
  const { id, text, dct, corrections } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { problem: 'has no "id" (a string or a number)' };
  if (typeof text !== 'string') return { problem: `(id ${JSON.stringify(id)}) has no "text" string` };
  if (dct !== undefined && dct !== null && (typeof dct !== 'string' || !isDate(dct))) {
    return { problem: `(id ${JSON.stringify(id)}) has a "dct" that is not a date written YYYY-MM-DD: ${JSON.stringify(dct)}` };
  }
  // A BOM at the start of a record's text is dropped, as it is at the start of a file: it is an encoding mark, not
  // text, and the offsets of both count the text without it.
  return { record: { id, text: text.replace(/^\uFEFF/, ''), ...(typeof dct === 'string' && { dct }), ...(corrections !== undefined && { corrections }) } };
}
