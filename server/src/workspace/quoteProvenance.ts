// Quote provenance: a quotation several articles carry, listed by the articles' own dates (earliest first: who
// had it first) with the wording each used, for the shared-quote hover.
import { escapeMarkdown } from '../markdown';
import { articleName } from './articleSummary';
import type { SharedQuote } from './crossArticle';

export interface QuoteHere {
  uri: string;
  /** The article's own date (reference date value), when known. */
  date?: string;
  /** The quotation's text in this article. */
  text: string;
}

interface Carrier {
  uri: string;
  date?: string;
  wording: string;
  line?: number;
  differences?: string;
}

const MAX_WORDING = 90;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length <= MAX_WORDING ? flat : [...flat].slice(0, MAX_WORDING - 1).join('') + '…';
}

/** Undated articles last; then by date (ISO values sort as text, a year before its days), then by name. */
function byDate(a: Carrier, b: Carrier): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return articleName(a.uri).localeCompare(articleName(b.uri));
}

/** The hover lines listing every article that carries the quotation, this one included, earliest first. */
export function quoteProvenanceLines(here: QuoteHere, shared: readonly SharedQuote[], dateOf: (uri: string) => string | undefined): string[] {
  const carriers: Carrier[] = [
    { uri: here.uri, date: here.date, wording: here.text },
    ...shared.map((each) => ({ uri: each.uri, date: dateOf(each.uri), wording: each.wording ?? '', line: each.quote.range.start.line + 1, differences: each.differences })),
  ].sort(byDate);
  return carriers.map((carrier, index) => {
    const where = `${escapeMarkdown(articleName(carrier.uri))} (${carrier.date ? escapeMarkdown(carrier.date) : 'undated'}${carrier.line ? `, line ${carrier.line}` : ''})`;
    const how = carrier.differences === undefined ? 'this article' : escapeMarkdown(carrier.differences);
    // The wording keeps its own quotation marks; the difference's copy of the other wording would repeat it.
    return `${index + 1}. ${where}: ${escapeMarkdown(clip(carrier.wording))} — ${how.replace(/ \\\(.*\\\)$/, '')}`;
  });
}

/**
 * The shared-quote hover section with provenance: all carriers by date. `articles` counts every other article that
 * carries it, when only some of them are listed.
 */
export function quoteProvenanceHover(here: QuoteHere, shared: readonly SharedQuote[], dateOf: (uri: string) => string | undefined, articles = shared.length): string {
  const heading = `**Also quoted in ${articles === 1 ? '1 other article' : `${articles} other articles`}**, by the articles' dates, earliest first:`;
  const lines = quoteProvenanceLines(here, shared, dateOf);
  if (articles > shared.length) lines.push(`- and ${articles - shared.length} more`);
  return [heading, ...lines].join('\n');
}
