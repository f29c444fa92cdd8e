// Throughput of one analysis function over a corpus, in words per second: every document analyzed in turn, the
// whole pass warmed up once and then repeated (within a time budget); the median pass counts.
import type { Corpus } from './corpora';
import { median, timeRepeated, type Repetition } from './statistics';

export interface Throughput {
  wordsPerSecond: number;
  medianMs: number;
  repetitions: number;
}

export function measureThroughput(corpus: Corpus, analyzeOne: (text: string) => unknown, repetition: Repetition): Throughput {
  let sink = 0;
  const pass = () => {
    for (const document of corpus.documents) sink += analyzeOne(document) === undefined ? 0 : 1;
  };
  const durations = timeRepeated(pass, repetition);
  if (sink < 0) console.log(sink); // keeps the results observable
  const medianMs = median(durations);
  return { wordsPerSecond: corpus.words / (medianMs / 1000), medianMs, repetitions: durations.length };
}
