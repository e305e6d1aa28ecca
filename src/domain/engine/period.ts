/** Reporting periods: the contract year, or its first half-year (January–June) for status. */
import { serialOf } from "./dates";
import type { Period } from "./types";

export type PeriodKind = "year" | "H1";

export function periodOf(kind: PeriodKind, year: number | null): Period {
  if (year === null) return { kind, year, from: null, to: null, dueShare: kind === "H1" ? 0.5 : 1 };
  if (kind === "H1") return { kind, year, from: serialOf(year, 1, 1), to: serialOf(year, 6, 30), dueShare: 6 / 12 };
  return { kind, year, from: serialOf(year, 1, 1), to: serialOf(year, 12, 31), dueShare: 1 };
}

/** Accepts `H1`, `halvår`, `1. halvår`, `year`, `år`, `helår` (case-insensitive). */
export function parsePeriodKind(text: string): PeriodKind | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, "");
  if (["h1", "halvår", "halvaar", "1.halvår", "1.halvaar", "half", "half-year", "halfyear"].includes(t)) return "H1";
  if (["year", "år", "aar", "helår", "helaar", "hele", "fy"].includes(t)) return "year";
  return null;
}
