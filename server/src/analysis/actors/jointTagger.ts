// The shipped two-pass tagger decoded with both passes' weights in one table. Both passes read the same static
// features of a token; here they are hashed and looked up once, and each pass's share of the scores is kept per
// token (nine integers per pass), so the second pass adds only its document features and the tag features. The
// features that depend on the word alone (word, affixes, shape, cluster) are summed once per distinct word.
// Same features and the same weights as tagDocumentWritten() with the shipped models, summed as the stored
// integers: one model's scale is the same for every label, so the best label of the integer sums is the best label
// of the scaled sums, and the order of the sums no longer matters. Only an exact tie between two labels can come
// out differently from the float sums (which broke it by rounding): it now goes to the label listed first.
import { featureFrom, MAX_FEATURES, type DocumentFeatures, type TokenView } from './features';
import firstPassModel from './model-pass1.json';
import secondPassModel from './model-pass2.json';
import { secondPassFeatureWriter } from './secondPassFeatures';
import {
  ALLOWED,
  decodeBase64,
  LABELS,
  PREVIOUS_HASHES,
  PREVIOUS_SHAPE_PREFIXES,
  PREVIOUS_TWO_HASHES,
  PREVIOUS_WORD_PREFIXES,
  skipped,
  type FeatureWriter,
  type ModelData,
} from './tagger';

const WIDTH = LABELS.length;

/**
 * Both models' weights behind one open-addressing table from feature hash to both models' weights for the feature
 * (first model's nine, then the second's; zeros where a model lacks the feature). A slot holds the hash and its
 * row side by side (40 bytes: one int32, then 18 int16): a lookup that finds its feature reads one or two adjacent
 * cache lines, where a table of row offsets beside a separate array of rows read two lines far apart (the tagger
 * was bound by these memory reads).
 */
export class JointWeights {
  /** Slots of SLOT_INTS int32: the feature hash (EMPTY for an unused slot), then the row of 2 × WIDTH int16. */
  private readonly hashes: Int32Array;
  /** The same memory as int16: a row starts at slot × SLOT_SHORTS + 2. */
  private readonly weights: Int16Array;
  /** The row of the feature whose hash is EMPTY, if a model has one (it cannot be stored in the probed slots). */
  private readonly emptyHashRow: number;
  /** Per view (views of the same written word are one object), both models' sums of its word features. */
  readonly wordSums = new WeakMap<TokenView, Int32Array>();
  private readonly mask: number;

  constructor(first: ModelData, second: ModelData) {
    for (const model of [first, second]) {
      if (model.labels.length !== WIDTH || model.labels.some((label, index) => label !== LABELS[index])) throw new Error('a shipped model has other labels than the tagger');
    }
    const firstHashes = decodeBase64(first.features, Int32Array);
    const secondHashes = decodeBase64(second.features, Int32Array);
    const firstWeights = decodeBase64(first.weights, Int16Array);
    const secondWeights = decodeBase64(second.weights, Int16Array);
    const distinct = new Set([...firstHashes, ...secondHashes]).size;
    // At most half full: a feature no model knows (about one lookup in six) ends its probe at an unused slot soon.
    let capacity = 1;
    while (capacity < distinct * 2) capacity *= 2;
    this.mask = capacity - 1;
    // One slot more, past the probed ones, for the feature whose hash is EMPTY.
    const buffer = new ArrayBuffer((capacity + 1) * SLOT_INTS * 4);
    const hashes = new Int32Array(buffer);
    const weights = new Int16Array(buffer);
    let emptyHashRow = -1;
    /** The row offset of a feature, given a slot the first time the feature is seen. */
    const rowOf = (hash: number): number => {
      if (hash === EMPTY) {
        if (emptyHashRow < 0) emptyHashRow = capacity * SLOT_SHORTS + 2;
        return emptyHashRow;
      }
      let slot = slotOf(hash) & this.mask;
      while (hashes[slot * SLOT_INTS] !== EMPTY && hashes[slot * SLOT_INTS] !== hash) slot = (slot + 1) & this.mask;
      hashes[slot * SLOT_INTS] = hash;
      return slot * SLOT_SHORTS + 2;
    };
    firstHashes.forEach((hash, index) => weights.set(firstWeights.subarray(index * WIDTH, (index + 1) * WIDTH), rowOf(hash)));
    secondHashes.forEach((hash, index) => weights.set(secondWeights.subarray(index * WIDTH, (index + 1) * WIDTH), rowOf(hash) + WIDTH));
    this.hashes = hashes;
    this.weights = weights;
    this.emptyHashRow = emptyHashRow;
  }

