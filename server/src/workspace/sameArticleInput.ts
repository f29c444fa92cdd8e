// Whether two inputs of the cross-article index say the same: an open document's analysis after an edit that touched
// none of its direct quotes or people's names (ranges are lines and characters, so an edit inside one line moves
// nothing on the others) puts the same input again, and the index's work for it (taking the article out and
// putting it back, every quote's words looked up) can be skipped.
import type { Range } from 'vscode-languageserver';
import type { ArticleInput } from './crossIndex';

function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function sameArticleInput(a: ArticleInput, b: ArticleInput): boolean {
  if (a.uri !== b.uri || a.keepTexts !== b.keepTexts || a.date !== b.date) return false;
  if (a.people.length !== b.people.length || a.directQuotes.length !== b.directQuotes.length) return false;
  for (let at = 0; at < a.people.length; at++) {
    const [one, other] = [a.people[at], b.people[at]];
    if (one.id !== other.id || one.name !== other.name || !sameRange(one.firstMention, other.firstMention)) return false;
  }
  for (let at = 0; at < a.directQuotes.length; at++) {
    const [one, other] = [a.directQuotes[at], b.directQuotes[at]];
    if (one.id !== other.id || one.text !== other.text || !sameRange(one.range, other.range)) return false;
  }
  return true;
}
