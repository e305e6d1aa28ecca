/**
 * docs/data-dictionary.md, made from the code's one source: the tables and columns of
 * `ROLE_SPECS` with the headers they are recognised by, the coded values and the spellings the
 * parsers accept, the region names, and what each library contract reads (goals per column, key
 * figures, the goals with activity items). `npm run docs` writes it; a test fails when the file and the code
 * disagree. Danish first, English second, as the users read it.
 */
import { contractNeeds } from "../domain/binding/needs";
import { ACTIVITY_STATUS, EFFECT_SCALE, KOMMUNETYPER, REFERRAL_SCALE, SEGMENTS } from "../domain/clean";
import type { Contract } from "../domain/contract/schema";
import { ROLE_SPECS, ROLES, type FieldType, type Role } from "../domain/model";
import { acceptedSpellings } from "../domain/parse/_lib/enumParser";
import "../domain/parse";
import { LIBRARY } from "../templates";
import { HOVEDSTADEN_REGION_NAMES, SJAELLAND_REGION_NAMES } from "../templates/municipalities";

/** What a column of each type holds: Danish, then English. */
const TYPE_TEXT: Readonly<Record<FieldType, readonly [string, string]>> = {
  cvr: ["CVR-nummer: 8 cifre, der består modulus 11-kontrollen", "CVR number: 8 digits passing the modulus-11 check"],
  pnummer: ["P-nummer: 10 cifre", "P number (production unit): 10 digits"],
  text: ["tekst", "text"],
  segment: ["kundesegment (se Værdier)", "customer segment (see Values)"],
  date: ["dato: en Excel-dato eller en dato skrevet som tekst", "date: an Excel date or a date written as text"],
  number: ["tal (decimalkomma er i orden)", "number (a decimal comma is fine)"],
  hours: ["timer: et tal ≥ 0 (decimalkomma og en enhed er i orden)", "hours: a number ≥ 0 (decimal comma, a unit)"],
  score: ["helt tal fra 0 til 10", "whole number from 0 to 10"],
  effectScale: ["svar på effektskalaen (se Værdier)", "answer on the effect scale (see Values)"],
  referralScale: ["svar om brug af henvisning (se Værdier)", "answer on the use of a referral (see Values)"],
  yesNo: ["ja/nej (se Værdier)", "yes/no (see Values)"],
  list: ['liste: flere adskilt med ";" – eller "ingen"', 'list: several separated by ";" – or "ingen" (none)'],
  kommunetype: ["by eller land (se Værdier)", "by (urban) or land (rural) (see Values)"],
  activityStatus: ["aktivitetens status (se Værdier)", "the activity's status (see Values)"],
};

/** The coded value lists, each with its canonical values (the parsers' tables are found by them). */
const VALUE_LISTS: readonly { readonly title: readonly [string, string]; readonly values: readonly string[] }[] = [
  { title: ["Kundesegment", "Customer segment"], values: SEGMENTS },
  {
    title: ["Effektskala (Forventet effekt, Bæredygtighed)", "Effect scale (Forventet effekt, Bæredygtighed)"],
    values: EFFECT_SCALE,
  },
  { title: ["Brug af henvisning", "Use of referral"], values: REFERRAL_SCALE },
  {
    title: ["Ja/nej (Sendt til brugerevaluering, Ledelsesvurdering)", "Yes/no"],
    values: ["ja", "nej"],
  },
  { title: ["Kommunetype", "Municipality type"], values: KOMMUNETYPER },
  { title: ["Aktivitetens status", "Activity status"], values: ACTIVITY_STATUS },
];

/** `|` would end a table cell. */
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const quoted = (list: readonly string[]): string => list.map((s) => `«${cell(s)}»`).join(", ");
const anchor = (role: Role): string => ROLE_SPECS[role].sheetName.toLowerCase().replace(/\s+/g, "-");

/** Goals of each library contract that read `role.field`, e.g. "sjaelland-2025: 1, 7". */
function goalsByField(contracts: readonly Contract[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of contracts) {
    const needs = contractNeeds(c);
    for (const [key, goals] of needs.fields) out.set(key, [...(out.get(key) ?? []), `${c.id}: ${goals.join(", ")}`]);
  }
  return out;
}

function roleSection(role: Role, used: Map<string, string[]>): string[] {
  const spec = ROLE_SPECS[role];
  const lines = [
    `## ${spec.sheetName}`,
    "",
    `Arket «${spec.sheetName}», tabellen \`${spec.tableName}\` i udfyldningsskabelonen; i en bindingsfil «${spec.sheetName}» eller \`${role}\`.`,
    `Sheet «${spec.sheetName}», table \`${spec.tableName}\` in the fill-in workbook; in a binding file «${spec.sheetName}» or \`${role}\`.`,
    "",
    "| Overskrift / Header | Id | Indhold | Content | Påkrævet / Required | Genkendes også / Also recognised | Bruges af / Used by |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const f of spec.fields) {
    const [da, en] = TYPE_TEXT[f.type];
    const goals = used.get(`${role}.${f.id}`) ?? [];
    lines.push(
      `| ${cell(f.header)} | \`${f.id}\` | ${cell(da)} | ${cell(en)} | ${f.required ? "ja / yes" : ""} | ${quoted(f.synonyms)} | ${cell(goals.join("; "))} |`,
    );
  }
  return [...lines, ""];
}

