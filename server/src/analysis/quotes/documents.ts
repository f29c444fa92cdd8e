// Where the documents an article quotes came from: "a report by the water board", "the union's release", "the
// ministry published a notice", "the agency said in a statement", "a paper on the railway's website". A document
// that "says" something carries its author's words, so a speaker such as "the report" is the one who wrote it: the
// author named where the document is written, or else the author of the document the article last named (the news
// convention: "A report by X found … The report also said …").
import { checkedKept, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { textAlignmentOf, type TextAlignment } from '../previousText';
import { DOCUMENT_NOUNS, ORGANIZATION_NOUNS } from './nominal';

/** A document written in the text with the words naming where it came from. */
export interface DocumentSource {
  /** Where the document's noun is written. */
  position: number;
  noun: string;
  /** The words naming its author ("the water board", "Acme Corp"). */
  start: number;
  end: number;
}

/** How far after a document's noun (characters) its source may be named. */
const AFTER_REACH = 140;
/** How far before a document's noun (characters) the clause naming its author may start. */
const BEFORE_REACH = 160;

const NOUNS = [...DOCUMENT_NOUNS].sort((a, b) => b.length - a.length);
const DOCUMENT_WORD = new RegExp(String.raw`\b(?:${NOUNS.join('|')})s?\b`, 'giu');

// A name written in capitals, with the joiners of an organization's name: "Canadian Pacific Railway", "Bank of Canada".
const NAME = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|for[ \t]+|and[ \t]+)?\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*)*`;
const ORGANIZATION_NOUN = String.raw`(?:${[...ORGANIZATION_NOUNS].join('|')})`;
// "the water board", "the Calgary-based railway company": a description of an organization, a few words long.
const DESCRIBED_ORGANIZATION = String.raw`(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){0,3}${ORGANIZATION_NOUN}\b`;
const SOURCE = String.raw`(${NAME}|${DESCRIBED_ORGANIZATION})`;

// "… by the water board", "… from Acme Corp", "… released by the ministry": the source after the noun.
const BY_SOURCE = new RegExp(String.raw`^[^.;:!?"“”\n]*?\b(?:by|from)[ \t]+(?:the[ \t]+(?=\p{Lu}))?${SOURCE}`, 'du');
// "… on the railway's website", "… posted to Acme's Facebook page": the owner of the page it is on.
const ON_PAGE = new RegExp(
  String.raw`^[^.;!?"“”\n]*?\b(?:on|to)[ \t]+(?:the[ \t]+(?=\p{Lu}))?${SOURCE}['’]s[ \t]+(?:\p{Ll}+[ \t]+)?(?:web[ \t]?site|site|web[ \t]?page|page|blog|account|feed)\b`,
  'du',
);
// "Acme's annual report", "the ministry's notice": an owner right before the noun and its modifiers.
const OWNER_BEFORE = new RegExp(String.raw`${SOURCE}['’]s[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}$`, 'du');
// "The ministry also published a notice", "Acme said in a statement": the subject of a verb of issuing.
const ISSUED_BY_SUBJECT = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+|\n\s*|,\s+(?:and|but)\s+)(?:(?:But|And|Meanwhile|Also|Earlier|Later)\s+)?${SOURCE}[ \t]+(?:(?:also|recently|previously|then|has|have|had|on[ \t]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+day)[ \t]+)*(?:released|published|issued|filed|posted|put[ \t]+out|sent|submitted|tabled|unveiled|commissioned|produced|prepared|wrote|(?:said|stated|wrote|noted|explained|argued|warned|added)[ \t]+in)[ \t]+(?:a|an|the|its|their|his|her)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}$`,
  'du',
);

/** Every document noun of `text` whose source the words around it name, in text order (one pass over the text). */
export function documentSources(text: string): DocumentSource[] {
  const found: DocumentSource[] = [];
  for (const match of text.matchAll(DOCUMENT_WORD)) pushSource(text, match.index, match[0], found);
  return found;
}

/** The document written `word` at `position`, if the words around it name its source. */
function pushSource(text: string, position: number, word: string, found: DocumentSource[]): void {
  const end = position + word.length;
  const noun = word.toLowerCase().replace(/s$/u, '');
  const source = sourceAfter(text, end) ?? sourceBefore(text, position);
  if (source) found.push({ position, noun: DOCUMENT_NOUNS.has(noun) ? noun : word.toLowerCase(), ...source });
}

/**
 * The length of the text of the blocks DocumentSources reads (after an edit, the one or two around it are read
 * again: 4,096 characters measured a little quicker per keystroke than 16,384 on a long article).
 */
export const BLOCK = 4096;
/** The longest word DOCUMENT_WORD matches (a noun and its "s": one UTF-16 unit per letter, whatever its case). */
const LONGEST_WORD = Math.max(...NOUNS.map((noun) => noun.length)) + 1;

/** How far before a document word's place pushSource() reads: the clause before it, and the character \b reads. */
const READ_BEFORE = BEFORE_REACH + 1;
/** How far after a document word's place it reads: the longest word, the character \b reads, the words after it. */
const READ_AFTER = LONGEST_WORD + 1 + AFTER_REACH;

/**
 * documentSources() of one text, read a block of the text at a time, the first time one is asked: a look back over
 * the documents named near a speaker reads the blocks there, not the whole article.
 * (A block is searched with the character before it and the longest word after it, so that \b reads there what it
 * reads in the whole text; a word can start at no place inside a word, so the search finds from any place the
 * words a search of the whole text finds.)
 * After an edit (of()), a block whose documents and all they read lie before the edit is the previous analysis's
 * block, and one wholly after it is made of the previous analysis's documents there, moved: a long article's
 * speakers read the same blocks on every keystroke.
 */
export class DocumentSources {
  private static readonly kept = new KeptLatest<DocumentSources>();
  private readonly blocks = new Map<number, DocumentSource[]>();

  /** The sources of `text`: the previous analysis's blocks taken where the edit changed nothing they read. */
  static of(text: string): DocumentSources {
    if (!paragraphCachesEnabled()) return new DocumentSources(text);
    const latest = DocumentSources.kept.value;
    if (latest !== undefined && latest.text === text) return latest;
    const alignment = latest === undefined ? undefined : textAlignmentOf(text);
    // (only the blocks the previous analysis read: not the previous object, which would keep every earlier one)
    const sources = new DocumentSources(text, latest !== undefined && alignment!.previous === latest.text ? { blocks: latest.blocks, alignment: alignment! } : undefined);
    DocumentSources.kept.value = sources;
    return sources;
  }

  constructor(
    private readonly text: string,
    private readonly previous?: { blocks: ReadonlyMap<number, DocumentSource[]>; alignment: TextAlignment },
  ) {}

  /** The documentSources() whose noun is written in text[from, to), in text order. */
  within(from: number, to: number): DocumentSource[] {
    const found: DocumentSource[] = [];
    const end = Math.min(to, this.text.length);
    for (let block = Math.floor(Math.max(0, from) / BLOCK); block * BLOCK < end; block++) {
      for (const source of this.block(block)) if (source.position >= from && source.position < to) found.push(source);
    }
    return found;
  }

  private block(block: number): DocumentSource[] {
    let found = this.blocks.get(block);
    if (found !== undefined) return found;
    const kept = this.keptBlock(block);
    found = kept === undefined ? this.read(block) : checkedKept('document sources', kept, () => this.read(block));
    this.blocks.set(block, found);
    return found;
  }

  private read(block: number): DocumentSource[] {
    const found: DocumentSource[] = [];
    const text = this.text;
    const start = block * BLOCK;
    const end = Math.min(text.length, start + BLOCK);
    const from = Math.max(0, start - 1);
    for (const match of text.slice(from, Math.min(text.length, end + LONGEST_WORD + 1)).matchAll(DOCUMENT_WORD)) {
      const position = from + match.index;
      if (position < start) continue;
      if (position >= end) break;
      pushSource(text, position, match[0], found);
    }
    return found;
  }

  /** Block `block` from the previous analysis's blocks, when all it reads is unchanged and those blocks were read. */
  private keptBlock(block: number): DocumentSource[] | undefined {
    if (this.previous === undefined) return undefined;
    const { blocks, alignment } = this.previous;
    const start = block * BLOCK;
    const end = Math.min(this.text.length, start + BLOCK);
    // Wholly before the edit, with what its last document reads: the same block.
    if (end + READ_AFTER <= alignment.prefix) return blocks.get(block);
    // Wholly after it, with what its first document reads: the previous documents of the same stretch, moved.
    if (start - READ_BEFORE < alignment.suffixFrom) return undefined;
    const shift = alignment.shift;
    const from = start - shift;
    const to = end - shift;
    const moved: DocumentSource[] = [];
    for (let old = Math.floor(from / BLOCK); old * BLOCK < to; old++) {
      const sources = blocks.get(old);
      if (sources === undefined) return undefined;
      for (const source of sources) {
        if (source.position >= from && source.position < to)
          moved.push({ position: source.position + shift, noun: source.noun, start: source.start + shift, end: source.end + shift });
      }
    }
    return moved;
  }
}

function sourceAfter(text: string, end: number): { start: number; end: number } | undefined {
  const after = text.slice(end, end + AFTER_REACH);
  for (const pattern of [BY_SOURCE, ON_PAGE]) {
    const source = pattern.exec(after)?.indices?.[1];
    if (source) return { start: end + source[0], end: end + source[1] };
  }
  return undefined;
}

function sourceBefore(text: string, position: number): { start: number; end: number } | undefined {
  const from = Math.max(0, position - BEFORE_REACH);
  const before = text.slice(from, position);
  for (const pattern of [OWNER_BEFORE, ISSUED_BY_SUBJECT]) {
    const source = pattern.exec(before)?.indices?.[1];
    if (source) return { start: from + source[0], end: from + source[1] };
  }
  return undefined;
}
