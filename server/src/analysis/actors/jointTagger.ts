// The shipped two-pass tagger decoded with both passes' weights in one table. Both passes read the same static
// features of a token; here they are hashed and looked up once, and each pass's share of the scores is kept per
// token (nine integers per pass), so the second pass adds only its document features and the tag features. The
// features that depend on the word alone (word, affixes, shape, cluster) are summed once per distinct word.
// Same features and the same weights as tagDocumentWritten() with the shipped models, summed as the stored
// integers: one model's scale is the same for every label, so the best label of the integer sums is the best label
// of the scaled sums, and the order of the sums no longer matters. Only an exact tie between two labels can come
// out differently from the float sums (which broke it by rounding): it now goes to the label listed first.
import {
  type AggregatedContext,
  type Chunk,
  elsewhereTypes,
  featureFrom,
  type Elsewhere,
  MAX_FEATURES,
  NEIGHBOUR_AFTER,
  NEIGHBOUR_BEFORE,
  tallyWord,
  type DocumentFeatures,
  type TokenView,
} from './features';
import firstPassModel from './model-pass1.json';
import secondPassModel from './model-pass2.json';
import { intSlabs } from './intSlab';
import { inName, secondPassDocument, type SecondPassDocument } from './secondPassFeatures';
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
 * Both models' weights of a feature, found from its hash: an open-addressing index of small entries in front of
 * dense records. A record holds the hash and its row side by side (40 bytes: one int32, then 18 int16: the first
 * model's nine weights, then the second's; zeros where a model lacks the feature), one record per feature the models
 * know, so the rows fill 2.3 MB instead of a half-empty 5.2 MB table of slots. An index entry is the record's number
 * and 15 bits of the hash: a lookup probes the index (512 KB) and reads one record, and a feature no model knows
 * (about one lookup in six) ends its probe in the index.
 */
