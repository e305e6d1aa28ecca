/** Shared formatting of figures for the goal cards and the what-if panel. */
import type { Comparator, GoalStatus, Unit } from "../../app/types";
import { shownPct } from "../../app/vocabulary";
import { formatNumber, t, type Lang, type StringKey } from "../strings";

const UNIT: Readonly<Record<Unit, StringKey>> = {
  antal: "unitAntal",
  procent: "unitProcent",
  point: "unitPoint",
  procentpoint: "unitProcentpoint",
  faktor: "unitFaktor",
  virksomheder: "unitVirksomheder",
  aktiviteter: "unitAktiviteter",
};

export const STATUS_KEY: Readonly<Record<GoalStatus, StringKey>> = {
  opfyldt: "statusOpfyldt",
  delvist: "statusDelvist",
  "ikke opfyldt": "statusIkkeOpfyldt",
  "mangler data": "statusManglerData",
};

export const STATUS_COLOR: Readonly<Record<GoalStatus, "success" | "warning" | "danger" | "informative">> = {
  opfyldt: "success",
  delvist: "warning",
  "ikke opfyldt": "danger",
  "mangler data": "informative",
};

export const OP_TEXT: Readonly<Record<Comparator, string>> = { ">=": "≥", ">": ">", "<=": "≤" };

export const unitText = (u: Unit, lang: Lang): string => t(UNIT[u], lang);

export const num = (n: number | null, lang: Lang): string =>
  n === null ? t("valueMissing", lang) : formatNumber(n, lang);

/**
 * A percentage as the pane shows it, in the language's number format: rounded down to one
 * decimal (two significant digits below 1 %), so a figure never reads as a higher status than
 * it has — 99.96 % is "99,9 %", not "100 %" — and the same figure as the CLI shows.
 */
export const pctFigure = (pct: number, lang: Lang): string => formatNumber(shownPct(pct), lang, 6);

export const pctText = (pct: number | null, lang: Lang): string =>
  pct === null ? t("goalNoData", lang) : t("indicatorPct", lang, { pct: pctFigure(pct, lang) });
