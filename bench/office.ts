/**
 * The Office adapter on the counting fake Excel, at the largest size of the run; when the fake
 * (an in-memory model, not Excel) cannot hold that many cells, the next smaller size is measured
 * and the reason is kept.
 */
import { runWorker, type Outcome } from "./child";
import type { OfficeResult } from "./workers/office";

export type { OfficeResult } from "./workers/office";

export async function measureOffice(
  sizes: readonly number[],
): Promise<Outcome<OfficeResult> & { readonly tried: string[] }> {
  const tried: string[] = [];
  for (const rows of [...sizes].sort((a, b) => b - a)) {
    const r = await runWorker<OfficeResult>("office", rows, {
      heapMb: Math.max(4096, Math.ceil(rows / 1000) * 12),
      timeoutMs: 20 * 60_000,
    });
    if (r.ok) return { ...r, tried };
    tried.push(`${rows.toLocaleString("en-US")} rows: ${r.reason}`);
  }
  return { ok: false, reason: tried.join("; ") || "no size to run", tried };
}
