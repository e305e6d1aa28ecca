/** The Office adapter on the ui engineer's counting mock (filled in when it lands). */
import type { Outcome } from "./child";

export interface OfficeResult {
  readonly rows: number;
  readonly syncs: number;
  readonly max_request_bytes: number;
  readonly sync_limit: number;
}

export async function measureOffice(_rows: number): Promise<Outcome<OfficeResult>> {
  return { ok: false, reason: "the Office adapter and its counting mock have not landed yet" };
}
