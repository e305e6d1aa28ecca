import { useMemo, useState } from "react";
import { KONTRAKT_SHEET } from "../../../app/authoring";
import type { Contract, ContractImport, Severity } from "../../../app/types";
import { textIn } from "../../../i18n";
import { usePane } from "../../actions/manager";
import { SHEET_CONTRACT } from "../../actions/register";
import { contractById, contractTitle, WORKBOOK_CONTRACT } from "../../contracts";
import {
  checkProblems,
  draftContract,
  fieldText,
  goalTitleField,
  labelField,
  opText,
  suggestCopy,
  targetFields,
  type DraftField,
} from "../../draft";
import { readTextFile } from "../../files";
import type { Draft, DraftProblem } from "../../state";
import { t, type Lang, type StringKey } from "../../strings";
import type { DraftView, FieldView, GoalFormView, KontraktPanelState, ProblemView } from "./KontraktPanel.types";

const SEVERITY: Readonly<Record<Severity, StringKey>> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

const problemViews = (problems: readonly DraftProblem[], lang: Lang): ProblemView[] =>
  problems.map((p, i) => ({
    key: `${i}-${p.where}`,
    severity: p.severity,
    severityText: t(SEVERITY[p.severity], lang),
    where: p.where,
    message: p.message[lang],
  }));

/** A parameter's and a choice's names, for "Måltal ≥ for Erhvervshus Sjælland". */
function paramText(c: Contract, id: string, value: string, lang: Lang): { param: string; value: string } {
  const p = c.params.find((x) => x.id === id);
  const label = p ? textIn(p.label, lang) : id;
  return { param: label.toLowerCase(), value: p?.choices.find((x) => x.id === value)?.label ?? value };
}

function optionText(c: Contract, id: string, lang: Lang): string {
  const o = c.options.find((x) => x.id === id);
  return o ? textIn(o.label, lang) : id;
}

/** The form of a draft: fields with their texts and the first error at each one's path. */
function draftView(
  draft: Draft,
  lang: Lang,
  generation: number,
  check: (c: Contract) => ContractImport,
  fileText: (c: Contract) => string,
): DraftView {
  const { contract, problems: typed } = draftContract(draft);
  const checked = check(contract);
  const problems = [...typed, ...checkProblems(checked)];
  const errorAt = new Map<string, string>();
  for (const p of problems) if (p.severity === "error" && !errorAt.has(p.where)) errorAt.set(p.where, p.message[lang]);
  const field = (f: DraftField, label: string): FieldView => ({
    key: f.key,
    label,
    value: fieldText(draft, f, lang),
    kind: f.kind,
    error: errorAt.get(f.path) ?? null,
  });
  const goals = draft.base.goals.map((goal, g): GoalFormView => {
    const title = field(goalTitleField(g, lang), t("authorGoalTitle", lang));
    const indicators = goal.indicators.map((ind, i) => {
      const name = field(labelField(g, i, lang), t("authorLabel", lang));
      const targets = targetFields(g, i, ind).map((f) =>
        field(
          f,
          f.param
            ? t("authorTargetParam", lang, {
                op: opText(f.op!),
                ...paramText(draft.base, f.param.id, f.param.value, lang),
              })
            : t("authorTarget", lang, { op: opText(f.op!) }),
        ),
      );
      const v = ind.target.value;
      return {
        key: `g${g}.i${i}`,
        name: t("authorIndicator", lang, { label: name.value || textIn(ind.label, lang) }),
        fields: [name, ...targets],
        note:
          typeof v === "object" && "option" in v
            ? t("authorTargetOption", lang, { option: optionText(draft.base, v.option, lang) })
            : null,
      };
    });
    const prefix = `$.goals[${g}].`;
    return {
      key: `g${g}`,
      heading: t("goalCard", lang, { id: goal.id, title: title.value || textIn(goal.title, lang) }),
      title,
      indicators,
      hasError: problems.some((p) => p.severity === "error" && p.where.startsWith(prefix)),
    };
  });
  return {
    heading: t("authorDraft", lang, { title: contractTitle(contract, lang), id: contract.id }),
    generation,
    goals,
    problems: problemViews(problems, lang),
    valid: problems.every((p) => p.severity !== "error"),
    json: fileText(contract),
  };
}

