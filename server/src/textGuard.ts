// Decides whether a document is text the analyzer should see. Huge files would stall the server (analysis is
// synchronous) and binary or wrongly decoded files would produce nonsense annotations, so both are skipped with a
// reason the client can show.

/** Three or more replacement characters in a row: bytes that did not decode, not a stray copy-paste artefact. */
const UNDECODABLE_RUN = /\uFFFD{3,}/;

/** Why `text` is not analyzed, in words for the status bar; undefined when it is analyzable. */
export function whyNotAnalyzable(text: string, maxFileSizeKB: number): string | undefined {
  const sizeKB = Buffer.byteLength(text, 'utf8') / 1024;
  if (sizeKB > maxFileSizeKB) {
    return `file is ${Math.ceil(sizeKB)} KB, over the newsAnnotator.maxFileSizeKB limit of ${maxFileSizeKB} KB`;
  }
  if (text.includes('\u0000')) return 'binary file (contains NUL characters)';
  if (UNDECODABLE_RUN.test(text)) return 'text could not be decoded (runs of U+FFFD replacement characters)';
  return undefined;
}
