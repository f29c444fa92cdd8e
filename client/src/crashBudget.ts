// How often the client restarts a language server that died: up to `maxRestarts` times within `windowMs`, then
// it stops trying (a server that crashes on start would otherwise restart forever). No `vscode` import.

export interface CrashVerdict {
  restart: boolean;
  /** Crashes within the window, this one included. */
  crashes: number;
}

export class CrashBudget {
  private crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
  ) {}

  record(now: number = Date.now()): CrashVerdict {
    this.crashes = [...this.crashes.filter((time) => now - time < this.windowMs), now];
    return { restart: this.crashes.length <= this.maxRestarts, crashes: this.crashes.length };
  }
}
