// An indexed article packed small: its ranges (four numbers each) and counts in one typed array, names, ids and
// values interned across articles, and no texts (mention words, date words, sentences, quote texts): they are read
// back from the file when a view asks. A workspace of thousands of real articles then costs a few kilobytes per article.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import type { ActorType, DateAnnotation, MentionForm, QuoteKind } from '../analysis/types';
import { TextSentences, type ArticleSummary } from './articleSummary';

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

/**
 * One Int32Array per article (a typed array costs about 200 bytes of its own, so one instead of eight): five
 * counts, then the sections they size, in this order.
 */
export interface CompactArticle {
  uri: string;
  data: Int32Array;
}

/** Per actor: type, name, role (or NONE), id, first alias, alias count, first mention, mention count. */
const ACTOR_FIELDS = 8;
/** Four numbers per range: start line, start character, end line, end character. */
const RANGE_FIELDS = 4;
/** Per mention: its range and its form (FORMS). */
const MENTION_FIELDS = RANGE_FIELDS + 1;
/** Per date: id, value, kind, range. */
const DATE_FIELDS = 3 + RANGE_FIELDS;
/** Per quote: id, kind, speaker (or NONE), range. */
const QUOTE_FIELDS = 3 + RANGE_FIELDS;
const HEADER = 5;

/** Where each section of an article's numbers starts. */
function layout(data: Int32Array) {
  const [actors, aliases, mentions, dates, quotes] = data;
  const actorsAt = HEADER;
  const aliasesAt = actorsAt + actors * ACTOR_FIELDS;
  const mentionsAt = aliasesAt + aliases;
  const datesAt = mentionsAt + mentions * MENTION_FIELDS;
  const quotesAt = datesAt + dates * DATE_FIELDS;
  return { actors, dates, quotes, actorsAt, aliasesAt, mentionsAt, datesAt, quotesAt, end: quotesAt + quotes * QUOTE_FIELDS };
}

function putRange(target: Int32Array, at: number, range: Range): void {
  target[at] = range.start.line;
  target[at + 1] = range.start.character;
  target[at + 2] = range.end.line;
  target[at + 3] = range.end.character;
}

function rangeAt(source: Int32Array, at: number): Range {
  return { start: { line: source[at], character: source[at + 1] }, end: { line: source[at + 2], character: source[at + 3] } };
}

export function pack(summary: ArticleSummary): CompactArticle {
  const aliasCount = summary.actors.reduce((sum, actor) => sum + actor.aliases.length, 0);
  const mentionCount = summary.actors.reduce((sum, actor) => sum + actor.mentions.length, 0);
  const header = [summary.actors.length, aliasCount, mentionCount, summary.dates.length, summary.quotes.length];
  const sizes = layout(Int32Array.from(header));
  const data = new Int32Array(sizes.end);
  data.set(header);
  let alias = 0;
  let mention = 0;
  summary.actors.forEach((actor, index) => {
    data.set(
      [
        strings.id(actor.type),
        strings.id(actor.name),
        actor.role ? strings.id(actor.role) : NONE,
        strings.id(actor.id),
        alias,
        actor.aliases.length,
        mention,
        actor.mentions.length,
      ],
      sizes.actorsAt + index * ACTOR_FIELDS,
    );
    for (const name of actor.aliases) data[sizes.aliasesAt + alias++] = strings.id(name);
    for (const each of actor.mentions) {
      const at = sizes.mentionsAt + mention++ * MENTION_FIELDS;
      putRange(data, at, each.range);
      data[at + RANGE_FIELDS] = formCode(each.form);
    }
  });
  summary.dates.forEach((date, index) => {
    const at = sizes.datesAt + index * DATE_FIELDS;
    data.set([strings.id(date.id), strings.id(date.value), strings.id(date.kind)], at);
    putRange(data, at + 3, date.range);
  });
  summary.quotes.forEach((quote, index) => {
    const at = sizes.quotesAt + index * QUOTE_FIELDS;
    data.set([strings.id(quote.id), strings.id(quote.kind), quote.speaker ? strings.id(quote.speaker) : NONE], at);
    putRange(data, at + 3, quote.range);
  });
  return { uri: summary.uri, data };
}

/**
 * The summary of a packed article. Without `text` its texts are empty (names, ranges and values are enough for
 * symbols, references and the cross-article checks); with the file's text they are read from it.
 */
export function unpack(article: CompactArticle, text?: string): ArticleSummary {
  const document = text === undefined ? undefined : TextDocument.create(article.uri, 'plaintext', 0, text);
  const sentences = text === undefined ? undefined : new TextSentences(text);
  const textOf = (range: Range) => (document ? document.getText(range) : '');
  const { data } = article;
  const sizes = layout(data);
  const actors: ArticleSummary['actors'] = [];
  for (let index = 0; index < sizes.actors; index++) {
    const at = sizes.actorsAt + index * ACTOR_FIELDS;
    const [type, name, role, id, alias, aliasCount, mention, mentionCount] = data.subarray(at, at + ACTOR_FIELDS);
    const mentions = [];
    for (let each = mention; each < mention + mentionCount; each++) {
      const mentionAt = sizes.mentionsAt + each * MENTION_FIELDS;
      const range = rangeAt(data, mentionAt);
      const form = FORMS[data[mentionAt + RANGE_FIELDS]];
      mentions.push({ text: textOf(range), range, ...(form ? { form } : {}) });
    }
    actors.push({
      id: strings.get(id),
      type: strings.get(type) as ActorType,
      name: strings.get(name),
      aliases: Array.from(data.subarray(sizes.aliasesAt + alias, sizes.aliasesAt + alias + aliasCount), (each) => strings.get(each)),
      ...(role !== NONE ? { role: strings.get(role) } : {}),
      mentions,
    });
  }
  const dates: ArticleSummary['dates'] = [];
  for (let index = 0; index < sizes.dates; index++) {
    const at = sizes.datesAt + index * DATE_FIELDS;
    const range = rangeAt(data, at + 3);
    const sentence = sentences ? sentences.around(document!.offsetAt(range.start), document!.offsetAt(range.end)) : '';
    dates.push({
      id: strings.get(data[at]),
      value: strings.get(data[at + 1]),
      kind: strings.get(data[at + 2]) as DateAnnotation['kind'],
      text: textOf(range),
      range,
      sentence,
    });
  }
  const quotes: ArticleSummary['quotes'] = [];
  for (let index = 0; index < sizes.quotes; index++) {
    const at = sizes.quotesAt + index * QUOTE_FIELDS;
    const range = rangeAt(data, at + 3);
    const speaker = data[at + 2];
    quotes.push({
      id: strings.get(data[at]),
      kind: strings.get(data[at + 1]) as QuoteKind,
      text: textOf(range),
      range,
      ...(speaker !== NONE ? { speaker: strings.get(speaker) } : {}),
    });
  }
  return { uri: article.uri, actors, dates, quotes };
}
