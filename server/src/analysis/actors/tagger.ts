// The name tagger: an averaged perceptron over BIO labels, decoded greedily left to right with the previous
// tags as features, in two passes: the second sees how the first tagged the same words elsewhere in the document.
// Weights are trained by eval/train-actors.ts on annotated news and shipped in model-pass1.json and model-pass2.json
// (pruned, int16-quantized, base64).
import { documentTagFeatures, type TokenView } from './features';
import firstPassModel from './model-pass1.json';
import secondPassModel from './model-pass2.json';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

export interface ModelData {
  labels: string[];
  /** weight = stored int16 / scale */
  scale: number;
  features: string[];
  /** base64 of a little-endian Int16Array, features.length × labels.length */
  weights: string;
}

/** Adds the weights of one feature to the label scores; the trainer and the shipped model each supply one. */
export type WeightLookup = (feature: string, scores: Float64Array) => void;

/** Features that depend on the tags already chosen. */
export function tagFeatures(previous: string, previous2: string, view: TokenView): string[] {
  return [`t-1=${previous}`, `t-2|t-1=${previous2}|${previous}`, `t-1|l=${previous}|${view.lower}`, `t-1|s=${previous}|${view.shape}`];
}

/** I-X may only follow B-X or I-X. */
export function allowed(label: string, previous: string): boolean {
  return !label.startsWith('I-') || previous.slice(2) === label.slice(2) && previous !== 'O';
}

export function decode(features: readonly string[][], views: readonly TokenView[], lookup: WeightLookup): number[] {
  const tags: number[] = [];
  const scores = new Float64Array(LABELS.length);
  for (let index = 0; index < features.length; index++) {
    scores.fill(0);
    for (const feature of features[index]) lookup(feature, scores);
    const previous = index > 0 ? LABELS[tags[index - 1]] : '<s>';
    const previous2 = index > 1 ? LABELS[tags[index - 2]] : '<s>';
    for (const feature of tagFeatures(previous, previous2, views[index])) lookup(feature, scores);
    let best = 0;
    for (let label = 1; label < LABELS.length; label++) {
      if (!allowed(LABELS[label], previous)) continue;
      if (scores[label] > scores[best]) best = label;
    }
    tags.push(best);
  }
  return tags;
}

/** A lookup over a stored model's weights. */
export function modelWeights(data: ModelData): WeightLookup {
  const bytes = Buffer.from(data.weights, 'base64');
  const weights = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const width = data.labels.length;
  const index = new Map<string, number>();
  data.features.forEach((feature, position) => index.set(feature, position * width));
  const scale = data.scale;
  return (feature, scores) => {
    const offset = index.get(feature);
    if (offset === undefined) return;
    for (let label = 0; label < width; label++) scores[label] += weights[offset + label] / scale;
  };
}

let shipped: { firstPass: WeightLookup; secondPass: WeightLookup } | undefined;

/** The shipped models (first pass on the text, second pass with document features), read once. */
export function shippedModels(): { firstPass: WeightLookup; secondPass: WeightLookup } {
  shipped ??= { firstPass: modelWeights(firstPassModel as ModelData), secondPass: modelWeights(secondPassModel as ModelData) };
  return shipped;
}

/** Both passes over one document's features: label indexes per token. */
export function tagDocument(features: readonly string[][], views: readonly TokenView[], firstPass: WeightLookup, secondPass: WeightLookup): number[] {
  const firstTags = decode(features, views, firstPass).map((tag) => LABELS[tag]);
  const documentFeatures = documentTagFeatures(views, firstTags);
  return decode(features.map((own, index) => [...own, ...documentFeatures[index]]), views, secondPass);
}
