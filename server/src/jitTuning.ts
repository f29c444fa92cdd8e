// V8's optimizing compiler, tuned for the analyzer before any analysis thread starts: the CLI's record threads
// (`news-annotate --jobs N`) and the language server's analysis worker. Each thread is a V8 isolate of its own and
// compiles the analyzer again; V8's background compiler threads run beside the analysis threads on the same cores.
// On a corpus of a few hundred articles that compiling costs as much CPU as the analysis itself (bench/README.md,
// "cli-jobs"); in the language server it is most of what the helper threads do while the first edits of a document
// are analyzed (the edit path's code compiled for the first time). Three flags make it cheaper:
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
// Measured with Node 20 (V8 11.3): on the development sets, the CLI's compiler threads' CPU of one run about halved
// (--jobs 1: 2.1 → 1.0 CPU s), the steady-state speed of the analysis unchanged or better, the output the same bytes;
// in the language server, 30 one-character edits of the 400 KB article right after opening it (bench/probes/
// hover-trace-probe.ts, three pairs in turn, the flags given on the command line): V8's helper threads 45–52 → 29–30
// ms of CPU per edit, the worker's own 42–49 → 40–43 ms, edit → diagnostics p50 56–63 → 46–54 ms and p95 189–267 →
// 129–147 ms. Flags are process-wide and their defaults move between V8 versions, so they are set only on the
// version they were measured on; elsewhere V8's defaults stay.
import { setFlagsFromString } from 'node:v8';

/** The V8 versions the flags were measured on (major.minor). */
const MEASURED_ON = '11.3.';

export const ANALYSIS_JIT_FLAGS = ['--interrupt-budget=135168', '--max-inlined-bytecode-size-cumulative=230', '--no-turbo-inline-array-builtins'] as const;

let tuned = false;

/** Sets ANALYSIS_JIT_FLAGS once, before worker threads are created (they take the flags as they are then); true when set. */
export function tuneJitForAnalysis(v8Version = process.versions.v8): boolean {
  if (!v8Version.startsWith(MEASURED_ON)) return false;
  if (!tuned) for (const flag of ANALYSIS_JIT_FLAGS) setFlagsFromString(flag);
  tuned = true;
  return true;
}
