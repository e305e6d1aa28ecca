/** Shared formatting of figures for the goal cards and the what-if panel. */
import type { Comparator, GoalStatus, Unit } from "../../app/types";
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

/** A percentage to one decimal, or two significant digits below 1 % (so 0.02 % is not "0 %"). */
export const roundPct = (pct: number): number =>
  pct > 0 && pct < 1 ? Number(pct.toPrecision(2)) : Math.round(pct * 10) / 10;

export const pctText = (pct: number | null, lang: Lang): string =>
  pct === null ? t("goalNoData", lang) : t("indicatorPct", lang, { pct: roundPct(pct) });
