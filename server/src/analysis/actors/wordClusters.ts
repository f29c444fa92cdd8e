// Word clusters from unlabelled text (GloVe vectors grouped by eval/make-word-clusters.ts; see word-clusters.json's
// "sources"): a word the training data never showed is typed from the words used like it.
import data from './word-clusters.json';

export interface WordClusterData {
  sources: string;
  /** Number of clusters of each level, coarse to fine. */
  levels: number[];
  /** Lower-case words separated by single spaces. */
  words: string;
  /** Per level, base64 of a little-endian Uint16Array: the cluster of each word. */
  clusters: string[];
}

/** Cluster ids of a lower-case word, one per level (packed as coarse * 65536 + fine), or -1 for an unknown word. */
export type ClusterLookup = (lowerWord: string) => number;

export function clusterLookup(source: WordClusterData): ClusterLookup {
  const words = source.words.split(' ');
  const levels = source.clusters.map((base64) => {
    const bytes = Buffer.from(base64, 'base64');
    return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  });
  const packed = new Map<string, number>();
  words.forEach((word, index) => packed.set(word, levels[0][index] * 65536 + levels[levels.length - 1][index]));
  return (word) => packed.get(word) ?? -1;
}

let loaded: ClusterLookup | undefined;

/** The shipped clusters, read once. */
export function wordClusters(): ClusterLookup {
  loaded ??= clusterLookup(data as WordClusterData);
  return loaded;
}

let sizes: Map<number, number> | undefined;

/** How many words each fine cluster of the shipped clusters holds. */
export function fineClusterSizes(): ReadonlyMap<number, number> {
  if (!sizes) {
    const clusterOf = wordClusters();
    sizes = new Map();
    for (const word of (data as WordClusterData).words.split(' ')) {
      const fine = clusterOf(word) & 0xffff;
      sizes.set(fine, (sizes.get(fine) ?? 0) + 1);
    }
  }
  return sizes;
}

const commonWordSets = new Map<number, Set<string>>();

/** The `count` most frequent words of the clusters' vocabulary (it lists words most frequent first). */
export function commonWords(count: number): ReadonlySet<string> {
  let set = commonWordSets.get(count);
  if (!set) {
    const words = (data as WordClusterData).words;
    let end = 0;
    for (let seen = 0; seen < count && end >= 0; seen++) end = words.indexOf(' ', end + 1);
    set = new Set((end < 0 ? words : words.slice(0, end)).split(' '));
    commonWordSets.set(count, set);
  }
  return set;
}
