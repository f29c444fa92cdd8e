// V8's optimizing compiler, tuned for `news-annotate --jobs N` before its worker threads start. Each thread is a V8
// isolate of its own and compiles the analyzer again; V8's background compiler threads run beside the analysis
// threads on the same cores. On a corpus of a few hundred articles that compiling costs as much CPU as the analysis
// itself (bench/README.md, "cli-jobs"). Three flags make it cheaper:
// - a twice larger interrupt budget: a function runs twice as long before it is optimized, so fewer lukewarm
//   functions are compiled and the hot ones are compiled with more type feedback (fewer optimizations thrown away
//   on an input they had not seen);
// - a quarter of the cumulative inlining budget: smaller optimized functions, much quicker to compile;
// - array builtins (map, filter, forEach…) called, not inlined: inlined, `map` makes an array of another elements
//   kind than the builtin does, so when a function that makes one (documentFeatures' token views were, when this was measured) is first
//   optimized, late in a run, every optimized function that reads its arrays deoptimizes ("wrong map") and is
//   compiled again, big ones (linkMentions, readRoles) at tens of milliseconds each. Without the inlining the
//   deoptimizations once warm fall from 12–27 to 0–3 a pass of the development sets (bench/probes/deopt-probe.ts)
//   and a warm pass takes 5–15% less CPU.
// Measured with Node 20 (V8 11.3) on the development sets: the compiler threads' CPU of one run about halved
// (--jobs 1: 2.1 → 1.0 CPU s), the steady-state speed of the analysis unchanged or better, the output the same bytes.
// Flags are process-wide and their defaults move between V8 versions, so they are set only on the version they were
// measured on; elsewhere V8's defaults stay.
import { setFlagsFromString } from 'node:v8';

/** The V8 versions the flags were measured on (major.minor). */
const MEASURED_ON = '11.3.';

export const CORPUS_JIT_FLAGS = ['--interrupt-budget=135168', '--max-inlined-bytecode-size-cumulative=230', '--no-turbo-inline-array-builtins'] as const;

let tuned = false;

/** Sets CORPUS_JIT_FLAGS once, before worker threads are created (they take the flags as they are then); true when set. */
export function tuneJitForCorpus(v8Version = process.versions.v8): boolean {
  if (!v8Version.startsWith(MEASURED_ON)) return false;
  if (!tuned) for (const flag of CORPUS_JIT_FLAGS) setFlagsFromString(flag);
  tuned = true;
  return true;
}
