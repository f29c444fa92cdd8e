// The name tagger: an averaged perceptron over BIO labels, decoded greedily left to right with the previous
// tags as features, in two passes: the second sees how the first tagged the same words elsewhere in the document.
// Weights are trained by eval/train-actors.ts on annotated news and shipped in model-pass1.json and model-pass2.json
// (feature hashes and int16-quantized weights, pruned, base64).
import { feature, featureFrom, featurePrefix, MAX_FEATURES, template, type TokenView } from './features';
import firstPassModel from './model-pass1.json';
import secondPassModel from './model-pass2.json';
import { secondPassFeatureWriter } from './secondPassFeatures';

import { LABELS } from './labels';

export { LABELS, type Label } from './labels';

export interface ModelData {
  labels: string[];
  /** weight = stored int16 / scale */
  scale: number;
  /** base64 of a little-endian Int32Array of feature hashes */
  features: string;
  /** base64 of a little-endian Int16Array, features × labels */
  weights: string;
}

/** Adds the weights of one feature to the label scores; the trainer and the shipped model each supply one. */
export type WeightLookup = (feature: number, scores: Float64Array) => void;

const PREVIOUS = template('t-1');
const PREVIOUS_TWO = template('t-2|t-1');
const PREVIOUS_WORD = template('t-1|l');
const PREVIOUS_SHAPE = template('t-1|s');

// The tag features' hashes, precomputed per previous label (index 0 is the start of the text, then LABELS).
const PREVIOUS_LABELS = ['<s>', ...LABELS];
export const PREVIOUS_HASHES = PREVIOUS_LABELS.map((label) => feature(PREVIOUS, label));
export const PREVIOUS_TWO_HASHES = PREVIOUS_LABELS.map((previous2) => PREVIOUS_LABELS.map((previous) => feature(PREVIOUS_TWO, previous2, previous)));
export const PREVIOUS_WORD_PREFIXES = PREVIOUS_LABELS.map((label) => featurePrefix(PREVIOUS_WORD, label));
export const PREVIOUS_SHAPE_PREFIXES = PREVIOUS_LABELS.map((label) => featurePrefix(PREVIOUS_SHAPE, label));

/** Features that depend on the tags already chosen. */
export function tagFeatures(previous: string, previous2: string, view: TokenView): number[] {
  return [feature(PREVIOUS, previous), feature(PREVIOUS_TWO, previous2, previous), feature(PREVIOUS_WORD, previous, view.lower), feature(PREVIOUS_SHAPE, previous, view.shape)];
}

/** I-X may only follow B-X or I-X. */
export function allowed(label: string, previous: string): boolean {
  return !label.startsWith('I-') || (previous !== 'O' && previous.slice(2) === label.slice(2));
}

// ALLOWED[previous label index + 1][label index]; row 0 is the start of the text.
export const ALLOWED = ['<s>', ...LABELS].map((previous) => LABELS.map((label) => allowed(label, previous)));

/**
 * True when a token is tagged O without scoring (see TokenView.plain), and for a possessive, which ends a name
 * ("Britain's Foreign Secretary …"); the trainer skips the same tokens.
 */
export function skipped(view: TokenView, previousTag: number | undefined): boolean {
  return view.plain && (previousTag === undefined || previousTag === 0 || view.lower === "'s");
}

/**
 * Greedy left-to-right decoding (a beam over locally normalized scores measured no better on news).
 * `extraAt` adds the second pass's document features.
 */
export function decode(
  views: readonly TokenView[],
  featuresAt: (index: number) => readonly number[],
  lookup: WeightLookup,
  extraAt?: (index: number) => readonly number[],
): number[] {
  const fromList = (listAt: (index: number) => readonly number[]) => (index: number, out: Int32Array) => {
    const list = listAt(index);
    out.set(list);
    return list.length;
  };
  return decodeWritten(views, fromList(featuresAt), lookup, extraAt && fromList(extraAt));
}

/** Feature hashes of token `index` written into `out`; returns how many. */
export type FeatureWriter = (index: number, out: Int32Array) => number;

