/** Test helper: workbooks whose checks emit every rule (but internal-error), with the findings. */
import { checkData } from "../../domain/checks";
import type { Finding } from "../../domain/findings";
import { bound, course } from "../../domain/checks/_lib/tables.testing";
import { UNCALCULATED_FORMULA } from "../../domain/model";

export function findingsOfEveryRule(): Finding[] {
  const A = "12345674";
  const forloeb = bound("Forloeb", [
    course({ cvr: { error: "#N/A" }, virksomhed: "r2" }),
    course({ cvr: null, virksomhed: "r3" }),
    course({ cvr: "1234", virksomhed: "r4" }),
    course({ cvr: "02345674", virksomhed: "r5" }),
    course({ cvr: "12345675", virksomhed: "r6" }),
    course({ cvr: "DK 12345674", virksomhed: "r7", pnummer: null, segment: null, tema: null, henvistTil: null }),
    course({ virksomhed: "r8", pnummer: "12", segment: "x", startdato: "31.04.2025" }),
    course({ virksomhed: "r9", startdato: null }),
    course({ virksomhed: "r10", startdato: "2025-05-01", slutdato: "2025-04-01", stiftelsesdato: "2026-01-01" }),
    course({ virksomhed: "r11", timer: "mange" }),
    course({ virksomhed: "r12", timer: -2 }),
    // Another company, so its "måske" (an answer, if not a valid one) decides no case of A's.
    course({ cvr: "29403473", virksomhed: "r13", ledelsesvurdering: "måske" }),
    course({ cvr: A, virksomhed: "r14", timer: 15, startdato: "2025-01-10", sendtTilEvaluering: "nej" }),
    course({ cvr: A, virksomhed: "r15", timer: 15, startdato: "2025-02-10" }),
    course({ virksomhed: "r16", timer: 9000 }),
    course({ virksomhed: "r17", kommune: { error: UNCALCULATED_FORMULA } }),
    course({ virksomhed: "dup" }),
    course({ virksomhed: "dup" }),
    course({ virksomhed: "r20", kommune: "Næsved" }),
  ]);
  const evaluering = bound("Evaluering", [
    { cvr: A, anbefaling: 11, effekt: "måske", henvisning: "tja", baeredygtighed: "lidt" },
    // A company with no course in Forløb.
    { cvr: "10000009", anbefaling: 10 },
  ]);
  const noegletal = bound("Noegletal", [
    { noegle: "Basistilskud", vaerdi: 1 },
    { noegle: "basistilskud", vaerdi: 2 },
    { noegle: null, vaerdi: 3 },
  ]);
  const kommuner = bound("Kommuner", [
    { kommune: "Køge", kommunetype: "forstad" },
    { kommune: "I alt", befolkning: 62000 },
  ]);
  const aktiviteter = bound("Aktiviteter", [{ maal: "6", aktivitet: "Netværk", status: "i gang" }]);
  const main = checkData(
    { Forloeb: forloeb, Evaluering: evaluering, Noegletal: noegletal, Kommuner: kommuner, Aktiviteter: aktiviteter },
    { registration: "2024-2027", maxPerRule: 1 },
  ).findings;
  const partial = checkData(
    { Forloeb: bound("Forloeb", [{ virksomhed: "A" }]) },
    { registration: "2024-2027" },
  ).findings;
  // Rammeaftale 2019–20: a course must name its service (Forløbstype or Tema).
  const service = checkData(
    { Forloeb: bound("Forloeb", [course({ virksomhed: "B", forloebstype: null, tema: null })]) },
    { registration: "2019-2020" },
  ).findings;
  return [...main, ...partial, ...service];
}
