// File names of exported articles: the article's own name, and "article", "article-2", … so that two articles with one base name (in two
// folders) never overwrite each other. Shared by the CLI's --out and the editor's workspace export.

export class UniqueNames {
  private readonly used = new Set<string>();
  unique(base: string): string {
    let name = base;
    // Case-insensitive: two names differing in case are one file on macOS and Windows.
    for (let counter = 2; this.used.has(name.toLowerCase()); counter++) name = `${base}-${counter}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}

/** "file:///news/Putin%20speech.txt" → "Putin speech". */
export function baseName(uri: string): string {
  const lastSegment =
    uri
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? '';
  let decoded = lastSegment;
  try {
    decoded = decodeURIComponent(lastSegment);
  } catch {
    // A malformed escape: keep the segment as written.
  }
  return decoded.replace(/\.[^.]*$/, '') || 'document';
}
