// Reads the shape of an article: front matter, page boilerplate copied along with the text (navigation
// menus, "Skip to main content"), the headline, the dateline, body paragraphs, photo credits and agency
// sign-offs. Only headline, dateline and paragraph blocks are prose that the layers analyze.
import { isSpaceCode } from './characters';
import { checkedKept, ParagraphCache } from './paragraphCache';
import type { Block, BlockKind, Problem } from './types';

export interface Structure {
  blocks: Block[];
  /** Key/value pairs of a leading `---` YAML-style front matter block (only flat `key: value` lines). */
  frontMatter?: Record<string, string>;
  problems: Problem[];
}

export const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['headline', 'dateline', 'paragraph']);

export function proseBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((block) => PROSE_KINDS.has(block.kind));
}

// Words that make up site navigation and page chrome when they stand alone on a line.
const NAV_WORDS = new Set([
  'home',
  'about',
  'about us',
  'contact',
  'contact us',
  'login',
  'log in',
  'sign in',
  'sign up',
  'subscribe',
  'register',
  'search',
  'menu',
  'share',
  'tweet',
  'print',
  'email',
  'e-mail',
  'advertisement',
  'advertise',
  'skip to main content',
  'skip to content',
  'newsletter',
  'privacy policy',
  'terms of use',
  'cookie policy',
  'follow us',
  'read more',
  'related',
  'related articles',
  'comments',
  'top stories',
  'latest news',
  'more',
]);

// News agencies whose sign-off lines ("UNI ANV SS", "PTI XYZ") close wire copy.
const AGENCIES = new Set(['UNI', 'PTI', 'IANS', 'ANI', 'AP', 'AFP', 'REUTERS', 'TASS', 'DPA', 'EFE', 'ANSA', 'KYODO', 'XINHUA', 'BERNAMA', 'APA', 'UPI', 'AAP', 'CP']);

const LONGEST_NAV_WORD = Math.max(...[...NAV_WORDS].map((word) => word.length));
const BULLET = /^[\s•·|*\-–—»>]+/;
const CREDIT = /^(?:photo|photograph|image|picture|video|source|credit|graphic|illustration|file photo|cover photo)s?(?:\s+credit)?\s*(?::|by\b)\s*\S.{0,80}$/i;
// "Moscow, Nov 28 (UNI)", "NAIROBI, Kenya (AP) _", "WASHINGTON (Reuters) -", "London, 12 March 2024 -"
const DATELINE =
  /^[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}){0,2}(?:,?\s*(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?\s*\((?:[A-Z][A-Za-z]{1,14})(?:[-/ ][A-Z][A-Za-z]{1,14})?\)\s*(?:[-–—_:]+\s*)?/;

/** How many prose lines from the top may open with a dateline (a headline and a standfirst may come first). */
const DATELINE_LINES = 3;

interface Line {
  start: number;
  end: number; // end of content, before the line break
  text: string;
}

/**
 * The lines of text[from, to) that hold more than white space, "\n" the only line break (found by indexOf, without a
 * match array per line; linesBrokenAnyhow() otherwise). `to`: the text's end or a line break.
 */
function contentLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', start)) {
    if (hasContent(text, start, at)) lines.push({ start, end: at, text: text.slice(start, at) });
    start = at + 1;
  }
  if (hasContent(text, start, to)) lines.push({ start, end: to, text: text.slice(start, to) });
  return lines;
}

/** contentLines() of a text with other line breaks than "\n". */
function linesBrokenAnyhow(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = from;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (hasContent(text, start, match.index)) lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (hasContent(text, start, text.length)) lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** /\S/ in text[start, end), told from the codes (most lines hold a word at once): without a copy or an expression. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isSpaceCode(text.charCodeAt(at))) return true;
  return false;
}

function isNavigation(line: string): boolean {
  const bare = line.replace(BULLET, '').trim();
  // A line longer than any navigation word, without "|", is none: most lines are prose, and lower-casing each
  // copied the whole article.
  if (bare.length > LONGEST_NAV_WORD && !bare.includes('|')) return false;
  const stripped = bare.toLowerCase();
  if (stripped === '' || stripped === '|') return line.trim() !== '' && BULLET.test(line);
  if (NAV_WORDS.has(stripped)) return true;
  // (a line without "|" is one part, just checked: most lines are prose, and splitting each was a hot spot)
  return stripped.includes('|') && stripped.split(/\s*\|\s*/).every((part) => NAV_WORDS.has(part));
}

