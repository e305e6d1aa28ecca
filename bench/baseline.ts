/**
 * The floor: a hand-written single pass over the raw column arrays computing only the table
 * indicators of Sjælland 2025 (default options), with the exact spellings the generator writes
 * and only the type tests a value needs to be counted (no entry checks, no messages, no folding).
 * Nothing in JavaScript does this work faster; the engine is held to a small multiple of it.
 */
import type { CellValue, WorkbookData } from "../src/domain/model";
import { addYears, serialOf } from "../src/domain/engine/dates";

/** Indicator id → realised value, the same ids as the engine's results. */
export type IndicatorValues = Record<string, number | null>;

const str = (v: CellValue | undefined): string | null => (typeof v === "string" && v !== "" ? v : null);

const pct = (hits: number, total: number): number | null => (total > 0 ? (hits / total) * 100 : null);

/** Distinct companies with a flag: the share of companies with at least one flagged row. */
function flaggedShare(m: Map<string, boolean>): number | null {
  let hits = 0;
  for (const f of m.values()) if (f) hits++;
  return pct(hits, m.size);
}

export function baseline(data: WorkbookData, year: number): IndicatorValues {
  const from = serialOf(year, 1, 1);
  const to = serialOf(year, 12, 31);
  const f = data.Forloeb?.columns;
  const e = data.Evaluering?.columns;
  const k = data.Kommuner?.columns;
  if (!f || !e || !k) throw new Error("baseline needs Forloeb, Evaluering and Kommuner");

  // Municipality type and population per group, from the reference table.
  const typeOf = new Map<string, string>();
  const population = new Map<string, number>();
  const kn = k.kommune?.values ?? [];
  for (let i = 0; i < kn.length; i++) {
    const name = str(kn[i]);
    const type = str(k.kommunetype?.values[i]);
    const pop = k.befolkning?.values[i];
    if (name === null || type === null || typeof pop !== "number") continue;
    typeOf.set(name, type);
    population.set(type, (population.get(type) ?? 0) + pop);
  }

  const cvr = f.cvr?.values ?? [];
  const type = f.forloebstype?.values ?? [];
  const tema = f.tema?.values ?? [];
  const start = f.startdato?.values ?? [];
  const founded = f.stiftelsesdato?.values ?? [];
  const kommune = f.kommune?.values ?? [];
  const hq = f.hovedsaede?.values ?? [];
  const referred = f.henvistTil?.values ?? [];

  let korte = 0;
  let handling = 0;
  let vaekst = 0;
  let ai = 0;
  const young = new Set<string>();
  const attraktive = new Set<string>();
  const pilot = new Set<string>();
  const capital = new Set<string>();
  const handlingRef = new Map<string, boolean>();
  const vaekstRef = new Map<string, boolean>();
  const perType = new Map<string, number>();
  const n = cvr.length;
  for (let i = 0; i < n; i++) {
    const s = start[i];
    if (typeof s !== "number" || s < from || s > to) continue;
    const c = str(cvr[i]);
    const t = type[i];
    if (t === "Kort forløb") korte++;
    else if (t === "Handlingsplan") handling++;
    else if (t === "Vækstplan") vaekst++;
    else if (t === "AI-tjek") ai++;
    const b = founded[i];
    if (c !== null) {
      // The day-count test rejects most rows before the exact calendar test.
      if (typeof b === "number" && b <= s && s - b < 1097 && s < addYears(b, 3)) young.add(c);
      if (t === "Attraktive Arbejdspladser" || tema[i] === "Attraktive Arbejdspladser") attraktive.add(c);
      if (t === "SMV Vækstpilot" || tema[i] === "SMV Vækstpilot") pilot.add(c);
      if (hq[i] === "Region Hovedstaden") capital.add(c);
      const r = str(referred[i]) !== null;
      if (t === "Handlingsplan") handlingRef.set(c, r || handlingRef.get(c) === true);
      else if (t === "Vækstplan" || t === "Omstillingsplan") vaekstRef.set(c, r || vaekstRef.get(c) === true);
    }
    const g = typeOf.get(kommune[i] as string);
    if (g !== undefined) perType.set(g, (perType.get(g) ?? 0) + 1);
  }

  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  let used = 0;
  let known = 0;
  let sustainHigh = 0;
  let sustainAll = 0;
  const score = e.anbefaling?.values ?? [];
  const henvisning = e.henvisning?.values ?? [];
  const sustain = e.baeredygtighed?.values ?? [];
  for (let i = 0; i < score.length; i++) {
    const s = score[i];
    if (typeof s === "number" && Number.isInteger(s) && s >= 0 && s <= 10) {
      answers++;
      if (s >= 9) promoters++;
      else if (s <= 6) detractors++;
    }
    const h = henvisning[i];
    if (h === "ja" || h === "forventer") {
      used++;
      known++;
    } else if (h === "nej") known++;
    const b = sustain[i];
    if (b === "i høj grad") sustainHigh++;
    if (b === "i høj grad" || b === "i nogen grad" || b === "i lav grad" || b === "slet ikke" || b === "ved ikke")
      sustainAll++;
  }

  // Largest deviation (points) between the courses' and the population's shares per type.
  let placed = 0;
  let people = 0;
  for (const v of perType.values()) placed += v;
  for (const v of population.values()) people += v;
  let deviation: number | null = null;
  if (placed > 0 && people > 0) {
    deviation = 0;
    for (const [g, pop] of population)
      deviation = Math.max(deviation, Math.abs(((perType.get(g) ?? 0) / placed - pop / people) * 100));
  }

  return {
    "virksomheder-under-3-aar": young.size,
    nps: answers > 0 ? ((promoters - detractors) / answers) * 100 : null,
    "anvendt-henvisning": pct(used, known),
    "baeredygtighed-i-hoej-grad": pct(sustainHigh, sustainAll),
    "korte-forloeb": korte,
    handlingsplaner: handling,
    vaekstplaner: vaekst,
    "laengere-forloeb": handling + vaekst,
    "forloeb-i-alt": korte + handling + vaekst,
    "fordeling-forloeb": deviation,
    "ai-tjek": ai,
    "henvist-handlingsplan": flaggedShare(handlingRef),
    "henvist-vaekst-omstillingsplan": flaggedShare(vaekstRef),
    "attraktive-arbejdspladser": attraktive.size,
    "smv-vaekstpilot": pilot.size,
    "virksomheder-hovedstaden": capital.size,
  };
}