function valuesSection(): string[] {
  const lines = [
    "## Værdier / Values",
    "",
    "Store og små bogstaver, mellemrum og æ/ø/å skrevet som ae/oe/aa betyder ikke noget. Et svar, der begynder med en kendt værdi efterfulgt af flere ord, læses som den værdi på effektskalaen og ved henvisning («I høj grad – meget tilfreds»).",
    "Case, spacing and æ/ø/å written as ae/oe/aa do not matter. On the effect scale and for referrals, an answer that starts with a known value followed by more words is read as that value.",
    "",
  ];
  for (const list of VALUE_LISTS) {
    const table = acceptedSpellings(list.values) ?? {};
    lines.push(
      `### ${list.title[0]} / ${list.title[1]}`,
      "",
      "| Værdi / Value | Accepteres også / Also accepted |",
      "| --- | --- |",
    );
    for (const v of list.values) lines.push(`| ${cell(v)} | ${quoted(table[v] ?? [])} |`);
    lines.push("");
  }
  lines.push(
    "Ja/nej: et flueben (✓, ✔, ☑, ✅) betyder ja. / Yes/no: a tick mark (✓, ✔, ☑, ✅) means yes.",
    "",
    "### Regioner i Hovedsæde (region) / Regions in Hovedsæde (region)",
    "",
    `- Region Hovedstaden: ${quoted(HOVEDSTADEN_REGION_NAMES)}`,
    `- Region Sjælland: ${quoted(SJAELLAND_REGION_NAMES)}`,
    "",
  );
  return lines;
}

function contractSection(c: Contract): string[] {
  const needs = contractNeeds(c);
  const lines = [`### ${c.id}`, ""];
  const keys = c.keyFigures.filter((k) => needs.keys.has(k.id));
  if (keys.length > 0) {
    lines.push("| Nøgletal / Key figure | Mål / Goals | Genkendes også / Also recognised |", "| --- | --- | --- |");
    for (const k of keys)
      lines.push(`| ${cell(k.label)} | ${(needs.keys.get(k.id) ?? []).join(", ")} | ${quoted(k.synonyms)} |`);
    lines.push("");
  }
  const goals = [...new Set(needs.items.map((i) => i.goal))];
  if (goals.length > 0)
    lines.push(
      `Aktiviteter (tabellen Aktiviteter) til mål ${goals.join(", ")}: se udfyldningsskabelonen (\`kontrakttjek template ${c.id}\`). / Activities for goals ${goals.join(", ")}: see the fill-in workbook.`,
      "",
    );
  return lines;
}

/**
 * @name dataDictionaryMarkdown
 * @category Docs
 * @summary The text of docs/data-dictionary.md, from the code.
 */
export function dataDictionaryMarkdown(contracts: readonly Contract[] = LIBRARY): string {
  const used = goalsByField(contracts);
  const lines = [
    "# Dataordbog / Data dictionary",
    "",
    "<!-- Lavet af koden med `npm run docs`; ret ikke i hånden. Made from the code by `npm run docs`; do not edit by hand. -->",
    "",
    "Kontrakttjek læser fem tabeller. Hver kolonne findes på sin danske overskrift eller på en af de andre overskrifter, der står ud for den; findes en kolonne ikke, siger `kontrakttjek check`, hvilke mål der mangler den, og hvad der ligner. Med `kontrakttjek bind` skrives en bindingsfil, hvor du selv kan vælge kolonnen (ved overskrift eller kolonnebogstav) – tabeller og kolonner ved deres danske navne herfra eller deres id.",
    "",
    "Kontrakttjek reads five tables. Each column is found by its Danish header or by one of the other headers listed beside it; when a column is not found, `kontrakttjek check` says which goals lack it and what looks like it. `kontrakttjek bind` writes a binding file in which you choose the column yourself (by header or column letter) — tables and columns by their Danish names from here or by their ids.",
    "",
    ...ROLES.map((r) => `- [${ROLE_SPECS[r].sheetName}](#${anchor(r)})`),
    "- [Værdier / Values](#værdier--values)",
    "- [Nøgletal og aktiviteter pr. kontrakt / Key figures and activities per contract](#nøgletal-og-aktiviteter-pr-kontrakt--key-figures-and-activities-per-contract)",
    "",
    ...ROLES.flatMap((r) => roleSection(r, used)),
    ...valuesSection(),
    "## Nøgletal og aktiviteter pr. kontrakt / Key figures and activities per contract",
    "",
    "Et nøgletal står i tabellen Nøgletal med sit navn i «Nøgle» og tallet i «Værdi»; en tilføjelse i parentes («Kendskab til tilbud (blandt dem der kender huset)») må gerne stå der. En aktivitet står i tabellen Aktiviteter med målets nummer i «Mål», teksten i «Aktivitet» og «Status»; den findes også, når teksten er skrevet med andre ord, og fundet vises, så en forkert match kan ses og rettes.",
    "",
    "A key figure is a row of the Nøgletal table, its name in «Nøgle» and the figure in «Værdi»; a qualifier in parentheses may follow the name. An activity is a row of the Aktiviteter table with the goal's number in «Mål», the text in «Aktivitet» and «Status»; it is also found when worded differently, and the match is shown so a wrong one can be seen and corrected.",
    "",
    ...contracts.flatMap(contractSection),
  ];
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