// What a line is read as from its text alone (navigation, a credit), kept per line text: an edit of a long article
// reads the lines it touched again (the regular expressions and copies of every line were 2% of an edit's analysis).
// Two versions of a 400 KB article (about 2,000 lines each), 4 MB at most.
const lineReadings = new ParagraphCache<number>(8000, 4 * 1024 * 1024, (key) => key.length * 2 + 64);

/** The first words a credit line can open with (CREDIT's), tried where the line's text starts. */
const CREDIT_OPENING = /(?:photo|photograph|image|picture|video|source|credit|graphic|illustration|file photo|cover photo)/iy;

/**
 * Whether the line is plainly prose: longer than any navigation word once its bullets and white space are off,
 * without "|", and not opening with a credit's first word. Most lines are, and are told so without copying or
 * hashing their text (looking each line up in lineReadings hashed the whole article on every edit).
 */
function isPlainProse(line: string): boolean {
  if (line.includes('|')) return false;
  let first = 0;
  while (first < line.length && isBulletCode(line.charCodeAt(first))) first++;
  let end = line.length;
  while (end > first && isSpaceCode(line.charCodeAt(end - 1))) end--;
  if (end - first <= LONGEST_NAV_WORD) return false;
  CREDIT_OPENING.lastIndex = first;
  return !CREDIT_OPENING.test(line);
}

/** What BULLET repeats: white space or a bullet, bar, star, dash or angle quote. */
function isBulletCode(code: number): boolean {
  return (
    isSpaceCode(code) || code === 0x2022 || code === 0xb7 || code === 0x7c || code === 0x2a || code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0xbb || code === 0x3e
  );
}

function lineReading(line: string): number {
  if (isPlainProse(line)) return 0;
  const kept = lineReadings.get(line);
  if (kept !== undefined) return checkedKept('line reading', kept, () => readLine(line));
  const reading = readLine(line);
  lineReadings.set(line, reading);
  return reading;
}

// A line's reading: NAVIGATION and CREDIT bits (an integer, not an object per line).
const NAVIGATION = 1;
const CREDIT_LINE = 2;

function readLine(line: string): number {
  return (isNavigation(line) ? NAVIGATION : 0) | (CREDIT.test(line.trim()) ? CREDIT_LINE : 0);
}

function isSignOff(line: string): boolean {
  const bare = line.trim();
  // Every word is two to eight capitals: a line opening otherwise (any prose line) is none, without splitting it.
  if (!isCapitalAt(bare, 0) || !isCapitalAt(bare, 1)) return false;
  const words = bare.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !words.every((word) => /^[A-Z]{2,8}$/.test(word))) return false;
  return AGENCIES.has(words[0]) || words.every((word) => word.length <= 3);
}

/** /[A-Z]/.test(text[index]) */
function isCapitalAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x41 && code <= 0x5a;
}

function readFrontMatter(text: string): { end: number; values: Record<string, string> } | undefined {
  // (most texts have none: told from their first characters, without the expression)
  if (!text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0)) return undefined;
  const opening = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/.exec(text);
  if (!opening) return undefined;
  const closing = /(?:\r\n|\n|\r)---[ \t]*(?:\r\n|\n|\r|$)/g;
  closing.lastIndex = opening[0].length - 1;
  const match = closing.exec(text);
  if (!match) return undefined;
  const values: Record<string, string> = {};
  for (const line of text.slice(opening[0].length, match.index).split(/\r\n|\n|\r/)) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (pair) values[pair[1].toLowerCase()] = pair[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return { end: match.index + match[0].length, values };
}

/** The start of the [start, end) range of text with its leading white space trimmed off (trimmedEnd: its end). */
function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && /\s/.test(text[start])) start++;
  return start;
}

