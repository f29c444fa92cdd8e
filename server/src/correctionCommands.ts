// The server commands that carry out the corrections' code actions: each records one correction in the article's
// sidecar (or a name in the not-actors file) and returns the file's URI. Any LSP client can run them; a client asks
// the user only for values that must be typed or chosen and passes them as `value`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ActorType, QuoteKind } from './analysis/types';
import {
  recordAccept,
  recordAdd,
  recordLink,
  recordMerge,
  recordReject,
  recordRejectName,
  recordRetypeActor,
  recordRetypeQuote,
  recordSetDate,
  recordSetSpeaker,
  recordSplit,
  serializeSidecar,
  type AnnotationKind,
  type Correction,
  type CorrectionMeta,
  type Sidecar,
} from './corrections';
import { updateSidecarFile, writeAtomically } from './correctionFiles';
import type { CorrectionArguments } from './protocol';
import { nameKey, parseNotActors } from './workspace/notActors';

const ACTOR_TYPES: readonly string[] = ['person', 'organization', 'place'];
const QUOTE_KINDS: readonly string[] = ['direct', 'indirect', 'title'];
const KINDS: readonly string[] = ['actor', 'date', 'quote'];
const TIMEX3_VALUE = /^(?:[\dX]{2,4}(?:-(?:[\dX]{2}|W\d\d|Q\d|H\d|SP|SU|FA|WI)(?:-[\dX]{2})?)?(?:T[\dX:.]+)?|P[\dT.YMWDHS X]+|PRESENT_REF|PAST_REF|FUTURE_REF)$/;

export interface CorrectionTarget {
  /** The article's current text: the open document's, else the file's. */
  document(uri: string): Promise<TextDocument | undefined>;
  sidecarFile(uri: string): Promise<string | undefined>;
}

function invalid(message: string): never {
  throw new ResponseError(ErrorCodes.InvalidParams, message);
}

function needValue(args: CorrectionArguments, allowed?: readonly string[]): string {
  const value = typeof args.value === 'string' ? args.value.replace(/\s+/g, ' ').trim() : '';
  if (!value) invalid(`"${args.action}" needs a value`);
  if (allowed && !allowed.includes(value)) invalid(`"${args.action}" needs one of ${allowed.join(', ')}, not "${value}"`);
  return value;
}

/** The change to the sidecar one action makes, on the article's current text. */
export function correctionOf(args: CorrectionArguments, document: TextDocument): (sidecar: Sidecar) => Sidecar {
  const text = document.getText();
  const span = { start: document.offsetAt(args.range.start), end: document.offsetAt(args.range.end) };
  if (span.end <= span.start || text.slice(span.start, span.end) !== args.text) {
    invalid(`the article changed where "${args.text}" was; ask for the code actions again`);
  }
  const meta: CorrectionMeta = { at: new Date().toISOString() };
  switch (args.action) {
    case 'retypeActor': {
      const type = needValue(args, ACTOR_TYPES) as ActorType;
      return (sidecar) => recordRetypeActor(sidecar, text, span, type, meta);
    }
    case 'rejectMention':
      return (sidecar) => recordReject(sidecar, text, span, 'actor', meta);
    case 'rejectName': {
      const name = typeof args.value === 'string' && args.value.trim() ? args.value : args.text;
      return (sidecar) => recordRejectName(sidecar, name, meta);
    }
    case 'link': {
      const to = needValue(args);
      return (sidecar) => recordLink(sidecar, text, span, to, meta);
    }
    case 'split': {
      const newName = needValue(args);
      return (sidecar) => recordSplit(sidecar, text, [span], newName, undefined, meta);
    }
    case 'merge': {
      const into = needValue(args);
      const names = (args.names ?? []).filter((name): name is string => typeof name === 'string' && !!name.trim());
      if (!names.length) invalid('"merge" needs the other "names"');
      return (sidecar) => recordMerge(sidecar, into, names, meta);
    }
    case 'setSpeaker': {
      if (args.value === undefined) invalid('"setSpeaker" needs a value: a name, or null for no speaker');
      const speaker = args.value === null ? null : needValue(args);
      const speakerSpan = args.speakerRange ? { start: document.offsetAt(args.speakerRange.start), end: document.offsetAt(args.speakerRange.end) } : undefined;
      const validSpeakerSpan = speakerSpan && speakerSpan.end > speakerSpan.start ? speakerSpan : undefined;
      return (sidecar) => recordSetSpeaker(sidecar, text, span, speaker, validSpeakerSpan, meta);
    }
    case 'retypeQuote': {
      const quoteKind = needValue(args, QUOTE_KINDS) as QuoteKind;
      return (sidecar) => recordRetypeQuote(sidecar, text, span, quoteKind, meta);
    }
    case 'rejectQuote':
      return (sidecar) => recordReject(sidecar, text, span, 'quote', meta);
    case 'setDate': {
      const value = needValue(args).toUpperCase();
      if (!TIMEX3_VALUE.test(value)) invalid(`"${value}" is not a TIMEX3 value (such as 2026-11-23, 2026-11, 2026-W47, P3D)`);
      return (sidecar) => recordSetDate(sidecar, text, span, value, meta);
    }
    case 'rejectDate':
      return (sidecar) => recordReject(sidecar, text, span, 'date', meta);
    case 'tag': {
      const what = needValue(args, [...ACTOR_TYPES, 'date', 'quote']);
      if (what === 'date') return (sidecar) => recordAdd(sidecar, text, span, { kind: 'date' }, meta);
      if (what === 'quote') return (sidecar) => recordAdd(sidecar, text, span, { kind: 'quote' }, meta);
      return (sidecar) => recordAdd(sidecar, text, span, { kind: 'actor', type: what as ActorType }, meta);
    }
    case 'accept': {
      const kind = needValue(args, KINDS) as AnnotationKind;
      return (sidecar) => recordAccept(sidecar, text, span, kind, meta);
    }
    default:
      return invalid(`unknown correction "${String((args as { action?: unknown }).action)}"`);
  }
}

