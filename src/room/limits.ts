// Limits that keep one phone (or one script) from flooding a room: a budget of messages per connection, and
// of failed room codes per network address, so that room codes cannot be guessed by trying them.

/** A token bucket: `burst` at once, refilled at `perSecond`. The clock is passed in (ms). */
export class Budget {
  private tokens: number;
  private at: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  /** Whether a token is left, without spending it. */
  left(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    return this.tokens >= 1;
  }

  /** Spends one token; false when none is left. */
  take(now: number): boolean {
    if (!this.left(now)) return false;
    this.tokens--;
    return true;
  }
}

/** Budgets kept per key (a network address), forgotten after a quiet while so the map cannot grow forever. */
export class Budgets {
  private byKey = new Map<string, { budget: Budget; seen: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {}

  private budget(key: string, now: number): Budget {
    if (this.byKey.size > 10_000) this.sweep(now);
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { budget: new Budget(this.burst, this.perSecond, now), seen: now };
      this.byKey.set(key, entry);
    }
    entry.seen = now;
    return entry.budget;
  }

  take = (key: string, now: number) => this.budget(key, now).take(now);
  left = (key: string, now: number) => this.budget(key, now).left(now);

  private sweep(now: number) {
    for (const [key, e] of this.byKey) if (now - e.seen > 60_000) this.byKey.delete(key);
  }
}
