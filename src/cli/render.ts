/**
 * Plain-text rendering for the terminal: readable Danish (or English) tables, no colours needed.
 * User text stays in its cell or field (`oneLine`, `tsvField`); `runCli` shows any other control.
 */
import type { EvaluationResult, Finding, IndicatorResult } from "../app/types";
import { shownPct } from "../app/vocabulary";
import { formatFinding, goalStatusText, localeOf, statusText, type Lang } from "../i18n";
import { cliText } from "../i18n/cli";
import { whyMissing, wrapColumn } from "./render-why";
import { oneLine, tsvField } from "./terminal";

const num = (x: number | null, lang: Lang, digits = 1): string =>
  x === null ? "–" : x.toLocaleString(localeOf(lang).intl, { maximumFractionDigits: digits });

/** Rounded down, so a figure never reads as a higher status than it has (99.96 % is "99,9 %"). */
const pct = (x: number | null, lang: Lang): string => (x === null ? "–" : `${num(shownPct(x), lang, 6)} %`);

function table(cells: readonly (readonly string[])[]): string {
  // A line break in a title or label would start a line of its own in the table.
  const rows = cells.map((r) => r.map(oneLine));
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c + " ".repeat((widths[i] ?? 0) - [...c].length))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const valueText = (i: IndicatorResult, lang: Lang): string =>
  i.value === null ? "–" : i.unit === "procent" ? `${num(i.value, lang)} %` : num(i.value, lang, 2);

export function renderEvaluation(r: EvaluationResult, lang: Lang): string {
  const out: string[] = [];
  const period =
    r.period.year === null
      ? ""
      : cliText(r.period.kind === "H1" ? "period-h1" : "period-year", lang, { year: r.period.year });
  out.push(`${oneLine(r.title)}${period ? ` — ${period}` : ""}`, "");
  const h1 = r.period.kind === "H1";
  const rows: string[][] = [
    [
      cliText("col-goal", lang),
      cliText("col-sub", lang),
      cliText("col-title", lang),
      cliText("col-target", lang),
      cliText("col-realised", lang),
      cliText("col-fulfilment", lang),
      cliText("col-status", lang),
      cliText("col-needed", lang),
      ...(h1 ? [cliText("col-pace", lang)] : []),
    ],
  ];
  for (const g of r.goals) {
    rows.push([
      g.id,
      "",
      g.title,
      "",
      "",
      pct(g.fulfilmentPct, lang),
      goalStatusText(g.status, g.partial, lang),
      "",
      ...(h1 ? [g.pace === null ? "" : cliText(g.pace.onTrack ? "on-track" : "behind", lang)] : []),
    ]);
    const why = whyMissing(g, r.findings, lang);
    if (why !== null) rows.push(["", "", `↳ ${why}`]);
    for (const i of g.indicators) {
      const op = i.op === ">=" ? "≥ " : i.op === ">" ? "> " : "≤ ";
      rows.push([
        "",
        i.id,
        i.label,
        i.target === null ? "–" : `${op}${num(i.target, lang, 2)}`,
        valueText(i, lang),
        pct(i.fulfilmentPct, lang),
        statusText(i.status, lang),
        i.whatIf ? `+${num(i.whatIf.add, lang, 0)} ${i.whatIf.of}` : "",
        ...(h1
          ? [
              i.pace === null
                ? ""
                : `${cliText(i.pace.onTrack ? "on-track" : "behind", lang)} (${num(i.pace.due, lang, 1)})`,
            ]
          : []),
      ]);
    }
  }
  // Titles and labels wrap onto lines of their own rather than being cut.
  out.push(table(wrapColumn(rows, 2, 48)), "");
  out.push(renderFindingsSummary(r.findings, lang));
  return out.join("\n");
}

export function renderFindingsSummary(findings: readonly Finding[], lang: Lang): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const infos = findings.length - errors - warnings;
  return findings.length === 0
    ? cliText("findings-none", lang)
    : cliText("findings-summary", lang, { errors, warnings, infos });
}

export function renderFindings(findings: readonly Finding[], lang: Lang): string {
  const sev = {
    error: cliText("severity-error", lang),
    warning: cliText("severity-warning", lang),
    info: cliText("severity-info", lang),
  };
  // Tab-separated: a tab or line break in a quoted cell would forge a field or a finding.
  const lines = findings.map((f) => [sev[f.severity], f.rule, formatFinding(f, lang)].map(tsvField).join("\t"));
  return [...lines, "", renderFindingsSummary(findings, lang)].join("\n");
}
