// Strict JSON (no comments, no trailing commas) read with jsonc-parser, keeping where each object and array
// starts so that a sidecar's validation problems can name their line: JSON.parse reports neither lines (before
// Node 21) nor value positions. Never throws: syntax errors come back as a message and an offset.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface PositionedJson {
  value: unknown;
  /** Offset in the source of each object and array. */
  offsets: WeakMap<object, number>;
}

export type PositionedJsonResult = { ok: true; json: PositionedJson } | { ok: false; message: string; offset: number };

/** Deeper nesting than any sidecar has; refused rather than walked. */
const MAX_DEPTH = 200;

export function parsePositionedJson(source: string): PositionedJsonResult {
  const errors: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // The parser recurses: thousands of nested brackets overflow its stack. No sidecar nests like that.
    return { ok: false, message: `unreadable (${error instanceof Error ? error.message : String(error)}): nested too deeply`, offset: 0 };
  }
  if (errors.length > 0) return { ok: false, message: printParseErrorCode(errors[0].error), offset: errors[0].offset };
  if (!tree) return { ok: false, message: 'empty document', offset: 0 };
  const offsets = new WeakMap<object, number>();
  const valueOf = (node: Node, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new RangeError(`nested deeper than ${MAX_DEPTH} levels`);
    if (node.type === 'array') {
      const array = (node.children ?? []).map((child) => valueOf(child, depth + 1));
      offsets.set(array, node.offset);
      return array;
    }
    if (node.type === 'object') {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        // defineProperty: a "__proto__" key is an ordinary field here, never the object's prototype.
        if (key && value) Object.defineProperty(object, String(key.value), { value: valueOf(value, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      offsets.set(object, node.offset);
      return object;
    }
    return node.value;
  };
  try {
    return { ok: true, json: { value: valueOf(tree, 0), offsets } };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), offset: 0 };
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
