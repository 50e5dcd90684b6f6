import type { Timers } from "../../src/office/async";

/**
 * Timers that only fire when the test says so: timeouts and the handler's
 * deadline are driven by advance(), so no test depends on how fast the
 * machine is.
 */
export class ManualTimers implements Timers {
  private now = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };

  /** The same virtual time as a clock (the send handler's `now`): its deadline checks then count, not measure. */
  clock = (): number => this.now;

  /** Timers not yet fired or cleared. */
  get size(): number {
    return this.pending.size;
  }

  /** Moves time on, firing due timers in order, letting promise callbacks run between them. */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
      await settle();
    }
    this.now = until;
  }
}

/** Lets every queued callback run: promise jobs and the fake host's setTimeout(0) answers. */
export async function settle(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
