import { useMemo, useState } from "react";
import type { Role } from "../../../app/types";
import { CONFIDENCE, ROLE_SPECS, ROLES } from "../../../app/vocabulary";
import { usePane } from "../../actions/manager";
import { t, type Lang, type StringKey } from "../../strings";
import { chosenContract } from "../../contracts";
import type { BindingPanelState, ConfidenceLevel, RoleView } from "./BindingPanel.types";
import { lackViews, type LackView } from "./lacks";

const ROLE_LABEL: Readonly<Record<Role, StringKey>> = {
  Forloeb: "roleForloeb",
  Evaluering: "roleEvaluering",
  Noegletal: "roleNoegletal",
  Kommuner: "roleKommuner",
  Aktiviteter: "roleAktiviteter",
};

export const levelOf = (confidence: number): ConfidenceLevel =>
  confidence >= CONFIDENCE.synonym ? "high" : confidence >= 0.65 ? "medium" : "low";

export const sourceLabel = (s: { sheet: string; table: string | null; headerRow: number }, lang: Lang): string =>
  s.table
    ? t("sourceName", lang, { sheet: s.sheet, table: s.table })
    : t("sourceRange", lang, { sheet: s.sheet, row: String(s.headerRow) });

export function useBindingPanel(): BindingPanelState {
  const { state, run, can, services } = usePane();
  const { lang, bind } = state;
  const findingText = (f: Parameters<typeof services.formatFinding>[0]): string => services.formatFinding(f, lang);
  const roles: RoleView[] | null = bind
    ? ROLES.map((role) => {
        const rb = bind.binding.roles[role];
        const index = rb ? bind.sources.indexOf(rb.source) : -1;
        return {
          role,
          label: t(ROLE_LABEL[role], lang),
          source: index >= 0 ? index : null,
          sources: bind.sources.flatMap((s, i) =>
            (s as { ownedByKontrakttjek?: boolean }).ownedByKontrakttjek
              ? []
              : [{ value: i, label: sourceLabel(s, lang) }],
          ),
          fitPct: rb ? Math.round(Math.min(1, rb.score) * 100) : null,
          rows: rb ? rb.source.rowCount : null,
          columns: rb ? rb.source.headers.map((h, i) => ({ value: i, label: h || `(${i + 1})` })) : [],
          fields: ROLE_SPECS[role].fields.map((f) => {
            const b = rb?.fields[f.id];
            return {
              field: f.id,
              header: f.header,
              required: Boolean(f.required),
              column: b ? b.column : null,
              confidencePct: b ? Math.round(b.confidence * 100) : null,
              level: b ? levelOf(b.confidence) : null,
            };
          }),
        };
      })
    : null;
  const contract = chosenContract(state, services);
  const data = state.data;
  const [showAll, setShowAll] = useState(false);
  const lacks = useMemo(
    () => (bind && data && contract ? lackViews(services, contract, data, bind, state.params, lang, showAll) : null),
    [services, contract, data, bind, state.params, lang, showAll],
  );
  const onLack = (lack: LackView, value: string): void => {
    const c = lack.choose;
    const text = value === "" ? null : value;
    if (c.kind === "source") void run("adjustBinding", { role: c.role, source: text === null ? null : Number(text) });
    else if (c.kind === "column") {
      if (text !== null) void run("adjustBinding", { role: c.role, field: c.field, column: Number(text) });
    } else if (c.kind === "key") void run("adjustBinding", { role: "Noegletal", keyFigure: { name: c.name, text } });
    else void run("adjustBinding", { role: "Aktiviteter", activity: { goal: c.goal, item: c.item, text } });
  };
  return {
    lang,
    roles,
    lacks,
    onLack,
    showAll,
    onShowAll: setShowAll,
    issues: bind ? bind.binding.issues.filter((i) => i.severity !== "info").map(findingText) : [],
    canSave: can("saveSettings") && bind !== null,
    onSource: (role, source) => void run("adjustBinding", { role, source }),
    onColumn: (role, field, column) => void run("adjustBinding", { role, field, column }),
    onSave: () => void run("saveSettings"),
  };
}
