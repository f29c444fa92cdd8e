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

/**
 * Globs are matched against the whole path, so a workspace-relative glob ("articles/*.txt") would never
 * match: those get a leading "**∕" and then match that folder anywhere in the workspace.
 */
export function absoluteGlob(glob: string): string {
  const trimmed = glob.trim();
  if (trimmed.startsWith('**') || trimmed.startsWith('/') || /^[A-Za-z]:[\\/]/.test(trimmed)) return trimmed;
  return `**/${trimmed.replace(/^\.\//, '')}`;
}

export function articleDocumentSelector(includeGlobs: readonly string[]): ArticleDocumentFilter[] {
  const globs = [...new Set(includeGlobs.filter((glob) => glob.trim() !== '').map(absoluteGlob))];
  return [
    { language: LANGUAGE_ID },
    ...globs.flatMap((pattern) => INCLUDED_LANGUAGES.map((language) => ({ scheme: 'file', language, pattern }))),
  ];
}
