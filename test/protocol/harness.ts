// Shared pieces of the protocol tests: the fixture article, a server started with the stand-in analyzer, and
// helpers to read hovers, symbols, semantic tokens and edits.
import { HoverRequest, type DocumentSymbol, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol/node';
import type { Annotations, AnalyzeOptions } from '../../server/src/analysis/types';
import { fakeAnalyzer } from './fakeAnalyzer';
import { positionOf } from './positionsOf';
import { TestConnection, type TestConnectionOptions } from './testConnection';

export const URI = 'file:///news/articles/arms-plan.txt';
export const ARTICLE = [
  'Kremlin sets out arms plan',
  '',
  'Moscow, Nov 28 (Wire) Vladimir Putin spoke on November 27 in Moscow.',
  '“We will supply modern weapons,” Putin said.',
  '',
  'The Kremlin gave no figures.',
].join('\n');

const running: TestConnection[] = [];

/**
 * The per-mention, per-date and per-quote diagnostics, off by default in the product, turned on as Hints: the
 * protocol tests observe the server's publishing through them. `withTags` adds them under a test's own settings.
 */
export const TAGS_AS_HINTS = { person: 'hint', organization: 'hint', place: 'hint', date: 'hint', quote: 'hint' } as const;
export function withTags(configuration: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...configuration, severity: { ...TAGS_AS_HINTS, ...(configuration.severity as object | undefined) } };
}

/**
 * A server with the stand-in analyzer (unless another is given), initialized; `configuration` is its default
 * section, with the tag diagnostics on (withTags).
 */
export async function started(options: TestConnectionOptions = {}, configuration: Record<string, unknown> = {}): Promise<TestConnection> {
  const connection = new TestConnection({ analyzer: fakeAnalyzer, ...options });
  running.push(connection);
  connection.configuration.set('default', withTags(configuration));
  await connection.initialize();
  return connection;
}

/** For afterEach: shuts down every server the test started. */
export async function disposeStarted(): Promise<void> {
  for (const connection of running.splice(0)) await connection.dispose();
}

/** An analyzer that records the texts it was given. */
export function recordingAnalyzer(texts: string[]) {
  return (text: string, options: AnalyzeOptions): Annotations => {
    texts.push(text);
    return fakeAnalyzer(text, options);
  };
}

/** The Markdown of the hover one character into the `occurrence`-th `needle`. */
export async function hoverText(client: TestConnection, needle: string, occurrence = 0, text = ARTICLE, uri = URI): Promise<string | undefined> {
  const hover = await client.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, occurrence, 1) });
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

export function names(symbols: DocumentSymbol[] | undefined): string[] {
  return (symbols ?? []).map((symbol) => symbol.name);
}

/** Applies non-overlapping LSP edits to a single-version text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const offsets = edits.map((edit) => ({ edit, start: offsetOf(text, edit.range.start), end: offsetOf(text, edit.range.end) }));
  return offsets.sort((a, b) => b.start - a.start).reduce((result, { edit, start, end }) => result.slice(0, start) + edit.newText + result.slice(end), text);
}

function offsetOf(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

/** LSP's relative token encoding back to absolute tokens with names. */
export function decode(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }) {
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let index = 0; index < data.length; index += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = data.slice(index, index + 5);
    line += deltaLine;
    character = deltaLine ? deltaStart : character + deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    tokens.push({ line, character, length, type: legend.tokenTypes[type], modifiers });
  }
  return tokens;
}
