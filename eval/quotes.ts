// Quotation evaluation on PolNeAR (quotes/polnear_dev.jsonl) and the Gender Gap Tracker set (quotes/ggt_dev.jsonl):
// detection of direct quotations, reported (indirect) speech and all kinds together, speaker accuracy on the
// matched ones, with compromise's quotations() beside ours on the same docs. QUOTES_ERRORS=/tmp/prefix writes the
// misses, false alarms and wrong speakers of each set to /tmp/prefix.<set>.jsonl (for study, outside the project).
//
// Counting rules:
// - Gold records repeated with the same span, kind and speaker count once (the line under the table gives the
//   figures with them kept).
// - A system quote matches a gold quote when it covers at least half of the gold quote's content (for direct
//   quotes: the words inside the marks, over all parts). Each gold quote is matched at most once.
// - Gold `mixed` quotes (quoted words inside a paraphrase) are neither credited nor penalized: they are not in
//   recall, and a system quote lying mostly inside one (a partial quote like `could "significantly enhance"`,
//   or the paraphrase around it) is not a false positive.
// - A system quote lying mostly inside a gold quote that another system quote already matched (one quotation
//   read as two) is not counted as a false positive either; the gold quote counts once.
// - Speaker mention accuracy: among matched direct quotes, the system speaker mention overlaps the gold
//   speakerStart–speakerEnd (a gold quote with no speaker is right when the system gives none). "Name agrees"
//   adds, where the gold speaker is written as a name, that the system's speaker name shares a capitalized word
//   with it (so a pronoun resolved to the wrong person does not count when the gold names the person).
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import { analyze } from '../server/src/analysis/analyze';
import type { Quote, Speaker } from '../server/src/analysis/types';
import { emptyCounts, formatTable, prf, readJsonl, type Counts } from './common';

interface GoldQuote {
  start: number;
  end: number;
  kind: 'direct' | 'mixed' | 'indirect';
  innerStart?: number;
  innerEnd?: number;
  parts?: [number, number][];
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerIsPronoun: boolean;
}

interface GoldDocument {
  id: string;
  date?: string;
  text: string;
  quotes: GoldQuote[];
}

interface Range {
  start: number;
  end: number;
}

/** A system quote reduced to what is scored. */
interface Candidate {
  ranges: Range[];
  speaker?: Speaker | null;
}

const MARKS = /["“”„«»‘’'\s]/u;

function trimMarks(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && MARKS.test(text[start])) start++;
  while (end > start && MARKS.test(text[end - 1])) end--;
  return { start, end };
}

function goldContent(text: string, quote: GoldQuote): Range[] {
  if (quote.parts && quote.parts.length > 0) return quote.parts.map(([start, end]) => trimMarks(text, { start, end }));
  if (quote.innerStart !== undefined && quote.innerEnd !== undefined) return [{ start: quote.innerStart, end: quote.innerEnd }];
  return [trimMarks(text, quote)];
}

function length(ranges: readonly Range[]): number {
  return ranges.reduce((sum, range) => sum + Math.max(0, range.end - range.start), 0);
}

