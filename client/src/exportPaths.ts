// Where export files may go: the exporter names the files, and a name must not lead outside the folder the user
// chose (no absolute paths, no "..", no drive letters). No `vscode` import, so the unit tests check it.

/** Why `name` is refused as a file name inside the export folder, or undefined when it is fine. */
export function unsafeExportName(name: string): string | undefined {
  if (!name || !name.trim()) return 'an empty file name';
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return `an absolute path (${name})`;
  const segments = name.split(/[\\/]/);
  if (segments.some((segment) => segment === '..')) return `a path leading outside the folder (${name})`;
  if (segments.some((segment) => segment === '' || segment === '.')) return `a malformed path (${name})`;
  if (/[\u0000-\u001f]/.test(name)) return `control characters in a file name (${JSON.stringify(name)})`;
  return undefined;
}

/** The temporary name a file is written under before it is renamed into place (same folder, so rename is atomic). */
export function temporaryName(name: string, unique: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return `${name.slice(0, slash + 1)}.${name.slice(slash + 1)}.${unique}.tmp`;
}