/** A new draft (not an edit of this one) gets a new generation: the form's inputs start from it. */
const generations = new WeakMap<Contract, number>();
let lastGeneration = 0;
const generationOf = (base: Contract): number => {
  let n = generations.get(base);
  if (n === undefined) generations.set(base, (n = ++lastGeneration));
  return n;
};

export function useKontraktPanel(): KontraktPanelState {
  const { state, run, can, services, host } = usePane();
  const { lang, authoring, workbookContract } = state;
  const library = services.contracts();

  const sources = [
    ...(workbookContract
      ? [
          {
            id: WORKBOOK_CONTRACT,
            label: t("contractWorkbook", lang, { title: contractTitle(workbookContract.contract, lang) }),
          },
        ]
      : []),
    ...library.map((c) => ({ id: c.id, label: contractTitle(c, lang) })),
    { id: SHEET_CONTRACT, label: t("authorFromSheet", lang, { sheet: KONTRAKT_SHEET }) },
  ];
  const baseOf = (id: string): Contract | undefined =>
    id === SHEET_CONTRACT ? workbookContract?.contract : contractById(id, state, services);
  const [from, setFrom] = useState(() =>
    sources.some((s) => s.id === state.contractId) ? state.contractId! : (sources[0]?.id ?? SHEET_CONTRACT),
  );
  const [fields, setFields] = useState(() => suggestCopy(baseOf(from), host.today()));

  const draft = authoring.draft;
  const n = draft ? generationOf(draft.base) : 0;
  const view = useMemo(
    () =>
      draft
        ? draftView(
            draft,
            lang,
            n,
            (c) => services.checkContract(c),
            (c) => services.contractFileText(c),
          )
        : null,
    [draft, lang, n, services],
  );

  const save = authoring.save;
  const year = Number(fields.year);
  return {
    lang,
    sources,
    from,
    id: fields.id,
    title: fields.title,
    year: fields.year,
    canCreate: can("newContract") && fields.id.trim() !== "" && fields.title.trim() !== "",
    problems: problemViews(authoring.problems, lang),
    draft: view,
    save: save
      ? {
          lines: [
            t(save.exists ? "authorSaveSheet" : "authorSaveNewSheet", lang, {
              sheet: save.sheet.name,
              rows: save.sheet.rows.length,
              columns: save.sheet.rows.reduce((m, r) => Math.max(m, r.length), 0),
            }),
            t("authorSaveSettings", lang),
          ],
          conflict: save.conflict ? t("authorConflict", lang, save.conflict) : null,
        }
      : null,
    canSave: can("previewSaveContract") && view !== null && view.valid,
    canDiscard: can("discardDraft"),
    onFrom: (id) => {
      setFrom(id);
      setFields(suggestCopy(baseOf(id), host.today()));
    },
    onId: (id) => setFields((f) => ({ ...f, id })),
    onTitle: (title) => setFields((f) => ({ ...f, title })),
    onYear: (y) => setFields((f) => ({ ...f, year: y })),
    onCreate: () =>
      void run("newContract", {
        from,
        id: fields.id,
        title: fields.title,
        year: fields.year.trim() === "" || !Number.isInteger(year) ? null : year,
      }),
    onImport: (file) => {
      if (file) void run("importContract", { name: file.name, size: file.size, read: () => readTextFile(file) });
    },
    onEdit: (key, text) => void run("editDraft", { key, text }),
    onDownload: () => void run("downloadContract"),
    onSave: () => void run("previewSaveContract"),
    onConfirmSave: () => void run("saveContract", {}),
    onForce: () => void run("saveContract", { force: true }),
    onCancelSave: () => void run("cancelSaveContract"),
    onDiscard: () => void run("discardDraft"),
  };
}