function overlap(a: readonly Range[], b: readonly Range[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

interface KindScore {
  counts: Counts;
  matched: number;
  /** Matched gold quotes whose speaker mention is scored. */
  mentioned: number;
  speakerRight: number;
  namedGold: number;
  nameRight: number;
}

function emptyScore(): KindScore {
  return { counts: emptyCounts(), matched: 0, mentioned: 0, speakerRight: 0, namedGold: 0, nameRight: 0 };
}

function capitalizedWords(value: string): string[] {
  return (value.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).map((word) => word.replace(/['’]s$/u, '').toLowerCase());
}

/** Scores candidates of one kind against gold quotes of that kind, the `ignored` gold quotes excusing overlaps. */
function score(
  text: string,
  gold: GoldQuote[],
  ignored: GoldQuote[],
  candidates: Candidate[],
  into: KindScore,
  nameCheck?: (gold: GoldQuote, speaker: Candidate['speaker']) => boolean,
  log?: (entry: object) => void,
): void {
  const goldRanges = gold.map((quote) => goldContent(text, quote));
  const used = new Set<number>();
  const matchedGold = new Set<number>();
  // Best coverage first, so that each gold quote takes the system quote that covers it most.
  const pairs: { gold: number; candidate: number; coverage: number }[] = [];
  gold.forEach((_, goldIndex) => {
    const content = goldRanges[goldIndex];
    const size = length(content);
    if (size === 0) return;
    candidates.forEach((candidate, candidateIndex) => {
      const covered = overlap(content, candidate.ranges);
      if (covered * 2 >= size) pairs.push({ gold: goldIndex, candidate: candidateIndex, coverage: covered / size });
    });
  });
  pairs.sort((a, b) => b.coverage - a.coverage);
  for (const pair of pairs) {
    if (used.has(pair.candidate) || matchedGold.has(pair.gold)) continue;
    used.add(pair.candidate);
    matchedGold.add(pair.gold);
    into.counts.tp++;
    into.matched++;
    const quote = gold[pair.gold];
    const speaker = candidates[pair.candidate].speaker;
    const mentionRight =
      quote.speakerStart === null || quote.speakerEnd === null
        ? !speaker
        : !!speaker && speaker.start !== undefined && speaker.end !== undefined && speaker.start < quote.speakerEnd && speaker.end > quote.speakerStart;
    // GGT writes no mention for the later fragments of a split quote: only its name is scored there.
    const mentionScored = !nameCheck || quote.speakerStart !== null;
    if (mentionScored) into.mentioned++;
    if (mentionScored && mentionRight) into.speakerRight++;
    let nameRight: boolean | undefined;
    if (nameCheck) {
      into.namedGold++;
      nameRight = nameCheck(quote, speaker);
      if (nameRight) into.nameRight++;
    } else {
      const goldNames = quote.speaker && !quote.speakerIsPronoun ? capitalizedWords(quote.speaker) : [];
      if (goldNames.length > 0) {
        into.namedGold++;
        const systemWords = new Set(speaker ? [...capitalizedWords(speaker.name), ...capitalizedWords(text.slice(speaker.start ?? 0, speaker.end ?? 0))] : []);
        nameRight = mentionRight && goldNames.some((word) => systemWords.has(word));
        if (nameRight) into.nameRight++;
      }
    }
    if (log && ((mentionScored && !mentionRight) || nameRight === false)) {
      log({
        error: 'speaker',
        mentionRight: mentionScored ? mentionRight : undefined,
        nameRight,
        gold: text.slice(quote.start, quote.end).slice(0, 200),
        goldSpeaker: quote.speaker,
        goldMention: quote.speakerStart !== null && quote.speakerEnd !== null ? text.slice(quote.speakerStart, quote.speakerEnd) : null,
        system: speaker ? { name: speaker.name, mention: speaker.start !== undefined ? text.slice(speaker.start, speaker.end) : null } : null,
        context: text.slice(Math.max(0, Math.min(quote.start, quote.speakerStart ?? quote.start) - 150), Math.max(quote.end, quote.speakerEnd ?? 0) + 80),
      });
    }
  }
  into.counts.fn += gold.length - matchedGold.size;
  if (log)
    gold.forEach((quote, index) => {
      if (!matchedGold.has(index))
        log({
          error: 'fn',
          gold: text.slice(quote.start, quote.end).slice(0, 300),
          goldSpeaker: quote.speaker,
          context: text.slice(Math.max(0, quote.start - 150), quote.end + 100),
        });
    });
  const excusing = [...ignored.map((quote) => [trimMarks(text, quote)]), ...gold.filter((_, index) => matchedGold.has(index)).map((quote) => [trimMarks(text, quote)])];
  candidates.forEach((candidate, index) => {
    if (used.has(index)) return;
    const size = length(candidate.ranges);
    const excused = excusing.some((ranges) => overlap(ranges, candidate.ranges) * 2 >= size);
    if (!excused) {
      into.counts.fp++;
      const range = candidate.ranges[0];
      log?.({
        error: 'fp',
        system: text.slice(range.start, candidate.ranges[candidate.ranges.length - 1].end).slice(0, 300),
        speaker: candidate.speaker?.name,
        context: text.slice(Math.max(0, range.start - 150), range.end + 100),
      });
    }
  });
}

function toCandidate(quote: Quote): Candidate {
  const ranges = (quote.parts ?? [quote]).map((part) => ({ start: part.start, end: part.end }));
  return { ranges, speaker: quote.speaker };
}

/** GGT has one gold record per fragment of a split quote: each part of a system quote is matched on its own. */
function toPartCandidates(quote: Quote): Candidate[] {
  return (quote.parts ?? [quote]).map((part) => ({ ranges: [{ start: part.start, end: part.end }], speaker: quote.speaker }));
}

/** compromise's quotations(), with offsets mended to include the opening mark it leaves out of `start`. */
function compromiseQuotes(text: string): Candidate[] {
  const found = nlp(text).quotations().json({ offset: true }) as { offset: { start: number; length: number } }[];
  return found.map(({ offset }) => {
    let start = offset.start;
    if (start > 0 && /["“”„«»]/u.test(text[start - 1])) start--;
    return { ranges: [{ start, end: Math.min(text.length, start + offset.length) }], speaker: null };
  });
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** The gold conventions of a set: PolNeAR (one record per quote, with parts; speaker as written) or GGT. */
type Convention = 'polnear' | 'ggt';

export function evaluateQuotes(evalDir: string): string {
  const sets: [string, Convention][] = [
    ['polnear_dev.jsonl', 'polnear'],
    ['ggt_dev.jsonl', 'ggt'],
  ];
  return sets
    .map(([file, convention]) => [path.join(evalDir, 'quotes', file), convention] as const)
    .filter(([file]) => fs.existsSync(file))
    .map(([file, convention]) => evaluateQuotesFile(file, convention))
    .join('\n\n');
}

/** GGT's speaker name is the resolved full name: the speaker is right when the system's names its surname. */
function surnameRight(text: string, gold: GoldQuote, speaker: Candidate['speaker']): boolean {
  if (!gold.speaker || !speaker) return !gold.speaker && !speaker;
  const words = gold.speaker.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? [];
  const surname = words[words.length - 1]?.replace(/['’]s$/u, '').replace(/\.$/u, '');
  if (!surname) return false;
  const system = `${speaker.name} ${speaker.start !== undefined && speaker.end !== undefined ? text.slice(speaker.start, speaker.end) : ''}`.toLowerCase();
  const systemWords = new Set((system.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? []).map((word) => word.replace(/['’]s$/u, '').replace(/\.$/u, '')));
  return systemWords.has(surname);
}

/**
 * A gold record repeated with the same span, kind and speaker is one quotation annotated twice (one GGT article
 * carries every record twice): it is counted once, since no system can match the second copy.
 */
function dropIdenticalRecords(quotes: GoldQuote[]): GoldQuote[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    const key = JSON.stringify([quote.start, quote.end, quote.kind, quote.speaker, quote.speakerStart, quote.speakerEnd]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The same evaluation on any file of PolNeAR or GGT records (the training split too, for tuning). */
export function evaluateQuotesFile(file: string, convention: Convention = path.basename(file).startsWith('ggt') ? 'ggt' : 'polnear'): string {
  const documents = readJsonl<GoldDocument>(file);
  const ours = { direct: emptyScore(), indirect: emptyScore(), all: emptyScore() };
  const peer = { direct: emptyScore(), all: emptyScore() };
  const errors: object[] = [];
  let titles = 0;
  let unnamed = 0;
  const ggt = convention === 'ggt';
  // The same figures with the identical gold records kept, to report both (see dropIdenticalRecords).
  const withDuplicates = { direct: emptyScore(), all: emptyScore() };
  let duplicates = 0;
  for (const document of documents) {
    const { text } = document;
    const rawQuotes = document.quotes;
    const quotes = dropIdenticalRecords(rawQuotes);
    duplicates += rawQuotes.length - quotes.length;
    const byKind = (kind: GoldQuote['kind']) => quotes.filter((quote) => quote.kind === kind);
    const direct = byKind('direct');
    const mixed = byKind('mixed');
    const indirect = byKind('indirect');
    const annotations = analyze(text, { id: document.id, referenceDate: document.date });
    titles += annotations.quotes.filter((quote) => quote.kind === 'title').length;
    unnamed += annotations.quotes.filter((quote) => quote.speaker?.unnamed).length;
    const system = (kinds: Quote['kind'][]) =>
      annotations.quotes.filter((quote) => kinds.includes(quote.kind)).flatMap((quote) => (ggt ? toPartCandidates(quote) : [toCandidate(quote)]));
    const nameCheck = ggt ? (gold: GoldQuote, speaker: Candidate['speaker']) => surnameRight(text, gold, speaker) : undefined;
    const log = process.env.QUOTES_ERRORS ? (entry: object) => errors.push({ id: document.id, ...entry }) : undefined;
    score(text, direct, mixed, system(['direct']), ours.direct, nameCheck, log && ((entry) => log({ kind: 'direct', ...entry })));
    score(text, indirect, [...mixed, ...direct], system(['indirect']), ours.indirect, nameCheck, log && ((entry) => log({ kind: 'indirect', ...entry })));
    // The all-kinds row logs only its wrong speakers (its misses and false alarms are those of the rows above).
    const logAll = log && ((entry: object) => (entry as { error?: string }).error === 'speaker' && log({ kind: 'all', ...entry }));
    score(text, quotes, [], system(['direct', 'indirect']), ours.all, nameCheck, logAll);
    if (quotes.length === rawQuotes.length) {
      score(text, direct, mixed, system(['direct']), withDuplicates.direct, nameCheck);
      score(text, quotes, [], system(['direct', 'indirect']), withDuplicates.all, nameCheck);
    } else {
      const rawKind = (kind: GoldQuote['kind']) => rawQuotes.filter((quote) => quote.kind === kind);
      score(text, rawKind('direct'), rawKind('mixed'), system(['direct']), withDuplicates.direct, nameCheck);
      score(text, rawQuotes, [], system(['direct', 'indirect']), withDuplicates.all, nameCheck);
    }
    const peerQuotes = compromiseQuotes(text);
    score(text, direct, mixed, peerQuotes, peer.direct);
    score(text, quotes, [], peerQuotes, peer.all);
  }
  if (process.env.QUOTES_ERRORS) fs.writeFileSync(`${process.env.QUOTES_ERRORS}.${path.basename(file)}`, errors.map((entry) => JSON.stringify(entry)).join('\n'));
  const row = (name: string, result: KindScore, speakers: boolean) => {
    const { precision, recall, f1 } = prf(result.counts);
    return [
      name,
      precision,
      recall,
      f1,
      String(result.counts.tp),
      String(result.counts.fp),
      String(result.counts.fn),
      speakers ? ratio(result.speakerRight, result.mentioned) : '—',
      speakers ? ratio(result.nameRight, result.namedGold) : '—',
    ];
  };
  const setName = path.basename(file, '.jsonl');
  const header = [`system (${setName})`, 'P', 'R', 'F1', 'TP', 'FP', 'FN', 'speaker mention acc.', ggt ? 'speaker name acc.' : 'name agrees'];
  const lines = [
    `## Quotations — ${documents.length} documents of ${path.basename(file)}`,
    '',
    formatTable(header, [
      row('News Annotator — direct', ours.direct, true),
      row('compromise quotations() — direct', peer.direct, false),
      row('News Annotator — indirect', ours.indirect, true),
      row('News Annotator — all kinds', ours.all, true),
      row('compromise quotations() — all kinds', peer.all, false),
    ]),
    '',
    ggt
      ? "GGT conventions: one gold record per fragment of a split quote, matched against the parts of a system quote; speaker name acc. = the surname of the resolved gold name is in the system speaker's name; all kinds = gold direct + mixed + indirect against system direct + indirect (the peer finds quoted text only)."
      : 'Direct and indirect rows: gold mixed quotes are neither credited nor penalized. All kinds = gold direct + mixed + indirect against system direct + indirect.',
    ...(duplicates > 0
      ? [
          `Identical gold records counted once: ${duplicates} dropped. With them kept: direct F1 ${prf(withDuplicates.direct.counts).f1.toFixed(3)}, all kinds F1 ${prf(withDuplicates.all.counts).f1.toFixed(3)}, speaker name acc. (all kinds) ${ratio(withDuplicates.all.nameRight, withDuplicates.all.namedGold).toFixed(3)}.`,
        ]
      : []),
    `Quoted names/titles set aside by News Annotator: ${titles}. Quotes whose speaker is an unnamed or group source: ${unnamed}.`,
  ];
  return lines.join('\n');
}

if (require.main === module) {
  const target = process.argv[2] ?? '/work/shared/eval';
  console.log(target.endsWith('.jsonl') ? evaluateQuotesFile(target) : evaluateQuotes(target));
}
