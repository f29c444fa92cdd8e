// Reading and writing the sidecar file. Writing is stable for version control: corrections sorted, object keys
// sorted, 2-space indent, trailing newline. Reading never throws: malformed content is reported with its line, and
// `writable: false` tells the caller not to save over a file it could not fully read.
import type { ActorType, DateKind, QuoteKind } from '../analysis/types';
import { lineOfOffset, parsePositionedJson } from './positionedJson';
import { SIDECAR_VERSION, type AnnotationKind, type Correction, type Sidecar, type TextAnchor } from './types';

export interface SidecarProblem {
  /** 0-based line in the sidecar file. */
  line: number;
  message: string;
}

export interface ParsedSidecar {
  /** The valid corrections (invalid entries are left out and reported). */
  sidecar: Sidecar;
  problems: SidecarProblem[];
  /** False when anything was left out: saving `sidecar` would lose the annotator's work. */
  writable: boolean;
}

const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];
const ANNOTATION_KINDS: readonly AnnotationKind[] = ['actor', 'date', 'quote'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'title'];
const DATE_KINDS: readonly DateKind[] = ['date', 'time', 'duration', 'set'];

export function emptySidecar(): Sidecar {
  return { version: SIDECAR_VERSION, corrections: [] };
}

/** Validation failure of one entry; caught per entry so the others still load. */
class InvalidEntry {
  constructor(readonly message: string) {}
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(message: string): never {
  throw new InvalidEntry(message);
}

function stringField(entry: Json, key: string, optional: true): string | undefined;
function stringField(entry: Json, key: string, optional?: false): string;
function stringField(entry: Json, key: string, optional = false): string | undefined {
  const value = entry[key];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') invalid(`"${key}" must be a string`);
  return value;
}

function oneOf<T extends string>(entry: Json, key: string, allowed: readonly T[], optional = false): T | undefined {
  const value = entry[key];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    invalid(`"${key}" must be one of ${allowed.map((name) => `"${name}"`).join(', ')}, not ${JSON.stringify(value)}`);
  }
  return value as T;
}

function readAnchor(value: unknown, key: string): TextAnchor {
  if (!isObject(value)) return invalid(`"${key}" must be an object {start, end, exact, prefix, suffix}`);
  const { start, end } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
    invalid(`"${key}" needs integer "start" ≤ "end", both ≥ 0`);
  }
  const exact = stringField(value, 'exact');
  if (!exact) invalid(`"${key}.exact" must not be empty`);
  return { start: start as number, end: end as number, exact, prefix: stringField(value, 'prefix', true) ?? '', suffix: stringField(value, 'suffix', true) ?? '' };
}

function readMeta(entry: Json): { at?: string; author?: string } {
  const at = stringField(entry, 'at', true);
  const author = stringField(entry, 'author', true);
  return { ...(at !== undefined ? { at } : {}), ...(author !== undefined ? { author } : {}) };
}

/** The fields each operation may have; others are reported rather than silently lost on the next save. */
const FIELDS: Record<string, readonly string[]> = {
  add: ['anchor', 'kind', 'type', 'name', 'value', 'dateKind', 'quoteKind', 'speaker'],
  reject: ['kind', 'anchor', 'name'],
  retype: ['anchor', 'kind', 'type', 'quoteKind'],
  setSpeaker: ['anchor', 'speaker', 'speakerAnchor'],
  merge: ['into', 'names'],
  split: ['mentions', 'newName', 'type'],
  accept: ['anchor', 'kind'],
  setDate: ['anchor', 'value'],
  link: ['anchor', 'to'],
};
const ANCHOR_FIELDS = ['start', 'end', 'exact', 'prefix', 'suffix'];

function unknownFields(entry: Json, allowed: readonly string[]): string[] {
  const fields = [...allowed, 'op', 'at', 'author'];
  const unknown = Object.keys(entry).filter((key) => !fields.includes(key));
  for (const key of ['anchor', 'speakerAnchor']) {
    if (isObject(entry[key]))
      unknown.push(
        ...Object.keys(entry[key] as Json)
          .filter((field) => !ANCHOR_FIELDS.includes(field))
          .map((field) => `${key}.${field}`),
      );
  }
  return unknown;
}

