// An esbuild plugin that rewrites every character above U+00FF in a bundle as a \uXXXX escape. V8 keeps each
// script's source in memory, one byte per character when every character fits in Latin-1 and two bytes otherwise;
// esbuild escapes string literals but not regular expressions (their quotation marks and dashes) or comments, so
// one "’" doubled the server's 5 MB source in the server's thread and again in the analysis worker's. A \uXXXX escape
// means the same character in a string, template, regular expression (with or without the u flag: a surrogate
// pair's two escapes make one code point), identifier or comment; an escaped character ("\’") loses its backslash.
import { readFile, writeFile } from 'node:fs/promises';

/** `code` with its characters above U+00FF written as escapes. */
export function latin1Source(code) {
  return code.replace(/(\\*)([\u0100-\uffff])/g, (_, backslashes, character) => {
    const escape = `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (backslashes.length % 2 ? backslashes.slice(1) : backslashes) + escape;
  });
}

export const latin1Bundle = {
  name: 'latin1-bundle',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      const file = build.initialOptions.outfile;
      await writeFile(file, latin1Source(await readFile(file, 'utf8')));
    });
  },
};