function validArguments(value: unknown): CorrectionArguments {
  const args = value as Partial<CorrectionArguments> | undefined;
  const position = (p: unknown) =>
    typeof p === 'object' && p !== null && Number.isInteger((p as { line?: unknown }).line) && Number.isInteger((p as { character?: unknown }).character);
  if (
    !args ||
    typeof args.uri !== 'string' ||
    typeof args.action !== 'string' ||
    typeof args.text !== 'string' ||
    !args.range ||
    !position(args.range.start) ||
    !position(args.range.end)
  ) {
    invalid('expected { uri, action, range, text, value? }');
  }
  return args as CorrectionArguments;
}

/** CORRECT_COMMAND: records the correction; returns the sidecar's URI. */
export async function runCorrection(rawArgs: unknown, target: CorrectionTarget): Promise<string> {
  const args = validArguments(rawArgs);
  const document = await target.document(args.uri);
  if (!document) invalid(`${args.uri} cannot be read`);
  const change = correctionOf(args, document);
  const file = await target.sidecarFile(args.uri);
  if (!file) invalid(`${args.uri} has no place for a corrections file (check newsAnnotator.corrections.sidecarFolder)`);
  await updateSidecarFile(file, change);
  return pathToFileURL(file).toString();
}

/** DROP_UNPLACED_COMMAND: removes the given corrections (compared by content) from the article's sidecar. */
export async function dropUnplaced(rawArgs: unknown, target: CorrectionTarget): Promise<string> {
  const args = rawArgs as { uri?: unknown; corrections?: unknown } | undefined;
  if (typeof args?.uri !== 'string' || !Array.isArray(args.corrections)) invalid('expected { uri, corrections }');
  const file = await target.sidecarFile(args.uri);
  if (!file) invalid(`${args.uri} has no corrections file`);
  const keyOf = (correction: Correction) => serializeSidecar({ version: 1, corrections: [correction] });
  const dropped = new Set((args.corrections as Correction[]).map(keyOf));
  await updateSidecarFile(file, (sidecar) => ({ ...sidecar, corrections: sidecar.corrections.filter((correction) => !dropped.has(keyOf(correction))) }));
  return pathToFileURL(file).toString();
}

const NOT_ACTORS_HEADER = '# Names that News Annotator never tags as actors, one per line (# starts a comment).\n';

/** NOT_ACTOR_COMMAND: adds a name to the not-actors file (created with a header); returns the file's URI. */
export async function addNotActor(name: string, file: string): Promise<string> {
  const flat = name.replace(/\s+/g, ' ').trim();
  if (!flat) invalid('the name is empty');
  for (let attempt = 0; ; attempt++) {
    let existing: string | undefined;
    try {
      existing = await readFile(file, 'utf8');
    } catch {
      existing = undefined;
    }
    if (existing !== undefined && parseNotActors(existing).names.some((known) => nameKey(known) === nameKey(flat))) break;
    const before = existing === undefined ? NOT_ACTORS_HEADER : existing.length && !existing.endsWith('\n') ? `${existing}\n` : existing;
    let now: string | undefined;
    try {
      now = await readFile(file, 'utf8');
    } catch {
      now = undefined;
    }
    if (now !== existing && attempt < 4) continue;
    await writeAtomically(file, `${before}${flat}\n`);
    break;
  }
  return pathToFileURL(file).toString();
}

/**
 * RESTORE_ACTOR_COMMAND: removes every line naming `name` (compared by nameKey) from the not-actors file, keeping
 * its comments, other names and line endings; returns the file's URI, or undefined when no line named it.
 */
export async function removeNotActor(name: string, file: string): Promise<string | undefined> {
  const key = nameKey(name);
  if (!key) invalid('the name is empty');
  let existing: string;
  try {
    existing = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = existing.split(/(?<=\n)/);
  const kept = lines.filter((line) => {
    const hash = line.indexOf('#');
    return nameKey(hash >= 0 ? line.slice(0, hash) : line) !== key;
  });
  if (kept.length === lines.length) return undefined;
  await writeAtomically(file, kept.join(''));
  return pathToFileURL(file).toString();
}

/** An article that is not open, as a document (the commands work on files too). */
export async function documentOnDisk(uri: string): Promise<TextDocument | undefined> {
  try {
    return TextDocument.create(uri, 'plaintext', 0, await readFile(fileURLToPath(uri), 'utf8'));
  } catch {
    return undefined;
  }
}
