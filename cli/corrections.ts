// The corrections made by hand in the editor, applied by the CLI too: each article file's sidecar
// (`<file>.annotations.json`, next to it) and, for JSONL input, a record's optional `corrections` array in the
// sidecar's format. Every annotation of the output then says `origin: auto | manual`. A sidecar with problems is
// reported and not applied (the article gets the analyzer's output); corrections that cannot be placed are noted.
import * as fs from 'node:fs';
import type { Annotations } from '../server/src/analysis/types';
import { applyCorrections, parseSidecar, SIDECAR_SUFFIX, type Correction, type ParsedSidecar } from '../server/src/corrections';
import type { Reporter } from './sink';

/** The sidecar of an article file, parsed; undefined when there is none. */
export function readFileCorrections(file: string): ParsedSidecar | undefined {
  let source: string;
  try {
    source = fs.readFileSync(file + SIDECAR_SUFFIX, 'utf8');
  } catch {
    return undefined;
  }
  return parseSidecar(source);
}

/** A JSONL record's `corrections` field (absent: none), read as the sidecar's `corrections` list. */
export function recordCorrections(value: unknown): ParsedSidecar | undefined {
  if (value === undefined || value === null) return undefined;
  return parseSidecar(JSON.stringify({ version: 1, corrections: value }));
}

/**
 * The annotations with the corrections applied; `where` names the corrections' source in messages. `annotations` is
 * handed over (corrected in place, see WorkingCopy): every caller passes a fresh analysis it drops afterwards, and a
 * deep copy of each record's analysis was about 5% of a corpus run's CPU.
 */
export function corrected(text: string, annotations: Annotations, parsed: ParsedSidecar | undefined, where: string, report: Reporter): Annotations {
  let corrections: Correction[] = [];
  if (parsed?.problems.length) {
    for (const problem of parsed.problems) report.error(`${where}:${problem.line + 1}: ${problem.message}`);
    report.note(`${where}: not applied until fixed; the article gets the analyzer's output`);
  } else if (parsed) corrections = parsed.sidecar.corrections;
  const result = applyCorrections(text, annotations, corrections, {}, true);
  if (result.orphans.length) report.note(`${where}: ${result.orphans.length} correction(s) could not be placed: ${result.orphans.map((orphan) => orphan.message).join('; ')}`);
  return result.annotations;
}
