// Tense of the clause around a date expression: news resolves "on Tuesday" to the past Tuesday after "said"
// and to the coming one after "will meet". We read the nearest verbal cue in the same sentence.

export type Tense = 'past' | 'present' | 'future';

const FUTURE_CUES = /^(?:will|shall|'ll|won't|wo|gonna|upcoming|forthcoming|scheduled|planned|plans?|planning|expected|expects?|intends?|aims?|hopes?|would|could|may|might|should|must|slated|tomorrow|prepares?|preparing)$/i;
// Words that point to the future only before "to"/"for": "set to meet", "due to arrive", "going to", "until".
const FUTURE_BEFORE_TO = /^(?:set|due|going|about)$/i;
// Cues that are weaker signals of the future than an auxiliary ("would" in reported speech, modal verbs).
const WEAK_FUTURE = new Set(['could', 'may', 'might', 'should', 'must', 'hopes', 'hope', 'aims', 'aim', 'prepares', 'preparing']);
const PAST_CUES = /^(?:was|were|had|did|been|ago|last|yesterday|earlier|previously|former|formerly|since)$/i;
const PRESENT_CUES = /^(?:is|are|am|says|does|do|has|have|remains|continues|now|currently|today)$/i;
// Irregular past forms frequent in news (regular ones end in -ed).
const IRREGULAR_PAST = new Set([
  'said', 'told', 'met', 'held', 'took', 'made', 'came', 'went', 'saw', 'began', 'gave', 'left', 'won', 'lost', 'got',
  'put', 'ran', 'sent', 'spent', 'sold', 'bought', 'brought', 'built', 'fell', 'rose', 'felt', 'found', 'knew', 'led',
  'paid', 'struck', 'shot', 'hit', 'became', 'thought', 'wrote', 'spoke', 'broke', 'chose', 'drew', 'flew', 'grew',
  'threw', 'wore', 'stood', 'understood', 'kept', 'heard', 'meant', 'stole', 'fought', 'caught', 'taught', 'sought',
  'forecast', 'quit', 'slid', 'sank', 'swore', 'withdrew', 'overtook', 'undertook', 'arose', 'beat', 'bit', 'hid',
]);
// Words in -ed that are not past verbs.
const NOT_PAST_ED = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'indeed', 'hundred', 'united', 'limited', 'based', 'related', 'planned', 'scheduled', 'expected', 'alleged', 'so-called', 'armed', 'advanced', 'combined', 'detailed', 'concerned', 'interested', 'experienced', 'qualified', 'skilled', 'talented']);

// Words after "to" that show it is a preposition, not an infinitive marker.
const NOT_A_VERB = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|all|each|every|no|one|two|three|four|five|six|seven|eight|nine|ten|him|them|us|me|it|date|power|court|office|prison|jail|school|work|war|market|light|death|life|about|around|more|less|be)$/i;
const PARTICIPLE_HOST = /^(?:be|been|being)$/i;

export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|a\.m|p\.m|U\.S|U\.N|U\.K|e\.g|i\.e)|\b[A-Z])$/;

/** Splits a block into sentences (good enough for finding the clause of a date; abbreviations are kept whole). */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const pattern = /[.!?]+["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;
  const slice = text.slice(start, end);
  let from = 0;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const before = slice.slice(Math.max(0, match.index - 6), match.index);
    if (match[0].startsWith('.') && ABBREVIATION.test(before)) continue;
    sentences.push({ start: start + from, end: start + match.index + 1 });
    from = match.index + match[0].length;
  }
  sentences.push({ start: start + from, end });
  return sentences;
}

interface Cue {
  tense: Tense;
  weight: number;
  distance: number;
}

function cueOf(word: string, next: string | undefined): { tense: Tense; weight: number } | undefined {
  const lower = word.toLowerCase();
  if (FUTURE_BEFORE_TO.test(lower)) return next && /^(?:to|for)$/i.test(next) ? { tense: 'future', weight: 1 } : undefined;
  // An infinitive ("agreed to acquire … in January", "plans to double … by August") speaks of what comes after.
  if (lower === 'to') return next && /^[a-z]+$/.test(next) && !NOT_A_VERB.test(next) ? { tense: 'future', weight: 0.9 } : undefined;
  if (FUTURE_CUES.test(lower)) return { tense: 'future', weight: WEAK_FUTURE.has(lower) ? 0.5 : 1 };
  if (PAST_CUES.test(lower)) return { tense: 'past', weight: 1 };
  if (IRREGULAR_PAST.has(lower)) return { tense: 'past', weight: 1 };
  if (/^[a-z]{3,}ed$/.test(lower) && !NOT_PAST_ED.has(lower)) return { tense: 'past', weight: 0.8 };
  if (PRESENT_CUES.test(lower)) return { tense: 'present', weight: 0.6 };
  return undefined;
}

/**
 * The tense of the clause holding [start, end) in its sentence: the strongest nearby cue, words before the
 * expression counting a little more than words after it (news puts the verb first: "said on Tuesday").
 */
export function tenseAt(text: string, sentence: SentenceSpan, start: number, end: number, options: { strongOnly?: boolean } = {}): Tense | undefined {
  // A deadline ("until Tuesday", "as soon as Tuesday") lies ahead of the moment spoken of.
  if (/\b(?:until|till|as soon as|as early as)\s+(?:(?:about|around)\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 24), start)) && !/^\s*(?:until|till)\b/i.test(text.slice(sentence.start, start))) return 'future';
  const cues: Cue[] = [];
  const before = text.slice(sentence.start, start).match(/[A-Za-z']+/g) ?? [];
  before.reverse().forEach((word, index) => {
    // A participle after "be" ("could be adopted") takes its tense from the auxiliary, not from "-ed".
    if (PARTICIPLE_HOST.test(before[index + 1] ?? '') && /ed$|en$/.test(word)) return;
    const cue = cueOf(word, before[index - 1]);
    if (cue && word.toLowerCase() === 'to' && index >= 6) return;
    if (cue && options.strongOnly && cue.weight < 1 && cue.tense === 'future') return;
    if (cue && index < 14) cues.push({ ...cue, distance: index + 1 });
  });
  const after = text.slice(end, sentence.end).match(/[A-Za-z']+/g) ?? [];
  after.forEach((word, index) => {
    if (PARTICIPLE_HOST.test(after[index - 1] ?? '') && /ed$|en$/.test(word)) return;
    // an infinitive after the expression governs the words after it, not the date
    const cue = word.toLowerCase() === 'to' ? undefined : cueOf(word, after[index + 1]);
    if (cue && options.strongOnly && cue.weight < 1 && cue.tense === 'future') return;
    if (cue && index < 10) cues.push({ ...cue, distance: index + 1.5 });
  });
  if (cues.length === 0) return undefined;
  const beforeCues = cues.filter((cue) => Number.isInteger(cue.distance));
  let best: Cue | undefined;
  let bestScore = 0;
  for (const cue of cues) {
    const score = cue.weight / cue.distance;
    if (score > bestScore) {
      best = cue;
      bestScore = score;
    }
  }
  if (best && best.tense === 'future' && Number.isInteger(best.distance)) {
    const pastAuxiliary = beforeCues.find((cue) => cue.tense === 'past' && cue.distance > best!.distance && cue.distance <= best!.distance + 3 && /^(?:was|were|had)$/i.test(before[cue.distance - 1]));
    if (pastAuxiliary) return 'past';
  }
  return best?.tense;
}
