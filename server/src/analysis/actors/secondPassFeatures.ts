// Features of the second tagging pass: how the first pass tagged the document. features.ts's
// documentTagFeatureWriter reads the other occurrences of each word; here, a one-word name reads how the first pass
// typed the longer names it begins or ends elsewhere in the document ("Acme" alone, "Acme Robotics" an
// organization), so a name's short form takes its type from its full form (Ratinov & Roth 2009's prediction
// aggregation, at the level of names). Measured on held-out training documents (two folds of a fifth): overall
// +0.001 to +0.004, organizations +0.005 on one fold; the same-name tally (the whole name's other occurrences)
// cost organizations 0.002-0.005 and was left out.
import { hasLetter } from '../characters';
import { documentTagFeatureWriter, feature, firstPassTally, template, type FirstPassTally, type TokenView } from './features';

const T = { longerName: template('nx'), longerNameOwn: template('nx|p1') };

const typeOf = (label: string) => (label === 'O' ? 'O' : label.slice(2));

/** A run of capitalized (or recased) tokens: what may be one name. */
interface Run {
  first: number;
  last: number;
  /** The word of a one-word run (lower case, without the recasing mark); '' for a longer run. */
  key: string;
  /** The type the first pass gave most of its tokens (runType), filled by nameTags. */
  type: string;
}

/** The word a view is read as in a name's key: lower case, without the recasing mark. */
function keyWord(view: TokenView): string {
  return view.lower.startsWith('~') ? view.lower.slice(1) : view.lower;
}

function inName(view: TokenView | undefined): boolean {
  return view !== undefined && !view.plain && hasLetter(view.lower);
}

// (loops and module-level functions: this runs over every token of every document, and the words of each run
// sliced, mapped and joined into a key that only one-word runs read were a hot spot of the profile)
function capitalizedRuns(views: readonly TokenView[]): (Run | undefined)[] {
  const runs: (Run | undefined)[] = new Array<Run | undefined>(views.length).fill(undefined);
  let index = 0;
  while (index < views.length) {
    if (!inName(views[index])) {
      index++;
      continue;
    }
    const first = index;
    while (inName(views[index + 1])) index++;
    const run: Run = { first, last: index, key: first === index ? keyWord(views[first]) : '', type: 'O' };
    for (let inside = first; inside <= index; inside++) runs[inside] = run;
    index++;
  }
  return runs;
}

/** The type the first pass gave most of a run's tokens (O when none). */
function runType(run: Run, firstPass: readonly string[]): string {
  if (run.first === run.last) return typeOf(firstPass[run.first]); // most runs: one word
  // A few types at most, counted in small arrays in order of first appearance (a tie goes to the first seen).
  const types: string[] = [];
  const counts: number[] = [];
  for (let index = run.first; index <= run.last; index++) {
    const type = typeOf(firstPass[index]);
    if (type === 'O') continue;
    const at = types.indexOf(type);
    if (at < 0) {
      types.push(type);
      counts.push(1);
    } else counts[at]++;
  }
  let best = 'O';
  let bestCount = 0;
  for (let at = 0; at < types.length; at++) if (counts[at] > bestCount) [best, bestCount] = [types[at], counts[at]];
  return best;
}

/** The most frequent type in a tally, or undefined for none. */
function majority(tally: Map<string, number> | undefined): string | undefined {
  if (!tally) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [type, count] of tally) if (count > bestCount) [best, bestCount] = [type, count];
  return best;
}

/** The document-level part of the longer-name features, and their writer. */
interface NameTags {
  /** Writes the longer-name features of a one-word name's token at `out[from…]`; returns how many. */
  write(index: number, out: Int32Array, from: number): number;
  /** The key of the one-word run (name) a token is, or undefined when it is not one. */
  oneWordName(index: number): string | undefined;
  /** The first-pass type most longer names beginning or ending with a word have, or undefined. */
  longerType(word: string): string | undefined;
  /** The words some longer name begins or ends with (those with a longerType). */
  edgeWords(): Iterable<string>;
}

function nameTags(views: readonly TokenView[], firstPass: readonly string[]): NameTags {
  const runs = capitalizedRuns(views);
  // Per first or last word of a longer name: the first-pass types of those names.
  const byEdgeWord = new Map<string, Map<string, number>>();
  const tally = (map: Map<string, Map<string, number>>, key: string, type: string) => {
    let counts = map.get(key);
    if (!counts) map.set(key, (counts = new Map()));
    counts.set(type, (counts.get(type) ?? 0) + 1);
  };
  // Each run once, in order: where it starts.
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    if (run === undefined || run.first !== index) continue;
    const type = runType(run, firstPass);
    run.type = type;
    if (run.last > run.first && type !== 'O') {
      tally(byEdgeWord, keyWord(views[run.first]), type);
      tally(byEdgeWord, keyWord(views[run.last]), type);
    }
  }
  const longerType = (word: string) => majority(byEdgeWord.get(word));
  return {
    write(index, out, from) {
      const run = runs[index];
      if (!run || run.first !== run.last) return 0;
      const longer = longerType(run.key);
      if (!longer) return 0;
      out[from] = feature(T.longerName, longer);
      out[from + 1] = feature(T.longerNameOwn, longer, run.type);
      return 2;
    },
    oneWordName(index) {
      const run = runs[index];
      return run && run.first === run.last ? run.key : undefined;
    },
    longerType,
    edgeWords: () => byEdgeWord.keys(),
  };
}

/**
 * The second pass's document features over one document's first-pass tags, with what they read of the whole
 * document, so that two versions of a document can be compared token by token (jointTagger.ts reuses the tags of
 * tokens whose features are the same in both).
 */
export interface SecondPassDocument {
  /** All the second pass's document features of a token, written into `out`; returns how many. */
  write(index: number, out: Int32Array): number;
  /** Per word, the first-pass types of its occurrences (features.ts documentTagFeatureWriter). */
  tally: FirstPassTally;
  oneWordName: NameTags['oneWordName'];
  longerType: NameTags['longerType'];
  edgeWords: NameTags['edgeWords'];
}

export function secondPassDocument(views: readonly TokenView[], firstPass: readonly string[]): SecondPassDocument {
  const tally = firstPassTally(views, firstPass);
  const wordFeatures = documentTagFeatureWriter(views, firstPass, tally);
  const names = nameTags(views, firstPass);
  return {
    write(index, out) {
      const count = wordFeatures(index, out);
      return count + names.write(index, out, count);
    },
    tally,
    oneWordName: names.oneWordName,
    longerType: names.longerType,
    edgeWords: names.edgeWords,
  };
}

/** All the second pass's document features of a token, written into `out`; returns how many. */
export function secondPassFeatureWriter(views: readonly TokenView[], firstPass: readonly string[]): (index: number, out: Int32Array) => number {
  return secondPassDocument(views, firstPass).write;
}
