// Where the page's time goes: a CPU profile of the storm from the DevTools protocol, by function.
import { round } from './parts.ts';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  fn: string;
  /** Per cent of the sampled time. */
  pct: number;
}

/** Self time by function, the top `n`, in % of the sampled time. */
export function topSelf(p: CpuProfile, n = 15): SelfTime[] {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    const f = byId.get(id)!.callFrame;
    const file = f.url.split('/').pop() || '';
    const key = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, t]) => ({ fn, pct: round((100 * t) / total, 1) }));
}
