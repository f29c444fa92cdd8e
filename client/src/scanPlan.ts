// The pure parts of the workspace scan: globs joined into one pattern, URIs cut into batches. No `vscode` import.

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

/**
 * A glob as a regular expression over a whole path, with the syntax of VS Code's globs: `**` any folders, `*`
 * and `?` within one path segment, `{a,b}` alternatives, `[abc]` character classes.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index];
    if (character === '*') {
      if (glob[index + 1] === '*') {
        index++;
        if (glob[index + 1] === '/') {
          index++;
          source += '(?:[^/]*/)*';
        } else {
          source += '.*';
        }
      } else {
        source += '[^/]*';
      }
    } else if (character === '?') source += '[^/]';
    else if (character === '{') {
      braces++;
      source += '(?:';
    } else if (character === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (character === ',' && braces > 0) source += '|';
    else if (character === '[') {
      const close = glob.indexOf(']', index + 1);
      if (close < 0) source += '\\[';
      else {
        source += `[${glob.slice(index + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        index = close;
      }
    } else source += character.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
