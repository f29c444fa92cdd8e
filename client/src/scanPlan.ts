// The pure parts of the workspace scan: globs joined into one pattern, URIs cut into batches. No `vscode` import.
import picomatch from 'picomatch';

/** One glob matching any of `globs` ("{a,b}"), workspace-relative (findFiles takes them relative to the folder). */
export function braceGlob(globs: readonly string[]): string | undefined {
  const cleaned = [...new Set(globs.map((glob) => glob.trim().replace(/^\.\//, '')).filter(Boolean))];
  if (cleaned.length === 0) return undefined;
  return cleaned.length === 1 ? cleaned[0] : `{${cleaned.join(',')}}`;
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

/** A glob (VS Code's syntax: `**`, `*`, `?`, `{a,b}`, `[abc]`) as a regular expression over a whole path. */
export function globToRegExp(glob: string): RegExp {
  return picomatch.makeRe(glob, { dot: true });
}