function readCorrection(entry: unknown): Correction {
  if (!isObject(entry)) return invalid('a correction must be an object');
  const allowed = typeof entry.op === 'string' && Object.hasOwn(FIELDS, entry.op) ? FIELDS[entry.op] : undefined;
  const unknown = allowed ? unknownFields(entry, allowed) : [];
  if (unknown.length) invalid(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((key) => `"${key}"`).join(', ')}`);
  const meta = readMeta(entry);
  switch (entry.op) {
    case 'add': {
      const anchor = readAnchor(entry.anchor, 'anchor');
      const kind = oneOf(entry, 'kind', ANNOTATION_KINDS);
      if (kind === 'actor') {
        const name = stringField(entry, 'name', true);
        return { op: 'add', kind, anchor, type: oneOf(entry, 'type', ACTOR_TYPES)!, ...(name ? { name } : {}), ...meta };
      }
      if (kind === 'date') {
        const value = stringField(entry, 'value', true);
        const dateKind = oneOf(entry, 'dateKind', DATE_KINDS, true);
        return { op: 'add', kind, anchor, ...(value ? { value } : {}), ...(dateKind ? { dateKind } : {}), ...meta };
      }
      const quoteKind = oneOf(entry, 'quoteKind', QUOTE_KINDS, true);
      const speaker = stringField(entry, 'speaker', true);
      return { op: 'add', kind: 'quote', anchor, ...(quoteKind ? { quoteKind } : {}), ...(speaker ? { speaker } : {}), ...meta };
    }
    case 'reject': {
      const kind = oneOf(entry, 'kind', ANNOTATION_KINDS)!;
      if (entry.anchor !== undefined) return { op: 'reject', kind, anchor: readAnchor(entry.anchor, 'anchor'), ...meta };
      const name = stringField(entry, 'name', true);
      if (!name?.trim()) return invalid('a rejection needs an "anchor" (one mention) or a "name" (everywhere)');
      if (kind !== 'actor') return invalid('only actors can be rejected by name');
      return { op: 'reject', kind, name, ...meta };
    }
    case 'retype': {
      const anchor = readAnchor(entry.anchor, 'anchor');
      const kind = oneOf(entry, 'kind', ['actor', 'quote'] as const);
      if (kind === 'actor') return { op: 'retype', kind, anchor, type: oneOf(entry, 'type', ACTOR_TYPES)!, ...meta };
      return { op: 'retype', kind: 'quote', anchor, quoteKind: oneOf(entry, 'quoteKind', QUOTE_KINDS)!, ...meta };
    }
    case 'setSpeaker': {
      const anchor = readAnchor(entry.anchor, 'anchor');
      const speaker = entry.speaker === null ? null : stringField(entry, 'speaker');
      const speakerAnchor = entry.speakerAnchor === undefined ? undefined : readAnchor(entry.speakerAnchor, 'speakerAnchor');
      return { op: 'setSpeaker', anchor, speaker, ...(speakerAnchor ? { speakerAnchor } : {}), ...meta };
    }
    case 'merge': {
      const into = stringField(entry, 'into');
      const names = entry.names;
      if (!into.trim()) invalid('"into" must not be empty');
      if (!Array.isArray(names) || names.length === 0 || !names.every((name) => typeof name === 'string' && name.trim())) {
        invalid('"names" must be a non-empty list of names');
      }
      return { op: 'merge', into, names: names as string[], ...meta };
    }
    case 'split': {
      const newName = stringField(entry, 'newName');
      if (!newName.trim()) invalid('"newName" must not be empty');
      if (!Array.isArray(entry.mentions) || entry.mentions.length === 0) invalid('"mentions" must be a non-empty list of anchors');
      const mentions = (entry.mentions as unknown[]).map((mention, index) => readAnchor(mention, `mentions[${index}]`));
      const type = oneOf(entry, 'type', ACTOR_TYPES, true);
      return { op: 'split', mentions, newName, ...(type ? { type } : {}), ...meta };
    }
    case 'accept':
      return { op: 'accept', kind: oneOf(entry, 'kind', ANNOTATION_KINDS)!, anchor: readAnchor(entry.anchor, 'anchor'), ...meta };
    case 'setDate': {
      const anchor = readAnchor(entry.anchor, 'anchor');
      const value = stringField(entry, 'value');
      if (!value.trim()) invalid('"value" must be a TIMEX3 value such as "2026-11-23"');
      return { op: 'setDate', anchor, value, ...meta };
    }
    case 'link': {
      const anchor = readAnchor(entry.anchor, 'anchor');
      const to = stringField(entry, 'to');
      if (!to.trim()) invalid('"to" must name an actor');
      return { op: 'link', anchor, to, ...meta };
    }
    default:
      return invalid(`unknown correction "op": ${JSON.stringify(entry.op)} (expected add, reject, retype, setSpeaker, merge, split, link, setDate or accept)`);
  }
}

export function parseSidecar(source: string): ParsedSidecar {
  const text = source.replace(/^\uFEFF/, '');
  const unreadable = (line: number, message: string): ParsedSidecar => ({ sidecar: emptySidecar(), problems: [{ line, message }], writable: false });
  if (!text.trim()) return { sidecar: emptySidecar(), problems: [], writable: true };
  const parsed = parsePositionedJson(text);
  if (!parsed.ok) return unreadable(lineOfOffset(text, parsed.offset), `not valid JSON: ${parsed.message}`);
  const { value: root, offsets } = parsed.json;
  const lineOf = (value: unknown, fallback = 0) => (typeof value === 'object' && value !== null && offsets.has(value) ? lineOfOffset(text, offsets.get(value)!) : fallback);
  if (!isObject(root)) return unreadable(0, 'expected an object {"version": 1, "corrections": [...]}');
  if (root.version !== SIDECAR_VERSION) {
    return unreadable(0, `unsupported version ${JSON.stringify(root.version)}: this version of News Annotator reads version ${SIDECAR_VERSION}`);
  }
  if (!Array.isArray(root.corrections)) return unreadable(0, '"corrections" must be a list');
  const corrections: Correction[] = [];
  const problems: SidecarProblem[] = [];
  for (const entry of root.corrections) {
    try {
      corrections.push(readCorrection(entry));
    } catch (error) {
      if (!(error instanceof InvalidEntry)) throw error;
      problems.push({ line: lineOf(entry, lineOf(root.corrections)), message: `${error.message}; this correction is ignored` });
    }
  }
  return { sidecar: { version: SIDECAR_VERSION, corrections: sortCorrections(corrections) }, problems, writable: problems.length === 0 };
}

/** Keys sorted at every level, so that serialization does not depend on how an object was built. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!isObject(value)) return value;
  const result: Json = {};
  for (const key of Object.keys(value).sort()) if (value[key] !== undefined) result[key] = sortedKeys(value[key]);
  return result;
}

function firstOffset(correction: Correction): number {
  if ('anchor' in correction && correction.anchor) return correction.anchor.start;
  if (correction.op === 'split') return Math.min(...correction.mentions.map((mention) => mention.start));
  return -1; // name-wide corrections first
}

/** The order the file is written in: by position, then by operation, then by content; independent of history. */
export function sortCorrections(corrections: readonly Correction[]): Correction[] {
  return canonicalOrder(corrections).map((index) => corrections[index]);
}

/** Indices of the corrections in the order the file is written in (also the order they are applied in). */
export function canonicalOrder(corrections: readonly Correction[]): number[] {
  const keyed = corrections.map((correction, index) => ({ correction, index, text: JSON.stringify(sortedKeys(correction)) }));
  keyed.sort((a, b) => firstOffset(a.correction) - firstOffset(b.correction) || compareStrings(a.correction.op, b.correction.op) || compareStrings(a.text, b.text));
  return keyed.map((entry) => entry.index);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serializeSidecar(sidecar: Sidecar): string {
  const corrections = sortCorrections(sidecar.corrections);
  return `${JSON.stringify(sortedKeys({ version: SIDECAR_VERSION, corrections }), null, 2)}\n`;
}
