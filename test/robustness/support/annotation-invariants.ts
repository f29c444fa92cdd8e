// The structural promises every analysis result keeps, whatever the text: spans inside the text and matching it,
// no span boundary inside a surrogate pair, no overlap between annotations of one kind, unique ids and resolvable
// references. Returns the broken promises as sentences (empty when all hold), so a property test can print them.
import type { Annotations } from '../../../server/src/analysis/types';

interface Range {
  start: number;
  end: number;
  text?: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function describe(range: Range): string {
  return `[${range.start}, ${range.end})${range.text === undefined ? '' : ` ${JSON.stringify(range.text)}`}`;
}

function checkSpan(text: string, label: string, range: Range | undefined, violations: string[]): void {
  if (range === undefined || range === null || typeof range !== 'object') {
    violations.push(`${label}: missing`);
    return;
  }
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    violations.push(`${label}: offsets are not integers ${describe(range)}`);
    return;
  }
  if (start < 0 || end > text.length || start > end) {
    violations.push(`${label}: ${describe(range)} is not a range inside the text of length ${text.length}`);
    return;
  }
  if ('text' in range && range.text !== undefined && text.slice(start, end) !== range.text) {
    violations.push(`${label}: text ${JSON.stringify(range.text)} differs from the text at ${describe(range)}: ${JSON.stringify(text.slice(start, end))}`);
  }
  if (splitsSurrogatePair(text, start)) violations.push(`${label}: start ${start} splits a surrogate pair`);
  if (splitsSurrogatePair(text, end)) violations.push(`${label}: end ${end} splits a surrogate pair`);
}

/** Ranges of one kind must not share a code unit. Empty ranges overlap nothing. */
function checkDisjoint(label: string, ranges: { range: Range; owner: string }[], violations: string[]): void {
  const sorted = [...ranges].filter(({ range }) => range.end > range.start).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1];
    const current = sorted[index];
    if (current.range.start < previous.range.end) {
      violations.push(`${label}: ${previous.owner} ${describe(previous.range)} overlaps ${current.owner} ${describe(current.range)}`);
    }
  }
}

/** Quotes may nest (a title inside a direct quote) but must not cross. */
function checkNestedOrDisjoint(label: string, ranges: { range: Range; owner: string }[], violations: string[]): void {
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i].range;
      const b = ranges[j].range;
      const crosses = (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
      if (crosses) violations.push(`${label}: ${ranges[i].owner} ${describe(a)} crosses ${ranges[j].owner} ${describe(b)}`);
    }
  }
}

export function annotationViolations(text: string, annotations: Annotations): string[] {
  const violations: string[] = [];
  for (const field of ['blocks', 'actors', 'dates', 'quotes', 'problems'] as const) {
    if (!Array.isArray(annotations[field])) violations.push(`${field}: not an array`);
  }
  if (violations.length > 0) return violations;

  annotations.blocks.forEach((block, index) => checkSpan(text, `block ${index} (${block.kind})`, block, violations));
  checkDisjoint(
    'blocks',
    annotations.blocks.map((block, index) => ({ range: block, owner: `block ${index} (${block.kind})` })),
    violations,
  );

  const ids = new Map<string, string>();
  const claimId = (id: unknown, owner: string) => {
    if (typeof id !== 'string' || id === '') {
      violations.push(`${owner}: id ${JSON.stringify(id)} is not a non-empty string`);
      return;
    }
    const earlier = ids.get(id);
    if (earlier !== undefined) violations.push(`id ${JSON.stringify(id)} is used by both ${earlier} and ${owner}`);
    else ids.set(id, owner);
  };

  const mentions: { range: Range; owner: string }[] = [];
  for (const actor of annotations.actors) {
    claimId(actor.id, `actor ${actor.id}`);
    if (!Array.isArray(actor.mentions) || actor.mentions.length === 0) violations.push(`actor ${actor.id}: has no mentions`);
    for (const mention of actor.mentions ?? []) {
      checkSpan(text, `mention of actor ${actor.id}`, mention, violations);
      mentions.push({ range: mention, owner: `mention of actor ${actor.id}` });
    }
  }
  checkDisjoint('actor mentions', mentions, violations);

  for (const date of annotations.dates) {
    claimId(date.id, `date ${date.id}`);
    checkSpan(text, `date ${date.id}`, date, violations);
  }
  checkDisjoint(
    'dates',
    annotations.dates.map((date) => ({ range: date, owner: `date ${date.id}` })),
    violations,
  );

  const actorIds = new Set(annotations.actors.map((actor) => actor.id));
  for (const quote of annotations.quotes) {
    const owner = `quote ${quote.id}`;
    claimId(quote.id, owner);
    checkSpan(text, owner, quote, violations);
    if (quote.parts !== undefined) {
      quote.parts.forEach((part, index) => {
        checkSpan(text, `${owner} part ${index}`, part, violations);
        if (part.start < quote.start || part.end > quote.end) violations.push(`${owner}: part ${index} ${describe(part)} lies outside the quote ${describe(quote)}`);
      });
      checkDisjoint(
        `${owner} parts`,
        quote.parts.map((part, index) => ({ range: part, owner: `part ${index}` })),
        violations,
      );
    }
    if (quote.cue !== undefined) checkSpan(text, `${owner} cue`, quote.cue, violations);
    const speaker = quote.speaker;
    if (speaker !== null && speaker !== undefined) {
      if (typeof speaker.name !== 'string') violations.push(`${owner}: speaker has no name`);
      if ((speaker.start === undefined) !== (speaker.end === undefined)) violations.push(`${owner}: speaker has only one of start and end`);
      if (speaker.start !== undefined && speaker.end !== undefined) checkSpan(text, `${owner} speaker`, { start: speaker.start, end: speaker.end }, violations);
      if (speaker.actorId !== undefined && !actorIds.has(speaker.actorId)) violations.push(`${owner}: speaker.actorId ${JSON.stringify(speaker.actorId)} names no actor`);
    }
  }
  checkNestedOrDisjoint(
    'quotes',
    annotations.quotes.map((quote) => ({ range: quote, owner: `quote ${quote.id}` })),
    violations,
  );

  annotations.problems.forEach((problem, index) => {
    const owner = `problem ${index} (${problem.code})`;
    checkSpan(text, owner, problem, violations);
    if (typeof problem.message !== 'string' || problem.message === '') violations.push(`${owner}: has no message`);
    if (problem.annotationId !== undefined && !ids.has(problem.annotationId)) violations.push(`${owner}: annotationId ${JSON.stringify(problem.annotationId)} names no annotation`);
  });
  return violations;
}
