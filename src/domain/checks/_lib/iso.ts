import { ymdFromSerial } from "../../parse/serial";

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

/** An Excel serial as an ISO date ("2025-03-04"), readable in both languages; "" if not a date. */
export function isoFromSerial(serial: number): string {
  const d = ymdFromSerial(serial);
  return d === null ? "" : `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
