// A strict JSON parser (RFC 8259) that remembers where each object and array starts, so that a sidecar's
// validation problems can name their line. JSON.parse reports neither lines (before Node 21) nor value positions.
// Never throws: syntax errors come back as a message and an offset.

export interface PositionedJson {
  value: unknown;
  /** Offset in the source of each object and array. */
  offsets: WeakMap<object, number>;
}

export type PositionedJsonResult = { ok: true; json: PositionedJson } | { ok: false; message: string; offset: number };

class JsonSyntaxError {
  constructor(readonly message: string, readonly offset: number) {}
}

const MAX_DEPTH = 200;

export function parsePositionedJson(source: string): PositionedJsonResult {
  const offsets = new WeakMap<object, number>();
  let index = 0;

  const fail = (message: string, at = index): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipSpace = () => {
    while (index < source.length && ' \t\n\r'.includes(source[index])) index++;
  };
  const describe = (at: number) => (at >= source.length ? 'end of file' : `'${source[at]}'`);
  const expect = (char: string) => {
    if (source[index] !== char) fail(`expected '${char}', found ${describe(index)}`);
    index++;
  };

  const parseString = (): string => {
    const start = index;
    expect('"');
    let result = '';
    for (;;) {
      const char = source[index];
      if (char === undefined) fail('unterminated string', start);
      if (char === '"') {
        index++;
        return result;
      }
      if (char < ' ') fail('control character in string');
      if (char !== '\\') {
        result += char;
        index++;
        continue;
      }
      const escape = source[index + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (escape in simple) {
        result += simple[escape];
        index += 2;
      } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(index + 2, index + 6))) {
        result += String.fromCharCode(parseInt(source.slice(index + 2, index + 6), 16));
        index += 6;
      } else {
        fail('invalid escape in string');
      }
    }
  };

  const parseValue = (depth: number): unknown => {
    skipSpace();
    if (depth > MAX_DEPTH) fail('nested too deeply');
    const start = index;
    const char = source[index];
    if (char === '{') {
      index++;
      const object: Record<string, unknown> = {};
      offsets.set(object, start);
      skipSpace();
      if (source[index] === '}') {
        index++;
        return object;
      }
      for (;;) {
        skipSpace();
        if (source[index] !== '"') fail(`expected a property name, found ${describe(index)}`);
        const key = parseString();
        skipSpace();
        expect(':');
        const value = parseValue(depth + 1);
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (source[index] === ',') {
          index++;
          continue;
        }
        if (source[index] === '}') {
          index++;
          return object;
        }
        fail(`expected ',' or '}', found ${describe(index)}`);
      }
    }
    if (char === '[') {
      index++;
      const array: unknown[] = [];
      offsets.set(array, start);
      skipSpace();
      if (source[index] === ']') {
        index++;
        return array;
      }
      for (;;) {
        array.push(parseValue(depth + 1));
        skipSpace();
        if (source[index] === ',') {
          index++;
          continue;
        }
        if (source[index] === ']') {
          index++;
          return array;
        }
        fail(`expected ',' or ']', found ${describe(index)}`);
      }
    }
    if (char === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(source.slice(index, index + 64));
    if (!literal) return fail(`unexpected ${describe(index)}`);
    index += literal[0].length;
    return literal[0] === 'true' ? true : literal[0] === 'false' ? false : literal[0] === 'null' ? null : Number(literal[0]);
  };

  try {
    const value = parseValue(0);
    skipSpace();
    if (index < source.length) fail(`unexpected ${describe(index)} after the end of the document`);
    return { ok: true, json: { value, offsets } };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, message: error.message, offset: error.offset };
    return { ok: false, message: String(error), offset: index };
  }
}

/** 0-based line of an offset (\r\n, \n and \r end lines). */
export function lineOfOffset(source: string, offset: number): number {
  let line = 0;
  for (let index = 0; index < offset && index < source.length; index++) {
    if (source[index] === '\n' || (source[index] === '\r' && source[index + 1] !== '\n')) line++;
  }
  return line;
}
