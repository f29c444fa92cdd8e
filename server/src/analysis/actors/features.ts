// Context features of each token for the name tagger. Shared by the training script and the analyzer, so the
// model sees the same features in both. Static features depend only on the text; the tagger adds the
// previous tags itself while decoding.
import type { Token } from '../tokens';
import type { Gazetteer } from './gazetteer';

/** "Vladimir" → "Xx", "U.S." → "X.X.", "G20" → "Xd", "1996-08-30" → "d-d-d": character classes, runs collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  for (const char of word) {
    const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (!shape.endsWith(kind)) shape += kind;
  }
  return shape.length > 6 ? shape.slice(0, 6) : shape;
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Lines whose words are all capitalized (CoNLL's all-caps headlines, news Title Case headlines) say nothing with
 * their capitals; the tagger then reads each word in the casing the rest of the document gives it.
 */
export function headlineLines(tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let lineFirst = 0;
  const close = (end: number) => {
    const words = tokens.slice(lineFirst, end).filter((token) => /\p{L}{2,}/u.test(token.norm));
    const longWords = words.filter((token) => token.norm.length > 3);
    if (words.length >= 2) {
      const allCaps = words.every((token) => !/\p{Ll}/u.test(token.norm));
      const titleCase = longWords.length >= 3 && longWords.every((token) => isCapitalized(token.norm));
      if (allCaps || titleCase) flags.fill(true, lineFirst, end);
    }
  };
  tokens.forEach((token, index) => {
    if (token.lineStart && index > lineFirst) {
      close(index);
      lineFirst = index;
    }
  });
  close(tokens.length);
  return flags;
}

/** The casing a word has in the running text of the document, where its capital letters mean something. */
function documentCasing(tokens: readonly Token[], headline: readonly boolean[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  tokens.forEach((token, index) => {
    if (headline[index] || token.sentenceStart || !/\p{L}/u.test(token.norm)) return;
    const lower = token.norm.toLowerCase();
    let forms = counts.get(lower);
    if (!forms) counts.set(lower, (forms = new Map()));
    forms.set(token.norm, (forms.get(token.norm) ?? 0) + 1);
  });
  const casing = new Map<string, string>();
  for (const [lower, forms] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [form, count] of forms) if (count > bestCount) [best, bestCount] = [form, count];
    casing.set(lower, best);
  }
  return casing;
}

export interface TokenView {
  /** The word as the tagger reads it (recased in headlines). */
  form: string;
  lower: string;
  shape: string;
}

// Lower-case words that may join the capitalized words of one name ("Bank of England", "Procter & Gamble").
const NAME_JOINERS = new Set(['of', '&', 'and', 'for', 'de', 'der', 'la', 'du', 'von', 'van', 'del', 'di', 'dello', 'della']);

/** For each capitalized token, the run of capitalized words (with joiners) it belongs to. */
function capitalizedChunks(views: readonly TokenView[]): ({ first: number; last: number } | undefined)[] {
  const chunks: ({ first: number; last: number } | undefined)[] = views.map(() => undefined);
  const capital = (index: number) => views[index] !== undefined && /^~?\p{Lu}/u.test(views[index].form);
  let index = 0;
  while (index < views.length) {
    if (!capital(index)) {
      index++;
      continue;
    }
    const first = index;
    let last = index;
    let cursor = index + 1;
    for (;;) {
      if (capital(cursor)) last = cursor++;
      else if (views[cursor] && NAME_JOINERS.has(views[cursor].lower) && capital(cursor + 1)) cursor++;
      else break;
    }
    const chunk = { first, last };
    for (let inside = first; inside <= last; inside++) if (capital(inside)) chunks[inside] = chunk;
    index = last + 1;
  }
  return chunks;
}

/** Tokens of lines that are mostly numbers: results tables, scores, market figures. */
function numericLines(tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let lineFirst = 0;
  const close = (end: number) => {
    const line = tokens.slice(lineFirst, end);
    const numbers = line.filter((token) => /\d/.test(token.norm)).length;
    if (numbers >= 2 && numbers * 3 >= line.length) flags.fill(true, lineFirst, end);
  };
  tokens.forEach((token, index) => {
    if (token.lineStart && index > lineFirst) {
      close(index);
      lineFirst = index;
    }
  });
  close(tokens.length);
  return flags;
}

export interface DocumentFeatures {
  views: TokenView[];
  /** Static features of each token. */
  features: string[][];
}

