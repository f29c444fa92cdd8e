// Identifiers derived from content, so the same export gives the same ids every time (golden files, diffs).
import { createHash } from 'node:crypto';

// Namespace of this project's name-based UUIDs (generated once; never change it, or every exported id changes).
const NAMESPACE = '5b0d6f0e-8a2c-4d7b-9a51-3c6e2f1d8b47';

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1), of `name` in the project's namespace, as a `urn:uuid:` IRI. */
export function contentUrn(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
