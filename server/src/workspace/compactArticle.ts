// An indexed article packed small: ranges in typed arrays (four numbers each), names, ids and values interned
// across articles, and no texts (mention words, date words, sentences, quote texts): they are read back from the
// file when a view asks. A workspace of thousands of real articles then costs a few kilobytes per article.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import type { ActorType, DateAnnotation, MentionForm, QuoteKind } from '../analysis/types';
import { sentenceAround, type ArticleSummary } from './articleSummary';

/** Strings shared by every packed article (names, ids, values, kinds), each stored once. */
class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(value, id);
      this.strings.push(value);
    }
    return id;
  }

  get(id: number): string {
    return this.strings[id];
  }
}

const strings = new StringTable();
const NONE = -1;
const FORMS: (MentionForm | undefined)[] = [];
const formCode = (form: MentionForm | undefined) => {
  let code = FORMS.indexOf(form);
  if (code < 0) code = FORMS.push(form) - 1;
  return code;
};

export interface CompactArticle {
  uri: string;
  /** Per actor: type, name, role (or NONE), id, first alias, alias count, first mention, mention count. */
  actors: Int32Array;
  aliases: Int32Array;
  /** Four numbers per range: start line, start character, end line, end character. */
  mentionRanges: Int32Array;
  mentionForms: Uint8Array;
  /** Per date: id, value, kind. */
  dates: Int32Array;
  dateRanges: Int32Array;
  /** Per quote: id, kind, speaker (or NONE). */
  quotes: Int32Array;
  quoteRanges: Int32Array;
}

const ACTOR_FIELDS = 8;

function putRange(target: Int32Array, index: number, range: Range): void {
  target.set([range.start.line, range.start.character, range.end.line, range.end.character], index * 4);
}

function rangeAt(source: Int32Array, index: number): Range {
  const at = index * 4;
  return { start: { line: source[at], character: source[at + 1] }, end: { line: source[at + 2], character: source[at + 3] } };
}

export function pack(summary: ArticleSummary): CompactArticle {
  const mentionCount = summary.actors.reduce((sum, actor) => sum + actor.mentions.length, 0);
  const actors = new Int32Array(summary.actors.length * ACTOR_FIELDS);
  const aliases = new Int32Array(summary.actors.reduce((sum, actor) => sum + actor.aliases.length, 0));
  const mentionRanges = new Int32Array(mentionCount * 4);
  const mentionForms = new Uint8Array(mentionCount);
  let alias = 0;
  let mention = 0;
  summary.actors.forEach((actor, index) => {
    actors.set([strings.id(actor.type), strings.id(actor.name), actor.role ? strings.id(actor.role) : NONE, strings.id(actor.id), alias, actor.aliases.length, mention, actor.mentions.length], index * ACTOR_FIELDS);
    for (const name of actor.aliases) aliases[alias++] = strings.id(name);
    for (const each of actor.mentions) {
      putRange(mentionRanges, mention, each.range);
      mentionForms[mention++] = formCode(each.form);
    }
  });
  const dates = new Int32Array(summary.dates.length * 3);
  const dateRanges = new Int32Array(summary.dates.length * 4);
  summary.dates.forEach((date, index) => {
    dates.set([strings.id(date.id), strings.id(date.value), strings.id(date.kind)], index * 3);
    putRange(dateRanges, index, date.range);
  });
  const quotes = new Int32Array(summary.quotes.length * 3);
  const quoteRanges = new Int32Array(summary.quotes.length * 4);
  summary.quotes.forEach((quote, index) => {
    quotes.set([strings.id(quote.id), strings.id(quote.kind), quote.speaker ? strings.id(quote.speaker) : NONE], index * 3);
    putRange(quoteRanges, index, quote.range);
  });
  return { uri: summary.uri, actors, aliases, mentionRanges, mentionForms, dates, dateRanges, quotes, quoteRanges };
}

/**
 * The summary of a packed article. Without `text` its texts are empty (names, ranges and values are enough for
 * symbols, references and the cross-article checks); with the file's text they are read from it.
 */
export function unpack(article: CompactArticle, text?: string): ArticleSummary {
  const document = text === undefined ? undefined : TextDocument.create(article.uri, 'plaintext', 0, text);
  const textOf = (range: Range) => (document ? document.getText(range) : '');
  const actors: ArticleSummary['actors'] = [];
  for (let index = 0; index < article.actors.length / ACTOR_FIELDS; index++) {
    const [type, name, role, id, alias, aliasCount, mention, mentionCount] = article.actors.subarray(index * ACTOR_FIELDS, (index + 1) * ACTOR_FIELDS);
    const mentions = [];
    for (let each = mention; each < mention + mentionCount; each++) {
      const range = rangeAt(article.mentionRanges, each);
      const form = FORMS[article.mentionForms[each]];
      mentions.push({ text: textOf(range), range, ...(form ? { form } : {}) });
    }
    actors.push({
      id: strings.get(id),
      type: strings.get(type) as ActorType,
      name: strings.get(name),
      aliases: Array.from(article.aliases.subarray(alias, alias + aliasCount), (each) => strings.get(each)),
      ...(role !== NONE ? { role: strings.get(role) } : {}),
      mentions,
    });
  }
  const dates: ArticleSummary['dates'] = [];
  for (let index = 0; index < article.dates.length / 3; index++) {
    const range = rangeAt(article.dateRanges, index);
    const sentence = document ? sentenceAround(text!, document.offsetAt(range.start), document.offsetAt(range.end)) : '';
    dates.push({
      id: strings.get(article.dates[index * 3]),
      value: strings.get(article.dates[index * 3 + 1]),
      kind: strings.get(article.dates[index * 3 + 2]) as DateAnnotation['kind'],
      text: textOf(range),
      range,
      sentence,
    });
  }
  const quotes: ArticleSummary['quotes'] = [];
  for (let index = 0; index < article.quotes.length / 3; index++) {
    const range = rangeAt(article.quoteRanges, index);
    const speaker = article.quotes[index * 3 + 2];
    quotes.push({ id: strings.get(article.quotes[index * 3]), kind: strings.get(article.quotes[index * 3 + 1]) as QuoteKind, text: textOf(range), range, ...(speaker !== NONE ? { speaker: strings.get(speaker) } : {}) });
  }
  return { uri: article.uri, actors, dates, quotes };
}
