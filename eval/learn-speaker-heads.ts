// Learns, from a quotation training set (PolNeAR records: quotes with their written `speaker`), the plural nouns
// that head group and anonymous sources ("supporters said", "some donors say", "the rivals argued") and writes
// them to server/src/analysis/quotes/speaker-heads.json, which the quote layer adds to its hand list of group
// nouns. Only single lowercase words are kept (no text of the articles), with how often each headed a speaker.
// Usage: node out/eval/learn-speaker-heads.js [train.jsonl]   (default ../shared/eval/quotes/polnear_train.jsonl)
// Deterministic: same data in, same file out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readJsonl } from './common';

interface TrainingQuote {
  speaker: string | null;
  speakerIsPronoun: boolean;
}

interface TrainingDocument {
  quotes: TrainingQuote[];
}

/** A noun must head this many speakers of the training set to be kept. */
const MIN_COUNT = 3;
// Words after which the head of a speaker phrase has ended: a postmodifier or a relative clause follows.
const HEAD_ENDERS = new Set(['of', 'in', 'at', 'for', 'from', 'with', 'who', 'that', 'which', 'close', 'familiar', 'to', 'on', 'by', 'inside', 'within', 'across']);
// Plural-looking words that are not nouns of sources.
const NOT_HEADS = new Set([
  'this',
  'its',
  'his',
  'has',
  'was',
  'is',
  'us',
  'as',
  'always',
  'sometimes',
  'perhaps',
  'themselves',
  'ourselves',
  'yourselves',
  'alike',
  'across',
  'percent',
  'plus',
  'news',
]);

/** The head word of a written speaker: its last word before a postmodifier ("donors" in "donors to the campaign"). */
export function speakerHead(speaker: string): string | undefined {
  const words = speaker.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const cut = words.findIndex((word, index) => index > 0 && HEAD_ENDERS.has(word.toLowerCase()));
  const head = (cut > 0 ? words.slice(0, cut) : words).pop();
  return head;
}

/** A lowercase plural noun (not "-ss", "-us", "-is") that may head a group source. */
export function isPluralHead(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]{2,}s$/u.test(word) && !/(?:ss|us|is|ous)$/u.test(word) && !NOT_HEADS.has(word);
}

export function learnGroupHeads(documents: readonly TrainingDocument[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const document of documents) {
    for (const quote of document.quotes) {
      if (!quote.speaker || quote.speakerIsPronoun) continue;
      const head = speakerHead(quote.speaker);
      if (head && isPluralHead(head)) counts.set(head, (counts.get(head) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, count]) => count >= MIN_COUNT).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

if (require.main === module) {
  const input = process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'shared', 'eval', 'quotes', 'polnear_train.jsonl');
  const output = path.join(__dirname, '..', '..', 'server', 'src', 'analysis', 'quotes', 'speaker-heads.json');
  const heads = learnGroupHeads(readJsonl<TrainingDocument>(input));
  const data = {
    about: `Plural nouns heading group and anonymous speakers at least ${MIN_COUNT} times in ${path.basename(input)}, with their counts; made by eval/learn-speaker-heads.ts.`,
    groupHeads: Object.fromEntries(heads),
  };
  fs.writeFileSync(output, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${heads.length} group heads written to ${path.relative(process.cwd(), output)}`);
}
