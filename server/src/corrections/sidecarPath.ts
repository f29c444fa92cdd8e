// Where an article's sidecar lives: next to the article (`article.txt.annotations.json`), or, when a folder is set,
// at the article's path relative to its workspace folder under that folder (`.annotations/news/article.txt.annotations.json`).
// Paths only, no file access. A setting that points outside the workspace folder is refused (undefined).
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from './types';

export function sidecarPath(articleFile: string, workspaceFolder?: string, sidecarFolder = ''): string | undefined {
  if (!sidecarFolder.trim()) return articleFile + SIDECAR_SUFFIX;
  if (!workspaceFolder) return undefined;
  const inside = (parent: string, child: string) => {
    const relative = path.relative(parent, child);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : undefined;
  };
  const articleRelative = inside(workspaceFolder, articleFile);
  const folder = path.resolve(workspaceFolder, sidecarFolder);
  if (!articleRelative || (folder !== path.resolve(workspaceFolder) && !inside(workspaceFolder, folder))) return undefined;
  return path.join(folder, articleRelative + SIDECAR_SUFFIX);
}

/** The article a sidecar belongs to (for the file watcher), or undefined when the file is not a sidecar. */
export function articleOfSidecar(sidecarFile: string, workspaceFolder?: string, sidecarFolder = ''): string | undefined {
  if (!sidecarFile.endsWith(SIDECAR_SUFFIX)) return undefined;
  const withoutSuffix = sidecarFile.slice(0, -SIDECAR_SUFFIX.length);
  if (!sidecarFolder.trim()) return withoutSuffix;
  if (!workspaceFolder) return undefined;
  const folder = path.resolve(workspaceFolder, sidecarFolder);
  const relative = path.relative(folder, withoutSuffix);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return path.join(workspaceFolder, relative);
}
