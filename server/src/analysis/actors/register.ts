// The register of a document as the name tagger needs it: sports news or not. In sports results, schedules and
// match reports a town's name usually stands for its team ("Leeds beat Chelsea 2-1"), an organization; everywhere
// else it is the place ("plants in Leeds and Lyon"). The tagger reads its gazetteer and word features together with
// the register, so a town named in a business story is not typed by the sports pages it was trained on.
import type { TokenList } from '../tokenList';

// Words that are frequent in sports reports and rare elsewhere in news.
const SPORTS_WORDS = new Set([
  'match',
  'matches',
  'goal',
  'goals',
  'scored',
  'scorer',
  'scorers',
  'league',
  'cup',
  'season',
  'coach',
  'club',
  'clubs',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'innings',
  'inning',
  'homered',
  'homer',
  'pitcher',
  'batting',
  'bowled',
  'wicket',
  'wickets',
  'quarterback',
  'touchdown',
  'halftime',
  'draw',
  'drew',
  'beat',
  'defeated',
  'champion',
  'championship',
  'tournament',
  'seeded',
  'semifinal',
  'quarterfinal',
  'soccer',
  'football',
  'baseball',
  'basketball',
  'cricket',
  'rugby',
  'tennis',
  'golf',
  'hockey',
  'standings',
  'game',
  'games',
  'team',
  'teams',
  'player',
  'players',
  'stadium',
  'qualifier',
  'birdie',
  'lap',
  'olympic',
  'medal',
  'penalty',
  'unbeaten',
]);

/** Share of sports words (per hundred words) from which a document reads as sports news. */
const SPORTS_WORDS_PER_HUNDRED = 1.6;
/** Lines that read as match results ("Leeds 2 Chelsea 1") from which a document reads as sports news. */
const MIN_RESULT_LINES = 2;

export type Register = 'sports' | 'news';

/** Tokens [from, to) are a line of two names, each followed by a small number: a match result. */
function isResultLine(tokens: TokenList, from: number, to: number): boolean {
  let scores = 0;
  let nameBefore = false;
  for (let index = from; index < to; index++) {
    const word = tokens.norm(index);
    if (/^\d{1,3}$/.test(word)) {
      if (nameBefore) scores++;
      nameBefore = false;
    } else if (/^\p{Lu}/u.test(word)) nameBefore = true;
    else if (!/^[-()']$/.test(word) && word !== "'s") return false;
  }
  return scores === 2;
}

/** Whether a document reads as sports news, from its words and its result lines (read once per analysis: findActors). */
export function documentRegister(tokens: TokenList): Register {
  return registerOf([registerTally(tokens)]);
}

/** What decides a document's register, counted over some of its lines: its words, sports words and result lines. */
export interface RegisterTally {
  words: number;
  sportsWords: number;
  resultLines: number;
}

/** The register of a document whose lines are counted in `tallies` (one per paragraph, say). */
export function registerOf(tallies: readonly RegisterTally[]): Register {
  let words = 0;
  let sportsWords = 0;
  let resultLines = 0;
  for (const tally of tallies) {
    words += tally.words;
    sportsWords += tally.sportsWords;
    resultLines += tally.resultLines;
  }
  return resultLines >= MIN_RESULT_LINES || sportsWords * 100 >= words * SPORTS_WORDS_PER_HUNDRED ? 'sports' : 'news';
}

// What registerTally() counts of a word, read once per written word (Word.registerBits).
const COUNTS_AS_WORD = 1;
const SPORTS_WORD = 2;

function registerBits(word: string, normLower: string): number {
  const code = word.charCodeAt(0);
  const asciiLetter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (!asciiLetter && (code < 0x80 || !/^\p{L}/u.test(word))) return 0;
  return COUNTS_AS_WORD | (word.length >= 3 && word.length <= 13 && SPORTS_WORDS.has(normLower) ? SPORTS_WORD : 0);
}

/** The counts of `tokens` (whole lines: the first token starts one). */
export function registerTally(tokens: TokenList): RegisterTally {
  let words = 0;
  let sportsWords = 0;
  let resultLines = 0;
  let lineFirst = 0;
  for (let index = 0; index <= tokens.length; index++) {
    if (index === tokens.length || (tokens.lineStart(index) && index > lineFirst)) {
      // Only a line of digits and capitals can be a result: most lines are rejected at their first small letter.
      if (isResultLine(tokens, lineFirst, index)) resultLines++;
      lineFirst = index;
    }
    if (index === tokens.length) break;
    const record = tokens.word(index);
    const bits = (record.registerBits ??= registerBits(record.norm, record.normLower));
    if ((bits & COUNTS_AS_WORD) === 0) continue;
    words++;
    if ((bits & SPORTS_WORD) !== 0) sportsWords++;
  }
  return { words, sportsWords, resultLines };
}