/** decode() over features written into one reused buffer (no array per token). */
export function decodeWritten(views: readonly TokenView[], writeFeatures: FeatureWriter, lookup: WeightLookup, writeExtra?: FeatureWriter): number[] {
  const tags: number[] = new Array(views.length);
  const scores = new Float64Array(LABELS.length);
  const buffer = new Int32Array(MAX_FEATURES);
  for (let index = 0; index < views.length; index++) {
    const previousTag = index > 0 ? tags[index - 1] : undefined;
    if (skipped(views[index], previousTag)) {
      tags[index] = 0;
      continue;
    }
    scores.fill(0);
    let count = writeFeatures(index, buffer);
    for (let at = 0; at < count; at++) lookup(buffer[at], scores);
    if (writeExtra) {
      count = writeExtra(index, buffer);
      for (let at = 0; at < count; at++) lookup(buffer[at], scores);
    }
    // Same features as tagFeatures(), from precomputed hashes.
    const previous = previousTag === undefined ? 0 : previousTag + 1;
    const previous2 = index > 1 ? tags[index - 2] + 1 : 0;
    lookup(PREVIOUS_HASHES[previous], scores);
    lookup(PREVIOUS_TWO_HASHES[previous2][previous], scores);
    lookup(featureFrom(PREVIOUS_WORD_PREFIXES[previous], views[index].lower), scores);
    lookup(featureFrom(PREVIOUS_SHAPE_PREFIXES[previous], views[index].shape), scores);
    const allowedNow = ALLOWED[previous];
    let best = 0;
    for (let label = 1; label < LABELS.length; label++) if (allowedNow[label] && scores[label] > scores[best]) best = label;
    tags[index] = best;
  }
  return tags;
}

export function decodeBase64<T>(value: string, View: new (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(value, 'base64');
  return new View(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * A lookup over a stored model's weights: an open-addressing table from feature hash to weight row (a Map of
 * numbers measured slower on long articles).
 */
export function modelWeights(data: ModelData): WeightLookup {
  const hashes = decodeBase64(data.features, Int32Array);
  const weights = decodeBase64(data.weights, Int16Array);
  const width = data.labels.length;
  let capacity = 1;
  while (capacity < hashes.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Int32Array(capacity);
  const rows = new Int32Array(capacity).fill(-1);
  const slotOf = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> 0;
  hashes.forEach((hash, row) => {
    let slot = slotOf(hash) & mask;
    while (rows[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = hash;
    rows[slot] = row;
  });
  const scale = 1 / data.scale;
  return (hash, scores) => {
    let slot = slotOf(hash) & mask;
    for (;;) {
      const row = rows[slot];
      if (row === -1) return;
      if (keys[slot] === hash) {
        const offset = row * width;
        for (let label = 0; label < width; label++) scores[label] += weights[offset + label] * scale;
        return;
      }
      slot = (slot + 1) & mask;
    }
  };
}

let shipped: { firstPass: WeightLookup; secondPass: WeightLookup } | undefined;

/** The shipped models (first pass on the text, second pass with document features), read once. */
export function shippedModels(): { firstPass: WeightLookup; secondPass: WeightLookup } {
  shipped ??= { firstPass: modelWeights(firstPassModel as ModelData), secondPass: modelWeights(secondPassModel as ModelData) };
  return shipped;
}

/** Both passes over one document's features: label indexes per token. */
export function tagDocument(views: readonly TokenView[], featuresAt: (index: number) => readonly number[], firstPass: WeightLookup, secondPass: WeightLookup): number[] {
  const fromList = (index: number, out: Int32Array) => {
    const list = featuresAt(index);
    out.set(list);
    return list.length;
  };
  return tagDocumentWritten(views, fromList, firstPass, secondPass);
}

/** tagDocument() over written features (DocumentFeatures.writeFeatures). */
export function tagDocumentWritten(views: readonly TokenView[], writeFeatures: FeatureWriter, firstPass: WeightLookup, secondPass: WeightLookup): number[] {
  // Features are computed again in the second pass rather than kept: holding hundreds of thousands of small arrays
  // between the passes cost more in garbage collection than computing them twice.
  const firstTags = Uint8Array.from(decodeWritten(views, writeFeatures, firstPass));
  return decodeWritten(views, writeFeatures, secondPass, secondPassFeatureWriter(views, firstTags));
}
