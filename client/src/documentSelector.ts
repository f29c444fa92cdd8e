// Which documents the client sends to the server: every document of the news-article language, and local
// plain-text and Markdown files that match one of the `newsAnnotator.include` globs. No `vscode` import, so the
// unit tests can check it.
import { LANGUAGE_ID } from './commandIds';

export interface ArticleDocumentFilter {
  language: string;
  scheme?: string;
  pattern?: string;
}

/** Languages whose files are articles only when they match an include glob. */
export const INCLUDED_LANGUAGES = ['plaintext', 'markdown'] as const;
export const PLAIN_TEXT = 'plaintext';

/**
 * Globs are matched against the whole path, so a workspace-relative glob ("articles/*.txt") would never
 * match: those get a leading "**∕" and then match that folder anywhere in the workspace.
 */
export function absoluteGlob(glob: string): string {
  const trimmed = glob.trim();
  if (trimmed.startsWith('**') || trimmed.startsWith('/') || /^[A-Za-z]:[\\/]/.test(trimmed)) return trimmed;
  return `**/${trimmed.replace(/^\.\//, '')}`;
}

/** The local files the include globs match, whatever their language. */
export function includeFilters(includeGlobs: readonly string[]): { scheme: 'file'; pattern: string }[] {
  const globs = [...new Set(includeGlobs.filter((glob) => glob.trim() !== '').map(absoluteGlob))];
  return globs.map((pattern) => ({ scheme: 'file', pattern }));
}

/**
 * `languages`: the languages taken through the include globs. When plain-text articles are switched to the
 * news-article language (plainTextArticles.ts), plain text is left out, so each reaches the server once, as a
 * news-article document, and never first as plain text.
 */
export function articleDocumentSelector(includeGlobs: readonly string[], languages: readonly string[] = INCLUDED_LANGUAGES): ArticleDocumentFilter[] {
  return [{ language: LANGUAGE_ID }, ...includeFilters(includeGlobs).flatMap(({ scheme, pattern }) => languages.map((language) => ({ scheme, language, pattern })))];
}

/** The languages the include globs apply to, given `newsAnnotator.openPlainTextAsArticle`. */
export function includedLanguages(plainTextAsArticle: boolean): string[] {
  return INCLUDED_LANGUAGES.filter((language) => !(plainTextAsArticle && language === PLAIN_TEXT));
}