function trimmedEnd(text: string, start: number, end: number): number {
  start = trimmedStart(text, start, end);
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A line with a next line after it (the caller tells) reads as a headline. */
function looksLikeHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 3 && line.length <= 200 && !/[.!?]["”’)]?$/.test(line.trim());
}

export function readStructure(text: string): Structure {
  return readStructureOfLines(text).structure;
}

/** readStructure() with what structureReuse.ts needs to take the blocks of the next version over. */
export interface ReadStructure {
  structure: Structure;
  /** Where the lines start whose blocks depend on their own text alone (or on being the last content line): past the front matter and the first prose lines, where the headline and the dateline are told. */
  settledFrom: number;
  /** Where the last content line (the only one that can be a sign-off) starts; -1 without one. */
  lastContentStart: number;
  /** No line break but "\n" in the text. */
  plainBreaks: boolean;
}

export function readStructureOfLines(text: string): ReadStructure {
  const problems: Problem[] = [];
  const blocks: Block[] = [];
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter?.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (frontMatter) blocks.push({ kind: 'boilerplate', start: 0, end: frontMatter.end });

  const plainBreaks = !hasOtherBreaks(text, bodyStart);
  const lines = plainBreaks ? contentLines(text, bodyStart, text.length) : linesBrokenAnyhow(text, bodyStart);
  // (each line read once: the reading's both answers are used below)
  const readings = lines.map((line) => lineReading(line.text));
  let lastContent = -1;
  let contentLineCount = 0;
  for (let index = 0; index < readings.length; index++) {
    if ((readings[index] & NAVIGATION) !== 0) continue;
    lastContent = index;
    contentLineCount++;
  }
  const state: LineState = { sawProse: false, datelineSeen: false, proseLineCount: 0 };
  let settledFrom = text.length;
  for (let index = 0; index < lines.length; index++) {
    if (settledFrom === text.length && settled(state)) settledFrom = lines[index].start;
    pushLineBlocks(text, lines[index], readings[index], state, index === lastContent, contentLineCount > 2 ? lines[index + 1]?.text : undefined, blocks);
  }
  return { structure: { blocks, frontMatter: frontMatter?.values, problems }, settledFrom, lastContentStart: lastContent >= 0 ? lines[lastContent].start : -1, plainBreaks };
}

/** What the blocks of a line depend on from the lines before it. */
interface LineState {
  sawProse: boolean;
  datelineSeen: boolean;
  proseLineCount: number;
}

/** From here on no line can be a headline or open with a dateline. */
function settled(state: LineState): boolean {
  return state.sawProse && state.proseLineCount >= DATELINE_LINES;
}

/**
 * The blocks of one content line (two for a dateline opening a paragraph), pushed onto `blocks`. `next`: the next
 * line's text, for a headline; undefined where no headline can be (a text of two content lines or fewer, or the last).
 */
function pushLineBlocks(text: string, line: Line, reading: number, state: LineState, isLastContent: boolean, next: string | undefined, blocks: Block[]): void {
  const start = trimmedStart(text, line.start, line.end);
  const end = trimmedEnd(text, start, line.end);
  let kind: BlockKind;
  if ((reading & NAVIGATION) !== 0) kind = 'boilerplate';
  else if ((reading & CREDIT_LINE) !== 0) kind = 'credit';
  else if (state.sawProse && isLastContent && isSignOff(line.text)) kind = 'signoff';
  else if (!state.sawProse && next !== undefined && looksLikeHeadline(line.text)) kind = 'headline';
  else {
    // A dateline opens the story: only the first prose lines can carry one, and only one of them.
    const dateline = state.datelineSeen || state.proseLineCount >= DATELINE_LINES ? null : DATELINE.exec(line.text.slice(start - line.start));
    if (dateline) {
      const datelineEnd = trimmedEnd(text, start, start + dateline[0].length);
      blocks.push({ kind: 'dateline', start, end: datelineEnd });
      state.datelineSeen = true;
      state.proseLineCount++;
      const rest = trimmedStart(text, datelineEnd, end);
      if (rest < end) blocks.push({ kind: 'paragraph', start: rest, end });
      state.sawProse = true;
      return;
    }
    kind = 'paragraph';
  }
  if (kind === 'headline' || kind === 'paragraph') {
    state.sawProse = true;
    state.proseLineCount++;
  }
  blocks.push({ kind, start, end });
}

/**
 * The blocks of the content lines of text[from, to) (from a line's start to a line break or the end, "\n" the only
 * break), read as lines past `settledFrom` that are not the last content line: structureReuse.ts reads the lines an
 * edit touched so.
 */
export function settledLineBlocks(text: string, from: number, to: number, blocks: Block[]): void {
  const state: LineState = { sawProse: true, datelineSeen: true, proseLineCount: DATELINE_LINES };
  for (const line of contentLines(text, from, to)) pushLineBlocks(text, line, lineReading(line.text), state, false, undefined, blocks);
}

/** Whether text[from, …) breaks a line otherwise than with "\n" (found by indexOf: most texts have no other break). */
function hasOtherBreaks(text: string, from: number): boolean {
  return text.indexOf('\r', from) >= 0 || text.indexOf('\u2028', from) >= 0 || text.indexOf('\u2029', from) >= 0;
}

/** Whether text[from, to) breaks a line otherwise than with "\n" (a few lines: read character by character). */
export function hasOtherBreaksWithin(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}