export class JointWeights {
  /** Index slots: 0 for an unused one, else fingerprintOf(hash) << RECORD_BITS | (record number + 1). */
  private readonly index: Int32Array;
  /** Records of RECORD_INTS int32: the feature hash, then the row of 2 × WIDTH int16. */
  private readonly hashes: Int32Array;
  /** The same memory as int16: record r's row starts at r × RECORD_SHORTS + 2. */
  private readonly weights: Int16Array;
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
    if (distinct >= RECORD_MASK) throw new Error("the models have more features than the tagger's index holds");
    // At most half full: a feature no model knows ends its probe at an unused slot soon.
    let capacity = 1;
    while (capacity < distinct * 2) capacity *= 2;
    this.mask = capacity - 1;
    const index = new Int32Array(capacity);
    const buffer = new ArrayBuffer(distinct * RECORD_INTS * 4);
    const hashes = new Int32Array(buffer);
    const weights = new Int16Array(buffer);
    let records = 0;
    /** The row offset of a feature, given a record the first time the feature is seen. */
    const rowOf = (hash: number): number => {
      const mixed = slotOf(hash);
      const fingerprint = fingerprintOf(mixed);
      let slot = mixed & this.mask;
      for (let entry = index[slot]; entry !== 0; slot = (slot + 1) & this.mask, entry = index[slot]) {
        const record = (entry & RECORD_MASK) - 1;
        if (entry >>> RECORD_BITS === fingerprint && hashes[record * RECORD_INTS] === hash) return record * RECORD_SHORTS + 2;
      }
      const record = records++;
      index[slot] = (fingerprint << RECORD_BITS) | (record + 1);
      hashes[record * RECORD_INTS] = hash;
      return record * RECORD_SHORTS + 2;
    };
    firstHashes.forEach((hash, at) => weights.set(firstWeights.subarray(at * WIDTH, (at + 1) * WIDTH), rowOf(hash)));
    secondHashes.forEach((hash, at) => weights.set(secondWeights.subarray(at * WIDTH, (at + 1) * WIDTH), rowOf(hash) + WIDTH));
    this.index = index;
    this.hashes = hashes;
    this.weights = weights;
  }

  /** The offset of a feature's row in `weights`, or -1 when neither model knows it (an unused slot ends a probe). */
  row(hash: number): number {
    const index = this.index;
    const mixed = slotOf(hash);
    const fingerprint = fingerprintOf(mixed);
    let slot = mixed & this.mask;
    for (;;) {
      const entry = index[slot];
      if (entry === 0) return -1;
      if (entry >>> RECORD_BITS === fingerprint) {
        const record = (entry & RECORD_MASK) - 1;
        if (this.hashes[record * RECORD_INTS] === hash) return record * RECORD_SHORTS + 2;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds one model's weights of a feature found by row() (skipped when -1) to scores[0, WIDTH). */
  addRow(row: number, model: number, scores: Int32Array): void {
    if (row < 0) return;
    const weights = this.weights;
    const from = row + model * WIDTH;
    for (let label = 0; label < WIDTH; label++) scores[label] += weights[from + label];
  }

  /** Adds one model's weights of a feature (`model`: 0 the first, 1 the second) to scores[0, WIDTH). */
  add(hash: number, model: number, scores: Int32Array): void {
    const row = this.row(hash);
    if (row < 0) return;
    const weights = this.weights;
    const from = row + model * WIDTH;
    for (let label = 0; label < WIDTH; label++) scores[label] += weights[from + label];
  }

  /**
   * add() of the first `count` features of `features`: their rows are all found first, then added. The probes of
   * different features do not depend on one another, so the processor has several of their memory reads under way
   * at once (one add() after another waited for each read: the tagger is bound by these reads). The sums are the
   * same integers in another order.
   */
  addAll(features: Int32Array, count: number, model: number, scores: Int32Array): void {
    const rows = ROWS;
    for (let at = 0; at < count; at++) rows[at] = this.row(features[at]);
    const weights = this.weights;
    for (let at = 0; at < count; at++) {
      const row = rows[at];
      if (row < 0) continue;
      const from = row + model * WIDTH;
      for (let label = 0; label < WIDTH; label++) scores[label] += weights[from + label];
    }
  }

  /** addBoth() of the first `count` features of `features`, their rows found first (see addAll). */
  addAllBoth(features: Int32Array, count: number, first: Int32Array, firstOffset: number, second: Int32Array, secondOffset: number): void {
    const rows = ROWS;
    for (let at = 0; at < count; at++) rows[at] = this.row(features[at]);
    const weights = this.weights;
    for (let at = 0; at < count; at++) {
      const row = rows[at];
      if (row < 0) continue;
      for (let label = 0; label < WIDTH; label++) first[firstOffset + label] += weights[row + label];
      for (let label = 0; label < WIDTH; label++) second[secondOffset + label] += weights[row + WIDTH + label];
    }
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

/** A record in int32: the hash, then 2 × WIDTH int16 (18 int16 fill 9 int32: WIDTH of them). */
const RECORD_INTS = 1 + WIDTH;
const RECORD_SHORTS = RECORD_INTS * 2;
/** An index entry: the record number + 1 in its low RECORD_BITS bits, a fingerprint of the hash above them. */
const RECORD_BITS = 17;
const RECORD_MASK = (1 << RECORD_BITS) - 1;

/** 15 bits of the mixed hash that a slot of up to 2^17 (its low bits) does not use. */
function fingerprintOf(mixed: number): number {
  return mixed >>> RECORD_BITS;
}

function slotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 0;
}

/** The rows addAll() and addAllBoth() found (the tagger is synchronous: one scratch serves every call). */
const ROWS = new Int32Array(MAX_FEATURES);

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

/**
 * Both models' sums of the weights of what a view gives a token's scores, kept on the view (views of the same
 * written word are one object, shared by documents): the view's word features, for a token of it (WORD_SUMS); the
 * features it gives the token after it (GIVEN_BEFORE: "l-1=…", "s-1=…" and its clusters) and the token before it
 * (GIVEN_AFTER). Each part 2 × WIDTH integers, filled when first needed (`filled`: a bit per part). A token's static
 * scores are then its word part, its neighbours' given parts and its own context features: the same integer sums in
 * another order.
 */
export class ViewSums {
  filled = 0;
  /**
   * The list and register the OWN_LISTS part was summed for (see DocumentFeatures.ownLists), and whether with the
   * features of a run of one token (the token's own run: writeOwnListFeatures).
   */
  listsOf: readonly string[] | undefined = undefined;
  registerOf: string | undefined = undefined;
  singleRunOf = false;
  /**
   * The rows (JointWeights.row) of the view's tag features "previous tag + word" and "previous tag + shape", per
   * previous tag (TAG_ROWS slots each, from sums[TAG_ROWS_FROM]): row + 2, 0 while not looked up. The decoder reads
   * them for every token it scores, in both passes: hashed and probed once per view instead of each time.
   */
  constructor(
    /** The table the sums are of. */
    readonly weights: JointWeights,
    readonly sums: Int32Array,
  ) {}
}
const WORD_SUMS = 0;
const GIVEN_BEFORE = 1;
const GIVEN_AFTER = 2;
/** The features of a token's own gazetteer list and the register (features.ts OWN_LISTS), for listsOf and registerOf. */
const OWN_LISTS = 3;
const PARTS = 4;
const PART_INTS = 2 * WIDTH;
/** Previous tags the decoder tells apart: none (0) or a label (label + 1). */
const TAG_ROWS = WIDTH + 1;
const TAG_ROWS_FROM = PARTS * PART_INTS;
const VIEW_SUMS_INTS = TAG_ROWS_FROM + 2 * TAG_ROWS;

/** Zeroed room for views' sums, cut from slabs of their own (intSlab.ts): views outlive the document that made them. */
const slabInts = intSlabs(2048 * VIEW_SUMS_INTS);

/** Zeroed room for one view's sums. */
function newViewSums(weights: JointWeights): ViewSums {
  return new ViewSums(weights, slabInts(VIEW_SUMS_INTS));
}

/** The sums of `view` for `weights` (views outside any document, the edges', are kept per table). */
function sumsOf(view: TokenView, weights: JointWeights): ViewSums {
  let sums = view.sums;
  if (sums === undefined || sums.weights !== weights) sums = view.sums = newViewSums(weights);
  return sums;
}

/** The rows of the tag features that depend on the previous tags alone, per table. */
interface PreviousTagRows {
  /** Per previous tag (0 none, else label + 1): the row of "previous tag" (-1 when no model knows it). */
  previousRows: Int32Array;
  /** Per previous2 * TAG_ROWS + previous: the row of "tag before the previous + previous tag". */
  previousTwoRows: Int32Array;
  /**
   * Per previous2 * TAG_ROWS + previous, both rows' weights summed, per model: PART_INTS integers each (the first
   * model's WIDTH, then the second's). The decoder adds them at once (two rows read and added per token and pass).
   */
  previousSums: Int32Array;
}

const PREVIOUS_TAG_ROWS = new WeakMap<JointWeights, PreviousTagRows>();

function tagRowsOf(weights: JointWeights): PreviousTagRows {
  let rows = PREVIOUS_TAG_ROWS.get(weights);
  if (rows === undefined) {
    const previousRows = new Int32Array(TAG_ROWS);
    const previousTwoRows = new Int32Array(TAG_ROWS * TAG_ROWS);
    for (let previous = 0; previous < TAG_ROWS; previous++) {
      previousRows[previous] = weights.row(PREVIOUS_HASHES[previous]);
      for (let previous2 = 0; previous2 < TAG_ROWS; previous2++) previousTwoRows[previous2 * TAG_ROWS + previous] = weights.row(PREVIOUS_TWO_HASHES[previous2][previous]);
    }
    const previousSums = new Int32Array(TAG_ROWS * TAG_ROWS * PART_INTS);
    for (let pair = 0; pair < TAG_ROWS * TAG_ROWS; pair++) {
      const previous = pair % TAG_ROWS;
      for (let model = 0; model < 2; model++) {
        const sums = previousSums.subarray(pair * PART_INTS + model * WIDTH, pair * PART_INTS + (model + 1) * WIDTH);
        weights.addRow(previousRows[previous], model, sums);
        weights.addRow(previousTwoRows[pair], model, sums);
      }
    }
    PREVIOUS_TAG_ROWS.set(weights, (rows = { previousRows, previousTwoRows, previousSums }));
  }
  return rows;
}

/** The edges' view: what the start and the end of the document give the tokens next to them. */
const EDGE_VIEWS = new WeakMap<JointWeights, ViewSums>();

function edgeSums(weights: JointWeights): ViewSums {
  let sums = EDGE_VIEWS.get(weights);
  if (sums === undefined) EDGE_VIEWS.set(weights, (sums = newViewSums(weights)));
  return sums;
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
  // Three views of one buffer: one allocation per document instead of three (each typed array's own buffer was
  // a hot spot of the profile).
  const buffer = new ArrayBuffer(count * WIDTH * 8 + count);
  return {
    first: new Int32Array(buffer, 0, count * WIDTH),
    second: new Int32Array(buffer, count * WIDTH * 4, count * WIDTH),
    ready: new Uint8Array(buffer, count * WIDTH * 8, count),
  };
}

/**
 * emptyStaticScores() for a tagging nothing keeps afterwards (no edit will carry its scores over: taggerReuse.ts with
 * the caches across analyses off), in one buffer kept for every such document up to SCRATCH_TOKENS tokens. Only
 * `ready` is cleared: a token's scores are written (not added to) before they are read. (A new zeroed buffer per
 * document was a hot spot of fresh analyses.)
 */
export function scratchStaticScores(count: number): StaticScores {
  if (count > SCRATCH_TOKENS) return emptyStaticScores(count);
  if (count > scratchCapacity) {
    scratchCapacity = Math.min(SCRATCH_TOKENS, Math.max(count, 2 * scratchCapacity));
    scratchBuffer = new ArrayBuffer(scratchCapacity * WIDTH * 8 + scratchCapacity);
  }
  const scores = {
    first: new Int32Array(scratchBuffer, 0, count * WIDTH),
    second: new Int32Array(scratchBuffer, scratchCapacity * WIDTH * 4, count * WIDTH),
    ready: new Uint8Array(scratchBuffer, scratchCapacity * WIDTH * 8, count),
  };
  scores.ready.fill(0);
  return scores;
}

/** The largest document scratchStaticScores() serves from its buffer (about 7 MB). */
const SCRATCH_TOKENS = 100_000;
let scratchCapacity = 0;
let scratchBuffer = new ArrayBuffer(0);

/**
 * An earlier tagging of (nearly) the same document (taggerReuse.ts), for decoding only the tokens whose tags may
 * differ. Greedy decoding reads a token's static scores, its view, the two tags before it and (second pass) its
 * document features: where all of these are those of the same token in the earlier tagging, so is its tag.
 */
export interface PreviousTagging extends JointTagging {
  /** Per token, the same token's index in the earlier document when its static scores were carried over, else -1. */
  oldIndex: Int32Array;
  /** Per token, the same token's index in the earlier document (-1 for a token the edit made). */
  counterpart: Int32Array;
  /** The earlier document's tokens the edit replaced: [editedFrom, editedTo). */
  editedFrom: number;
  editedTo: number;
  views: readonly TokenView[];
}

/** What the tagger reads of a document's static features (features.ts). */
export type TaggerFeatures = Pick<
  DocumentFeatures,
  | 'views'
  | 'writeWordFeatures'
  | 'writeOwnContextFeatures'
  | 'writeNeighbourFeatures'
  | 'aggregatedContext'
  | 'writeAggregatedFeatures'
  | 'ownLists'
  | 'writeOwnListFeatures'
  | 'chunkOf'
  | 'writeChunkFeatures'
  | 'register'
>;

/** Both passes' tags (label indexes), with what the second pass read of the whole document. */
export interface JointTagging {
  firstTags: Uint8Array;
  tags: Uint8Array;
  secondPass: SecondPassDocument;
  /** Tokens decoded (scored) by each pass; the others were skipped or had their earlier tag. */
  decoded: [number, number];
  /** Per pass, per token: 1 where the tag is the earlier tagging's (PreviousTagging), for the tests' checks. */
  reused?: [Uint8Array, Uint8Array];
}

/**
 * Both passes over one document (as tagDocumentWritten): label indexes per token. `scores`: static scores to start
 * from (those ready are used as they are), filled in as tokens are scored.
 */
export function tagDocumentJointly(features: TaggerFeatures, weights: JointWeights, scores: StaticScores = emptyStaticScores(features.views.length)): Uint8Array {
  return tagJointly(features, weights, scores).tags;
}

/** tagDocumentJointly() with both passes' tags, from an earlier tagging when there is one (PreviousTagging). */
export function tagJointly(
  features: TaggerFeatures,
  weights: JointWeights,
  scores: StaticScores = emptyStaticScores(features.views.length),
  previous?: PreviousTagging,
): JointTagging {
  const { views } = features;
  const count = views.length;
  const decoder = new JointDecoder(features, weights, scores);
  const { firstStatic, secondStatic } = decoder;
  // (both passes' flags in one buffer: a large typed array is an allocation outside the heap, and each such one cost)
  const reusedBoth = previous && new Uint8Array(2 * count);
  const reused: [Uint8Array, Uint8Array] | undefined = reusedBoth && [reusedBoth.subarray(0, count), reusedBoth.subarray(count)];
  const sameView = previous && sameViews(views, previous);
  const firstTags =
    previous && sameView ? decoder.decodePassReusing(firstStatic, 0, undefined, sameView, previous.firstTags, previous.oldIndex, reused![0]) : decoder.decodePass(firstStatic, 0);
  const changes = previous && changedTokens(views, firstTags, previous, reused![0]);
  // (the second pass's features read the first pass's tags as they are, a byte per token: no label string per token)
  const secondPass = secondPassDocument(
    views,
    firstTags,
    previous && { tally: previous.secondPass.tally, views: previous.views, firstTags: previous.firstTags, editedFrom: previous.editedFrom, editedTo: previous.editedTo },
  );
  const sameDocumentFeatures = previous && changes && sameSecondPassFeatures(views, secondPass, previous, changes);
  const tags =
    previous && sameDocumentFeatures
      ? decoder.decodePassReusing(secondStatic, 1, secondPass.write, sameDocumentFeatures, previous.tags, previous.oldIndex, reused![1])
      : decoder.decodePass(secondStatic, 1, secondPass.write);
  // (`reused` always present, undefined without an earlier tagging: one hidden class for every tagging, and for the
  // PreviousTagging made from it, which the decoder reads)
  return { firstTags, tags, secondPass, decoded: decoder.decoded, reused };
}

/**
 * Both passes' greedy decoding of one document (tagJointly), with what it keeps while decoding. A class rather than
 * functions written inside tagJointly: such closures are new on every call, and their optimized code lives only as
 * long as one of them does, so after each full collection V8 compiled them again, edit after edit (issue 15,
 * bench/probes/recompile-probe.ts). The methods here are made once, and their optimized code stays.
 */
class JointDecoder {
  readonly views: readonly TokenView[];
  readonly count: number;
  readonly firstStatic: Int32Array;
  readonly secondStatic: Int32Array;
  /** Per token, 1 once its static scores are read (they are read when a pass first scores the token: most plain words are never scored). */
  readonly ready: Uint8Array;
  /** Both models' sums of the features each longer run of capitalized words gives all its tokens alike. */
  readonly chunkSums = new Map<Chunk, Int32Array>();
  /** Both models' sums of each aggregated context's features (one context per name of the document, read by each token of the name). */
  readonly aggregatedSums = new Map<AggregatedContext, Int32Array>();
  readonly previousSums: Int32Array;
  /** Tokens decoded (scored) by each pass (JointTagging.decoded). */
  readonly decoded: [number, number] = [0, 0];

  constructor(
    readonly features: TaggerFeatures,
    readonly weights: JointWeights,
    scores: StaticScores,
  ) {
    this.views = features.views;
    this.count = features.views.length;
    this.firstStatic = scores.first;
    this.secondStatic = scores.second;
    this.ready = scores.ready;
    this.previousSums = tagRowsOf(weights).previousSums;
  }

  /** The sums of part `part` of token `index`'s view (the edges' past either end), filled when first asked. */
  partOf(index: number, part: number): Int32Array {
    const { weights, features } = this;
    const buffer = FEATURE_BUFFER;
    const viewSums = index < 0 || index >= this.count ? edgeSums(weights) : sumsOf(this.views[index], weights);
    const sums = viewSums.sums;
    const bit = 1 << part;
    if ((viewSums.filled & bit) === 0) {
      viewSums.filled |= bit;
      const written =
        part === WORD_SUMS ? features.writeWordFeatures(index, buffer) : features.writeNeighbourFeatures(index, part === GIVEN_BEFORE ? NEIGHBOUR_BEFORE : NEIGHBOUR_AFTER, buffer);
      const from = part * PART_INTS;
      weights.addAllBoth(buffer, written, sums, from, sums, from + WIDTH);
    }
    return sums;
  }

  /** Token `index`'s static scores, both models', into firstStatic and secondStatic. */
  readStatic(index: number): void {
    const { weights, features, firstStatic, secondStatic } = this;
    const buffer = FEATURE_BUFFER;
    this.ready[index] = 1;
    const offset = index * WIDTH;
    const own = this.partOf(index, WORD_SUMS);
    const before = this.partOf(index - 1, GIVEN_BEFORE);
    const after = this.partOf(index + 1, GIVEN_AFTER);
    const beforeFrom = GIVEN_BEFORE * PART_INTS;
    const afterFrom = GIVEN_AFTER * PART_INTS;
    for (let label = 0; label < WIDTH; label++) {
      firstStatic[offset + label] = own[label] + before[beforeFrom + label] + after[afterFrom + label];
      secondStatic[offset + label] = own[WIDTH + label] + before[beforeFrom + WIDTH + label] + after[afterFrom + WIDTH + label];
    }
    const context = features.aggregatedContext(index);
    if (context !== undefined) {
      let sums = this.aggregatedSums.get(context);
      if (sums === undefined) {
        sums = slabInts(PART_INTS);
        const written = features.writeAggregatedFeatures(context, buffer);
        weights.addAllBoth(buffer, written, sums, 0, sums, WIDTH);
        this.aggregatedSums.set(context, sums);
      }
      for (let label = 0; label < WIDTH; label++) {
        firstStatic[offset + label] += sums[label];
        secondStatic[offset + label] += sums[WIDTH + label];
      }
    }
    const written = features.writeOwnContextFeatures(index, buffer);
    weights.addAllBoth(buffer, written, firstStatic, offset, secondStatic, offset);
    // The run's part, once per longer run.
    const chunk = features.chunkOf(index);
    const singleRun = chunk !== undefined && chunk.first === chunk.last;
    if (chunk !== undefined && !singleRun) {
      let sums = this.chunkSums.get(chunk);
      if (sums === undefined) {
        sums = slabInts(PART_INTS);
        weights.addAllBoth(buffer, features.writeChunkFeatures(index, buffer), sums, 0, sums, WIDTH);
        this.chunkSums.set(chunk, sums);
      }
      for (let label = 0; label < WIDTH; label++) {
        firstStatic[offset + label] += sums[label];
        secondStatic[offset + label] += sums[WIDTH + label];
      }
    }
    // The own list's and the register's part (with a run of one token's), summed again only when the view meets
    // another list, register or kind of run.
    const lists = features.ownLists(index);
    const register = features.register;
    const viewSums = sumsOf(this.views[index], weights);
    const sums = viewSums.sums;
    const listsFrom = OWN_LISTS * PART_INTS;
    if (viewSums.listsOf !== lists || viewSums.registerOf !== register || viewSums.singleRunOf !== singleRun) {
      viewSums.listsOf = lists;
      viewSums.registerOf = register;
      viewSums.singleRunOf = singleRun;
      sums.fill(0, listsFrom, listsFrom + PART_INTS);
      weights.addAllBoth(buffer, features.writeOwnListFeatures(index, buffer), sums, listsFrom, sums, listsFrom + WIDTH);
    }
    for (let label = 0; label < WIDTH; label++) {
      firstStatic[offset + label] += sums[listsFrom + label];
      secondStatic[offset + label] += sums[listsFrom + WIDTH + label];
    }
  }

  /**
   * The tag of token `index` given the two tags before it (undefined / -1 at the start), by `model`'s scores (0 for
   * the first pass, 1 for the second; one method called directly: no closure per pass).
   */
  decodeToken(index: number, previousTag: number | undefined, previous2Tag: number, staticScores: Int32Array, model: number, writeExtra?: FeatureWriter): number {
    const { weights, views } = this;
    if (skipped(views[index], previousTag)) return 0;
    this.decoded[model]++;
    if (!this.ready[index]) this.readStatic(index);
    const buffer = FEATURE_BUFFER;
    const labelScores = LABEL_SCORES;
    const offset = index * WIDTH;
    const previous = previousTag === undefined ? 0 : previousTag + 1;
    const previous2 = previous2Tag + 1;
    // The static scores and the two features of the previous tags alone (summed per pair of tags: previousSums).
    const previousSums = this.previousSums;
    const pairFrom = (previous2 * TAG_ROWS + previous) * PART_INTS + model * WIDTH;
    for (let label = 0; label < WIDTH; label++) labelScores[label] = staticScores[offset + label] + previousSums[pairFrom + label];
    // The document features (second pass), looked up together (JointWeights.addAll).
    const written = writeExtra ? writeExtra(index, buffer) : 0;
    if (written > 0) weights.addAll(buffer, written, model, labelScores);
    const view = views[index];
    const viewRows = sumsOf(view, weights).sums;
    let wordRow = viewRows[TAG_ROWS_FROM + previous];
    if (wordRow === 0) wordRow = viewRows[TAG_ROWS_FROM + previous] = weights.row(featureFrom(PREVIOUS_WORD_PREFIXES[previous], view.lower)) + 2;
    weights.addRow(wordRow - 2, model, labelScores);
    let shapeRow = viewRows[TAG_ROWS_FROM + TAG_ROWS + previous];
    if (shapeRow === 0) shapeRow = viewRows[TAG_ROWS_FROM + TAG_ROWS + previous] = weights.row(featureFrom(PREVIOUS_SHAPE_PREFIXES[previous], view.shape)) + 2;
    weights.addRow(shapeRow - 2, model, labelScores);
    const allowedNow = ALLOWED[previous];
    let best = 0;
    for (let label = 1; label < WIDTH; label++) if (allowedNow[label] && labelScores[label] > labelScores[best]) best = label;
    return best;
  }

  /** One pass's tags, every token decoded. */
  decodePass(staticScores: Int32Array, model: number, writeExtra?: FeatureWriter): Uint8Array {
    const count = this.count;
    // (a label index per token in a byte: LABELS has nine)
    const tags = new Uint8Array(count);
    for (let index = 0; index < count; index++)
      tags[index] = this.decodeToken(index, index > 0 ? tags[index - 1] : undefined, index > 1 ? tags[index - 2] : -1, staticScores, model, writeExtra);
    return tags;
  }

  /**
   * decodePass() from an earlier tagging, a method of its own so that the plain one's optimized code never meets an
   * earlier tagging (it was compiled again each time one came). `same[index]`: 1 when token `index` reads what its
   * counterpart in the earlier tagging (oldIndex) read, its static scores and the tags before it aside (checked here),
   * so that its tag is the earlier one.
   */
  decodePassReusing(
    staticScores: Int32Array,
    model: number,
    writeExtra: FeatureWriter | undefined,
    same: Uint8Array,
    oldTags: Readonly<Uint8Array>,
    oldIndex: Int32Array,
    reusedNow: Uint8Array,
  ): Uint8Array {
    const count = this.count;
    const tags = new Uint8Array(count);
    for (let index = 0; index < count; index++) {
      if (same[index]) {
        const old = oldIndex[index];
        if ((index > 0 ? tags[index - 1] + 1 : 0) === (old > 0 ? oldTags[old - 1] + 1 : 0) && (index > 1 ? tags[index - 2] + 1 : 0) === (old > 1 ? oldTags[old - 2] + 1 : 0)) {
          // The tokens after it that read the same, and follow one another in the earlier tagging too, come to the
          // same tags before them: they take their earlier tags without comparing, copied as one stretch.
          let end = index + 1;
          while (end < count && same[end] && oldIndex[end] === old + (end - index)) end++;
          tags.set(oldTags.subarray(old, old + (end - index)), index);
          reusedNow.fill(1, index, end);
          index = end - 1;
          continue;
        }
      }
      tags[index] = this.decodeToken(index, index > 0 ? tags[index - 1] : undefined, index > 1 ? tags[index - 2] : -1, staticScores, model, writeExtra);
    }
    return tags;
  }
}

/**
 * Per-token flags of one tagging from an earlier one that none keeps past tagJointly (sameViews, changedTokens,
 * sameSecondPassFeatures), zeroed, cut from one buffer kept across taggings: each large typed array made per edit
 * was an allocation outside the heap, and cost more than clearing. A document over SCRATCH_TOKENS tokens has its own.
 */
function tokenScratch(count: number, part: number): Uint8Array {
  if (count > SCRATCH_TOKENS) return new Uint8Array(count);
  if (tokenScratchBuffer.length < SCRATCH_PARTS * count)
    tokenScratchBuffer = new Uint8Array(SCRATCH_PARTS * Math.min(SCRATCH_TOKENS, Math.max(count, 2 * (tokenScratchBuffer.length / SCRATCH_PARTS))));
  return tokenScratchBuffer.subarray(part * count, (part + 1) * count).fill(0);
}
const SAME_VIEW_SCRATCH = 0;
const UNCHANGED_SCRATCH = 1;
const READS_SAME_SCRATCH = 2;
const SCRATCH_PARTS = 3;
let tokenScratchBuffer = new Uint8Array(0);

/** Whether two readings of a word's other occurrences give the same features (features.ts documentTagFeatureWriter). */
function sameElsewhereTypes(a: Elsewhere, b: Elsewhere): boolean {
  if (a.best || b.best) return a.best === b.best && a.share === b.share;
  return a.others > 0 === b.others > 0;
}

/** Whether two views read the same to the decoder (its tag features and the skipping of plain words). */
function sameReading(view: TokenView, old: TokenView): boolean {
  return view === old || (view.lower === old.lower && view.shape === old.shape && view.plain === old.plain);
}

/** How the tokens of a document differ from those of an earlier tagging of it, for the second pass. */
interface ChangedTokens {
  /** Per token, 1 when it reads as its counterpart and got the same first-pass tag. */
  unchanged: Uint8Array;
  /** The other tokens, in order. */
  changed: number[];
  /** The earlier tagging's tokens no unchanged token is the counterpart of (the edited ones among them), in order. */
  removed: number[];
}

/**
 * `reusedFirst`: per token, 1 where the first pass took the earlier tag (decodePassReusing: the token's view reads as
 * its counterpart's, so it is unchanged without comparing).
 */
function changedTokens(views: readonly TokenView[], firstTags: Readonly<Uint8Array>, previous: PreviousTagging, reusedFirst: Uint8Array): ChangedTokens {
  const count = views.length;
  const { counterpart, firstTags: oldFirst, views: oldViews } = previous;
  const unchanged = tokenScratch(count, UNCHANGED_SCRATCH);
  unchanged.set(reusedFirst);
  const changed: number[] = [];
  const removed: number[] = [];
  for (let index = 0; index < count; index++) {
    if (unchanged[index] === 1) continue;
    const old = counterpart[index];
    if (old >= 0 && firstTags[index] === oldFirst[old] && sameReading(views[index], oldViews[old]) && views[index].shape === oldViews[old].shape) {
      unchanged[index] = 1;
      continue;
    }
    changed.push(index);
    if (old >= 0) removed.push(old);
  }
  for (let old = previous.editedFrom; old < previous.editedTo; old++) removed.push(old);
  removed.sort(byNumber);
  return { unchanged, changed, removed };
}

/** Per token, 1 when its static scores were carried over (PreviousTagging.oldIndex) and its view reads as its counterpart's. */
function sameViews(views: readonly TokenView[], previous: PreviousTagging): Uint8Array {
  const count = views.length;
  const { oldIndex, views: oldViews } = previous;
  const same = tokenScratch(count, SAME_VIEW_SCRATCH);
  for (let index = 0; index < count; index++) {
    const old = oldIndex[index];
    if (old >= 0 && sameReading(views[index], oldViews[old])) same[index] = 1;
  }
  return same;
}

/**
 * Per token, 1 when its static scores were carried over (PreviousTagging.oldIndex) and it gets the second-pass
 * document features its counterpart `old` in the earlier tagging got: the same
 * view and the same first-pass tags on it and either side of it (which also keep its one-word name, a run of
 * capitalized words, the same), the same reading of its word's other occurrences over the document (their types by
 * the first pass) and, for a one-word name, the same type of the longer names around the document that begin or
 * end with it (secondPassFeatures.ts). The last two are document-wide: an edit that changes how the first pass typed
 * a word in one place re-decodes that word's other occurrences everywhere.
 */
function sameSecondPassFeatures(views: readonly TokenView[], document: SecondPassDocument, previous: PreviousTagging, changes: ChangedTokens): Uint8Array {
  const count = views.length;
  const { counterpart, oldIndex, views: oldViews, secondPass: before } = previous;
  const oldCount = oldViews.length;
  const { unchanged, changed, removed } = changes;
  // The words whose tally may differ: those of the changed tokens, in both versions; and (for the longer names) the
  // tokens either side of the earlier version's edited ones, where an edit that only added tokens changed none.
  const changedOld = [...removed];
  if (previous.editedFrom > 0) changedOld.push(previous.editedFrom - 1);
  if (previous.editedTo < oldCount) changedOld.push(previous.editedTo);
  changedOld.sort(byNumber);
  const candidates = new Set<string>();
  for (const index of changed) candidates.add(tallyWord(views[index]));
  for (const old of changedOld) candidates.add(tallyWord(oldViews[old]));
  const changedElsewhere = new Set<string>();
  for (const word of candidates) {
    const now = document.tally.get(word);
    const then = before.tally.get(word);
    if (!now || !then || ALL_TYPES.some((own) => !sameElsewhereTypes(elsewhereTypes(now, own, READ_NOW), elsewhereTypes(then, own, READ_THEN)))) changedElsewhere.add(word);
  }
  // A longer name's type per edge word can change only through a run of capitalized words that is not in both
  // versions alike: one holding a changed token or next to one (an unchanged run with unchanged tokens either side
  // has the same bounds, words and first-pass type in both, and the unchanged runs keep their order). Its words lie
  // in the stretch of name words around the changed token; only those words are compared.
  const edgeCandidates = new Set<string>();
  nameWordsAround(views, changed, edgeCandidates);
  nameWordsAround(oldViews, changedOld, edgeCandidates);
  const changedLonger = new Set<string>();
  for (const word of edgeCandidates) if (document.longerType(word) !== before.longerType(word)) changedLonger.add(word);
  // (the words by their slots in the tally, which numbers each token's word: a look-up per token, no read of its view)
  const changedSlots = changedElsewhere.size > 0 ? document.tally.slotsOf(changedElsewhere) : undefined;
  const readsSame = tokenScratch(count, READS_SAME_SCRATCH);
  markUnchangedTriples(readsSame, oldIndex, unchanged, counterpart, oldCount);
  if (changedSlots !== undefined) document.tally.unmarkWords(readsSame, changedSlots);
  if (changedLonger.size > 0)
    for (let index = 0; index < count; index++) {
      if (readsSame[index] === 0) continue;
      const name = document.oneWordName(index);
      if (name !== undefined && changedLonger.has(name)) readsSame[index] = 0;
    }
  return readsSame;
}

/**
 * Sets `marks` to 1 at each token whose static scores were carried over (`oldIndex` ≥ 0) and which, with the tokens
 * either side of it, is the same unchanged token as its counterpart and theirs (`unchanged`, `counterpart`), a
 * neighbour outside the document having its counterpart outside the earlier one. (A loop of its own, on typed arrays
 * alone: as a closure called three times per token it took over a millisecond per edit of a long article.)
 */
export function markUnchangedTriples(marks: Uint8Array, oldIndex: Int32Array, unchanged: Uint8Array, counterpart: Int32Array, oldCount: number): void {
  const last = marks.length - 1;
  for (let index = 0; index <= last; index++) {
    const old = oldIndex[index];
    if (old < 0 || unchanged[index] !== 1 || counterpart[index] !== old) continue;
    if (index === 0 ? old - 1 >= 0 && old - 1 < oldCount : unchanged[index - 1] !== 1 || counterpart[index - 1] !== old - 1) continue;
    if (index === last ? old + 1 >= 0 && old + 1 < oldCount : unchanged[index + 1] !== 1 || counterpart[index + 1] !== old + 1) continue;
    marks[index] = 1;
  }
}

/**
 * Adds to `words` the words (tallyWord) of the name words (secondPassFeatures.ts inName) in the stretch of them
 * around each token of `indices` and its neighbours: every run of capitalized words holding or touching one of them.
 */
function nameWordsAround(views: readonly TokenView[], indices: readonly number[], words: Set<string>): void {
  let done = -1; // the stretches reach up to here (indices come in order)
  for (const index of indices) {
    let from = Math.max(index - 1, done + 1);
    let to = Math.min(index + 1, views.length - 1);
    if (from > to) continue;
    while (from > 0 && inName(views[from - 1]) && from - 1 > done) from--;
    while (to + 1 < views.length && inName(views[to + 1])) to++;
    for (let at = from; at <= to; at++) if (inName(views[at])) words.add(tallyWord(views[at]));
    done = to;
  }
}

/**
 * A filter of a few words by their length and first letter (32 bits each): a token whose view passes it may have one
 * of the words as its tallyWord, one that does not has none (most of the document's tokens are ruled out without a
 * look-up in the set of words).
 */
export function wordFilter(words: Iterable<string>): Int32Array {
  const filter = new Int32Array(64);
  for (const word of words) filter[word.length & 63] |= 1 << (word.charCodeAt(0) & 31);
  return filter;
}

/** Whether the tallyWord of `view` may be one of the words of `filter` (wordFilter). */
export function mayBeOneOf(view: TokenView, filter: Int32Array): boolean {
  const lower = view.lower;
  const bare = lower.charCodeAt(0) === TILDE ? 1 : 0;
  return (filter[(lower.length - bare) & 63] & (1 << (lower.charCodeAt(bare) & 31))) !== 0;
}

/** Whether `word` may be one of the words of `filter` (wordFilter). */
export function mayBeWord(word: string, filter: Int32Array): boolean {
  return (filter[word.length & 63] & (1 << (word.charCodeAt(0) & 31))) !== 0;
}
const TILDE = 0x7e;

function byNumber(a: number, b: number): number {
  return a - b;
}

// Scratch for comparing two versions' readings of a word.
const READ_NOW: Elsewhere = { best: '', share: '', others: 0 };
const READ_THEN: Elsewhere = { best: '', share: '', others: 0 };

/** The entity types a token's own first-pass type can be. */
export const ALL_TYPES = ['O', ...new Set(LABELS.filter((label) => label !== 'O').map((label) => label.slice(2)))];
