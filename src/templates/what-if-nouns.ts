/**
 * The what-if nouns of the library's templates in English ("+12 answers of 9–10"), filled in
 * where a template gives only the Danish one. A test holds every template noun to an entry.
 */
import type { ContractInput } from "../domain/contract/schema";

export const WHAT_IF_NOUNS_EN: Readonly<Record<string, string>> = {
  "svar på 9-10": "answers of 9–10",
  "svar 'i høj grad' eller 'i nogen grad'": "answers 'to a great extent' or 'to some extent'",
  "aktiviteter med status opfyldt": "activities with status met",
  vækstforløb: "growth courses",
  "SMV drift forløb": "SME operations courses",
  iværksætterforløb: "entrepreneur courses",
  forløb: "courses",
  "henviste forløb": "referred courses",
  "forløb med sjællandske virksomheder": "courses with companies from Zealand",
  "virksomheder under 3 år": "companies under 3 years",
  "svar på 9-10 i driftssegmentet": "answers of 9–10 in the operations segment",
  "svar på 9-10 i vækstsegmentet": "answers of 9–10 in the growth segment",
  "svar 'ja' eller 'forventer'": "answers 'yes' or 'expect to'",
  "svar 'i høj grad'": "answers 'to a great extent'",
  "korte forløb": "short courses",
  handlingsplaner: "action plans",
  vækstplaner: "growth plans",
  "længere forløb": "longer courses",
  "forløb i den underrepræsenterede kommunetype": "courses in the under-represented type of municipality",
  "virksomheder i den underrepræsenterede kommunetype": "companies in the under-represented type of municipality",
  "AI-tjek": "AI checks",
  "henviste virksomheder": "referred companies",
  "virksomheder i Attraktive Arbejdspladser": "companies in Attraktive Arbejdspladser",
  "virksomheder med SMV Vækstpilot": "companies with SMV Vækstpilot",
  "virksomheder fra Region Hovedstaden": "companies from the Capital Region",
  "kr. i omsætning": "DKK of turnover",
  "vækstforløb i det andet Væksthus": "growth courses in the other Væksthus",
};

/** A template with the English what-if noun beside each Danish one that has an entry. */
export function withEnglishNouns(input: ContractInput): ContractInput {
  return {
    ...input,
    goals: input.goals.map((g) => ({
      ...g,
      indicators: g.indicators.map((i) =>
        i.whatIfOf !== undefined && i.whatIfOfEn === undefined && WHAT_IF_NOUNS_EN[i.whatIfOf] !== undefined
          ? { ...i, whatIfOfEn: WHAT_IF_NOUNS_EN[i.whatIfOf] }
          : i,
      ),
    })),
  };
}