  /** The offset of a feature's row in `weights`, or -1 when neither model knows it (an unused slot ends a probe). */
  row(hash: number): number {
    if (hash === EMPTY) return this.emptyHashRow;
    const hashes = this.hashes;
    let slot = slotOf(hash) & this.mask;
    for (;;) {
      const stored = hashes[slot * SLOT_INTS];
      if (stored === hash) return slot * SLOT_SHORTS + 2;
      if (stored === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds one model's weights of a feature (`model`: 0 the first, 1 the second) to scores[0, WIDTH). */
  add(hash: number, model: number, scores: Int32Array): void {
    const row = this.row(hash);
    if (row < 0) return;
    const weights = this.weights;
    const from = row + model * WIDTH;
    for (let label = 0; label < WIDTH; label++) scores[label] += weights[from + label];
  }

  /** Adds both models' weights of a feature, each to its own scores. */
  addBoth(hash: number, first: Int32Array, firstOffset: number, second: Int32Array, secondOffset: number): void {
    const row = this.row(hash);
    if (row < 0) return;
    const weights = this.weights;
    for (let label = 0; label < WIDTH; label++) first[firstOffset + label] += weights[row + label];
    for (let label = 0; label < WIDTH; label++) second[secondOffset + label] += weights[row + WIDTH + label];
  }
}

/** The hash that marks an unused slot. */
const EMPTY = 0;
/** A slot in int32: the hash, then 2 × WIDTH int16 (18 int16 fill 9 int32: WIDTH of them). */
const SLOT_INTS = 1 + WIDTH;
const SLOT_SHORTS = SLOT_INTS * 2;

function slotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 0;
}

let shipped: JointWeights | undefined;

/** The shipped models in one table, read once. */
export function shippedJointWeights(): JointWeights {
  shipped ??= new JointWeights(firstPassModel as ModelData, secondPassModel as ModelData);
  return shipped;
}

// Scratch of tagDocumentJointly() kept from one document to the next (the function is synchronous, so one set
// serves every call): a typed array of more than 64 bytes lives outside the JavaScript heap.
const FEATURE_BUFFER = new Int32Array(MAX_FEATURES);
const LABEL_SCORES = new Int32Array(WIDTH);

// Word sums are cut from slabs: a view of a shared buffer is an ordinary small object.
const SLAB_WORDS = 4096;
let slab = new Int32Array(0);
let slabUsed = 0;

/** Zeroed room for one word's sums (both models). */
function newWordSums(): Int32Array {
  if (slabUsed + 2 * WIDTH > slab.length) {
    slab = new Int32Array(SLAB_WORDS * 2 * WIDTH);
    slabUsed = 0;
  }
  slabUsed += 2 * WIDTH;
  return slab.subarray(slabUsed - 2 * WIDTH, slabUsed);
}

/**
 * Each token's share of the scores from its static features, per pass (WIDTH integers per token); `ready[i]` once
 * token i's are there. The tagger fills them as it scores tokens; taggerReuse.ts hands some in from an earlier analysis.
 */
export interface StaticScores {
  first: Int32Array;
  second: Int32Array;
  ready: Uint8Array;
}

export function emptyStaticScores(count: number): StaticScores {
  return { first: new Int32Array(count * WIDTH), second: new Int32Array(count * WIDTH), ready: new Uint8Array(count) };
}

/**
 * Both passes over one document (as tagDocumentWritten): label indexes per token. `scores`: static scores to start
 * from (those ready are used as they are), filled in as tokens are scored.
 */
export function tagDocumentJointly(
  features: Pick<DocumentFeatures, 'views' | 'writeWordFeatures' | 'writeContextFeatures'>,
  weights: JointWeights,
  scores: StaticScores = emptyStaticScores(features.views.length),
): number[] {
  const { views, writeWordFeatures, writeContextFeatures } = features;
  const count = views.length;
  const { first: firstStatic, second: secondStatic, ready } = scores;
  // Static features are read when a pass first scores the token (most plain words are never scored).
  const buffer = FEATURE_BUFFER;
  const readStatic = (index: number) => {
    ready[index] = 1;
    const offset = index * WIDTH;
    let sums = weights.wordSums.get(views[index]);
    if (sums === undefined) {
      sums = newWordSums();
      const written = writeWordFeatures(index, buffer);
      for (let at = 0; at < written; at++) weights.addBoth(buffer[at], sums, 0, sums, WIDTH);
      weights.wordSums.set(views[index], sums);
    }
    for (let label = 0; label < WIDTH; label++) {
      firstStatic[offset + label] = sums[label];
      secondStatic[offset + label] = sums[WIDTH + label];
    }
    const written = writeContextFeatures(index, buffer);
    for (let at = 0; at < written; at++) weights.addBoth(buffer[at], firstStatic, offset, secondStatic, offset);
  };
  const labelScores = LABEL_SCORES;
  // `model`: 0 for the first pass, 1 for the second (one method called directly: no closure per pass).
  const decodePass = (staticScores: Int32Array, model: number, writeExtra?: FeatureWriter): number[] => {
    const tags: number[] = new Array(count);
    for (let index = 0; index < count; index++) {
      const previousTag = index > 0 ? tags[index - 1] : undefined;
      if (skipped(views[index], previousTag)) {
        tags[index] = 0;
        continue;
      }
      if (!ready[index]) readStatic(index);
      const offset = index * WIDTH;
      for (let label = 0; label < WIDTH; label++) labelScores[label] = staticScores[offset + label];
      if (writeExtra) {
        const written = writeExtra(index, buffer);
        for (let at = 0; at < written; at++) weights.add(buffer[at], model, labelScores);
      }
      const previous = previousTag === undefined ? 0 : previousTag + 1;
      const previous2 = index > 1 ? tags[index - 2] + 1 : 0;
      weights.add(PREVIOUS_HASHES[previous], model, labelScores);
      weights.add(PREVIOUS_TWO_HASHES[previous2][previous], model, labelScores);
      weights.add(featureFrom(PREVIOUS_WORD_PREFIXES[previous], views[index].lower), model, labelScores);
      weights.add(featureFrom(PREVIOUS_SHAPE_PREFIXES[previous], views[index].shape), model, labelScores);
      const allowedNow = ALLOWED[previous];
      let best = 0;
      for (let label = 1; label < WIDTH; label++) if (allowedNow[label] && labelScores[label] > labelScores[best]) best = label;
      tags[index] = best;
    }
    return tags;
  };
  const firstTags = decodePass(firstStatic, 0).map((tag) => LABELS[tag]);
  return decodePass(secondStatic, 1, secondPassFeatureWriter(views, firstTags));
}
