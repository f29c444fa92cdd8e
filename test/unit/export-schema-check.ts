// A small JSON Schema checker for the keywords schema/annotations.schema.json uses ($ref into $defs, type, enum,
// required, properties, items, anyOf, minimum), so tests can hold the project's JSON to its documented schema
// without a validator dependency. Returns the paths and reasons of every mismatch.
import * as fs from 'node:fs';
import * as path from 'node:path';

type Schema = Record<string, any>;

export const ANNOTATIONS_SCHEMA_FILE = path.resolve(__dirname, '../../../schema/annotations.schema.json');

export function readAnnotationsSchema(): Schema {
  return JSON.parse(fs.readFileSync(ANNOTATIONS_SCHEMA_FILE, 'utf8'));
}

const KNOWN = new Set(['$schema', '$id', '$ref', '$defs', 'title', 'description', 'type', 'enum', 'required', 'properties', 'additionalProperties', 'items', 'anyOf', 'minimum']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function schemaErrors(value: unknown, root: Schema, schema: Schema = root, at = '$'): string[] {
  const errors: string[] = [];
  for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) errors.push(`${at}: the checker does not know keyword ${keyword}`);
  if (schema.$ref) {
    const match = /^#\/\$defs\/(\w+)$/.exec(schema.$ref);
    if (!match || !root.$defs?.[match[1]]) return [...errors, `${at}: unresolvable $ref ${schema.$ref}`];
    errors.push(...schemaErrors(value, root, root.$defs[match[1]], at));
  }
  if (schema.type) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [...errors, `${at}: ${actual}, expected ${types.join(' or ')}`];
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) errors.push(`${at}: ${value} < ${schema.minimum}`);
  if (schema.anyOf && !schema.anyOf.some((option: Schema) => schemaErrors(value, root, option, at).length === 0)) errors.push(`${at}: matches none of anyOf`);
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${at}: missing ${key}`);
    for (const [key, property] of Object.entries<Schema>(schema.properties ?? {})) {
      if (key in object) errors.push(...schemaErrors(object[key], root, property, `${at}.${key}`));
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => errors.push(...schemaErrors(item, root, schema.items, `${at}[${index}]`)));
  return errors;
}
