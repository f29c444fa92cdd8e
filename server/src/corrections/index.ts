// Corrections that stay: per-article sidecar files and workspace lists applied on top of the analyzer's output.
// Pure: the caller reads and writes the files. See README.md.
export * from './types';
export * from './corrected';
export { parseSidecar, serializeSidecar, sortCorrections, emptySidecar, type ParsedSidecar, type SidecarProblem } from './sidecarFormat';
export { createAnchor, resolveAnchor, type AnchorMatch, type OrphanReason, type ResolvedAnchor } from './anchor';
export { parseKnownActors, formatKnownActor, withKnownActor, type KnownActor, type KnownActorsList } from './knownActors';
export { applyCorrections, type AppliedCorrection, type CorrectionsResult, type Orphan } from './apply';
export * from './record';
export { sidecarPath, articleOfSidecar } from './sidecarPath';
