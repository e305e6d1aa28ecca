/**
 * What the goals lack, for the Tables panel: every table, column, key figure and activity item a
 * goal needs and the workbook did not give (and every key figure or item found only by its words,
 * so a wrong guess shows), each with a list to choose from — the workbook's candidates first,
 * then everything else the workbook has. Made from the application's binding report, the same
 * one `kontrakttjek bind` writes.
 */
import type { Binding, Contract, Role, WorkbookData } from "../../../app/types";
import { ROLE_SPECS } from "../../../app/vocabulary";
import type { Services } from "../../services";
import type { SourceInfo } from "../../../workbook/port";
import { t, type Lang } from "../../strings";

export interface LackOption {
  readonly value: string;
  readonly label: string;
  readonly suggested: boolean;
}

export interface LackView {
  readonly key: string;
  /** What is lacking, in words ("Kolonnen «Brug af henvisning» (Brugerevaluering) – mål 4"). */
  readonly label: string;
  /** A match found by words (shown so a wrong one can be corrected), or null when nothing was found. */
  readonly guessed: string | null;
  /** The chosen option's value ("" = none). */
  readonly value: string;
  readonly options: readonly LackOption[];
  readonly choose: ChooseInput;
}

/** What choosing an option runs: the action's input without the value. */
export type ChooseInput =
  | { readonly kind: "source"; readonly role: Role }
  | { readonly kind: "column"; readonly role: Role; readonly field: string }
  | { readonly kind: "key"; readonly name: string }
  | { readonly kind: "item"; readonly goal: string; readonly item: string };

const texts = (data: WorkbookData, role: "Noegletal" | "Aktiviteter", field: string): string[] => {
  const values = data[role]?.columns[field]?.values ?? [];
  const out: string[] = [];
  for (const v of values) if (typeof v === "string" && v.trim() !== "" && !out.includes(v.trim())) out.push(v.trim());
  return out;
};

/** Candidates first, then the rest, each once. */
const ordered = (suggested: readonly string[], all: readonly string[]): LackOption[] => [
  ...suggested.map((s) => ({ value: s, label: s, suggested: true })),
  ...all.filter((a) => !suggested.includes(a)).map((a) => ({ value: a, label: a, suggested: false })),
];

export function lackViews(
  services: Services,
  contract: Contract,
  data: WorkbookData,
  bind: { readonly sources: readonly SourceInfo[]; readonly binding: Binding<SourceInfo> },
  params: Readonly<Record<string, string>>,
  lang: Lang,
  /** Also every key figure and activity item found by its name or chosen, to map it otherwise. */
  showAll = false,
): LackView[] {
  const { inputs } = services.bindingReport(contract, data, bind.binding, { params });
  const out: LackView[] = [];
  const sourceLabel = (s: SourceInfo) => (s.table ? `${s.sheet} · ${s.table}` : `${s.sheet} · ${s.headerRow}`);
  for (const r of inputs.roles) {
    if (r.source) continue;
    const suggested = r.candidates.map((c) =>
      bind.sources.findIndex((s) => s.sheet === c.sheet && (s.table ?? s.sheet) === c.text),
    );
    const options = bind.sources.map((s, i) => ({
      value: String(i),
      label: sourceLabel(s),
      suggested: suggested.includes(i),
    }));
    out.push({
      key: `table:${r.role}`,
      label: t("lacksTable", lang, { table: ROLE_SPECS[r.role].sheetName, goals: r.goals.join(", ") }),
      guessed: null,
      value: "",
      options: [...options.filter((o) => o.suggested), ...options.filter((o) => !o.suggested)],
      choose: { kind: "source", role: r.role },
    });
  }
  for (const f of inputs.fields) {
    if (f.bound) continue;
    const headers = bind.binding.roles[f.role]?.source.headers ?? [];
    const suggested = f.candidates.map((c) => String(headers.indexOf(c.text))).filter((i) => i !== "-1");
    const options = headers.map((h, i) => ({
      value: String(i),
      label: h || `(${i + 1})`,
      suggested: suggested.includes(String(i)),
    }));
    out.push({
      key: `column:${f.role}.${f.field}`,
      label: t("lacksColumn", lang, {
        header: f.header,
        table: ROLE_SPECS[f.role].sheetName,
        goals: f.goals.join(", "),
      }),
      guessed: null,
      value: "",
      options: [...options.filter((o) => o.suggested), ...options.filter((o) => !o.suggested)],
      choose: { kind: "column", role: f.role, field: f.field },
    });
  }
  if (data.Noegletal) {
    const all = texts(data, "Noegletal", "noegle");
    for (const k of inputs.keys) {
      if (!showAll && k.match && k.match.via !== "words") continue;
      out.push({
        key: `key:${k.key}`,
        label: t("lacksKey", lang, { key: k.label, goals: k.goals.join(", ") }),
        guessed: k.match?.via === "words" ? t("lacksGuessed", lang, { text: k.match.text }) : null,
        value: k.match?.text ?? "",
        options: ordered(
          k.candidates.map((c) => c.text),
          all,
        ),
        choose: { kind: "key", name: k.label },
      });
    }
  }
  if (data.Aktiviteter) {
    const all = texts(data, "Aktiviteter", "aktivitet");
    for (const it of inputs.items) {
      if (!showAll && it.match && it.match.via !== "words" && it.match.via !== "position") continue;
      out.push({
        key: `item:${it.goal}:${it.item}`,
        label: t("lacksItem", lang, { item: it.text, goal: it.goal }),
        guessed:
          it.match?.via === "words" || it.match?.via === "position"
            ? t("lacksGuessed", lang, { text: it.match.text })
            : null,
        value: it.match?.text ?? "",
        options: ordered(
          it.candidates.map((c) => c.text),
          all,
        ),
        choose: { kind: "item", goal: it.goal, item: it.text },
      });
    }
  }
  return out;
}