/** Static features of every token of one document. */
export function documentFeatures(tokens: readonly Token[], names: Gazetteer): DocumentFeatures {
  const headline = headlineLines(tokens);
  const casing = documentCasing(tokens, headline);
  const gazetteerTags = names.tagTokens(tokens);
  const views: TokenView[] = tokens.map((token, index) => {
    const lower = token.norm.toLowerCase();
    let form = token.norm;
    if (headline[index] && /\p{L}/u.test(form)) form = casing.get(lower) ?? (form.length > 1 && !/\./.test(form) ? `~${lower}` : form);
    return { form, lower, shape: wordShape(form.startsWith('~') ? form.slice(1) : form) };
  });
  const at = (index: number): TokenView | undefined => views[index];
  const chunks = capitalizedChunks(views);
  const lineNumbers = numericLines(tokens);
  const features = tokens.map((token, index) => {
    const view = views[index];
    const { form, lower, shape } = view;
    const features = ['b', `w=${form}`, `l=${lower}`, `s=${shape}`];
    const bare = lower.replace(/^~/, '');
    for (let length = 1; length <= 3; length++) if (bare.length > length) features.push(`p${length}=${bare.slice(0, length)}`);
    for (let length = 1; length <= 4; length++) if (bare.length > length) features.push(`x${length}=${bare.slice(-length)}`);
    if (headline[index]) features.push('hl', `hl|s=${shape}`);
    if (form.startsWith('~')) features.push('unk-case');
    if (token.sentenceStart) features.push('st', `st|s=${shape}`);
    if (isCapitalized(form)) {
      const seenLower = casing.get(lower) === lower;
      if (seenLower) features.push('seen-lower');
      if (token.sentenceStart && casing.get(lower) === form) features.push('st|seen-cap');
    }
    const previous = at(index - 1);
    const next = at(index + 1);
    const previous2 = at(index - 2);
    const next2 = at(index + 2);
    features.push(
      `l-1=${previous?.lower ?? '<s>'}`,
      `l+1=${next?.lower ?? '</s>'}`,
      `l-2=${previous2?.lower ?? '<s>'}`,
      `l+2=${next2?.lower ?? '</s>'}`,
      `s-1=${previous?.shape ?? '<s>'}`,
      `s+1=${next?.shape ?? '</s>'}`,
      `l-1|l=${previous?.lower ?? '<s>'}|${lower}`,
      `l|l+1=${lower}|${next?.lower ?? '</s>'}`,
      `s-1|s|s+1=${previous?.shape ?? '<s>'}|${shape}|${next?.shape ?? '</s>'}`,
    );
    const chunk = chunks[index];
    if (chunk) {
      const position = chunk.first === chunk.last ? 'U' : index === chunk.first ? 'B' : index === chunk.last ? 'L' : 'I';
      const last = views[chunk.last].lower;
      features.push(`c=${position}`, `cl=${last}`, `cl|c=${last}|${position}`, `cf=${views[chunk.first].lower}`, `clen=${Math.min(chunk.last - chunk.first + 1, 5)}`);
    }
    if (lineNumbers[index]) features.push('numline', `numline|s=${shape}`, `numline|s-1|s+1=${previous?.shape ?? '<s>'}|${next?.shape ?? '</s>'}`);
    for (const tag of gazetteerTags[index]) features.push(`g=${tag}`, `g=${tag}|s=${shape}`);
    for (const tag of gazetteerTags[index - 1] ?? []) features.push(`g-1=${tag}`);
    for (const tag of gazetteerTags[index + 1] ?? []) features.push(`g+1=${tag}`);
    return features;
  });
  return { views, features };
}

/**
 * Document features for the second tagging pass: how the first pass tagged the other occurrences of the same
 * word in the document ("Airbus" tagged an organization in one sentence is likely one in the headline too).
 */
export function documentTagFeatures(views: readonly TokenView[], firstPass: readonly string[]): string[][] {
  const typesByWord = new Map<string, Map<string, number>>();
  views.forEach((view, index) => {
    const type = firstPass[index] === 'O' ? 'O' : firstPass[index].slice(2);
    const word = view.lower.replace(/^~/, '');
    let types = typesByWord.get(word);
    if (!types) typesByWord.set(word, (types = new Map()));
    types.set(type, (types.get(type) ?? 0) + 1);
  });
  return views.map((view, index) => {
    const own = firstPass[index];
    const before = firstPass[index - 1] ?? '<s>';
    const after = firstPass[index + 1] ?? '</s>';
    const features = [`p1=${own}`, `p1|s=${own}|${view.shape}`, `p1-1=${before}`, `p1+1=${after}`, `p1|p1+1=${own}|${after}`];
    if (!/\p{L}/u.test(view.lower)) return features;
    const ownType = own === 'O' ? 'O' : own.slice(2);
    const types = typesByWord.get(view.lower.replace(/^~/, ''))!;
    let best = '';
    let bestCount = 0;
    let others = 0;
    for (const [type, count] of types) {
      const elsewhere = type === ownType ? count - 1 : count;
      others += elsewhere;
      if (type !== 'O' && elsewhere > bestCount) [best, bestCount] = [type, elsewhere];
    }
    if (best) features.push(`d=${best}`, `d=${best}|p1=${ownType}`, `d=${best}|${bestCount * 2 >= others ? 'most' : 'some'}`);
    else if (others > 0) features.push('d=O');
    return features;
  });
}
