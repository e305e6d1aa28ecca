/** The registry: every task-pane operation as an action. `perform` returns the change; the manager applies it. */
import type { BindingFile } from "../../domain/binding/file";
import { columnLetters } from "../../domain/binding/source";
import type { Contract } from "../../domain/contract/schema";
import type { Finding } from "../../domain/findings";
import type { WorkbookData } from "../../domain/model";
import { keptLines, movedLines } from "../../app/write-report";
import { WriteConflictError } from "../../workbook/port";
import { CONTRACT_JSON_MAX_BYTES } from "../../domain/authoring/json";
import { KONTRAKT_SHEET as KONTRAKT } from "../../app/authoring";
import { chosenContract, contractById, contractTitle, WORKBOOK_CONTRACT } from "../contracts";
import { isCancel } from "../errors";
import { downloadText } from "../files";
import { checkProblems, draftContract } from "../draft";
import { cellOfFinding } from "../locate";
import type { Services } from "../services";
import { parsePaneSettings, settingsJson, type PaneSettings } from "../settings";
import {
  NO_AUTHORING,
  STALE_RESULTS,
  type AuthoringState,
  type DraftProblem,
  type PaneState,
  type WorkbookContract,
} from "../state";
import { t } from "../strings";
import type { ActionContext, ActionRegistry } from "./types";

const contractOf = chosenContract;

/** The contract's year, or the year parameter of one that spans several (rammeaftale 2024–27). */
const contractYear = (contract: Contract | undefined, params: Readonly<Record<string, string>> | undefined) => {
  const y = contract?.year ?? Number(params?.year);
  return Number.isInteger(y) ? y : null;
};

/** Scenario sheets of one goal tried before giving up ("Hvad nu hvis – mål 3 (20)"). */
const MAX_SCENARIO_NAMES = 20;

/** The choice of a contract from the Kontrakt sheet, read fresh (in "new contract from …"). */
export const SHEET_CONTRACT = "@sheet";

const defaultParams = (c: Contract): Record<string, string> =>
  Object.fromEntries(c.params.map((p) => [p.id, p.default]));

const ready = (s: PaneState): boolean => s.contractId !== null && s.bind !== null;

const settingsOf = (s: PaneState): PaneSettings => ({
  version: 1,
  contract: s.contractId,
  params: { ...s.params },
  period: s.period,
  binding: s.bind?.file ?? null,
  autoCheck: s.autoCheck,
  ...(s.workbookContract ? { authored: s.workbookContract.contract } : {}),
});

/** Findings of a Kontrakt sheet as the form lists them: the cell, then the message. */
const sheetProblems = (findings: readonly Finding[], services: Services): DraftProblem[] =>
  findings.map((f) => ({
    severity: f.severity,
    where: [f.sheet, f.row !== null ? `${f.row}` : null, f.column].filter((x) => x !== null).join(" · "),
    message: { da: services.formatAuthoringFinding(f, "da"), en: services.formatAuthoringFinding(f, "en") },
  }));

/**
 * The workbook's own contract: its Kontrakt sheet when that reads without errors (the user may
 * have edited it), else the contract saved in its settings. Problems of a broken sheet come too.
 */
async function workbookContractOf(
  authored: unknown,
  ctx: ActionContext,
): Promise<{ found: WorkbookContract | null; problems: DraftProblem[] }> {
  let problems: DraftProblem[] = [];
  try {
    const sheet = await ctx.services.readKontraktSheet(ctx.host.port, { signal: ctx.signal });
    if (sheet.contract) return { found: { contract: sheet.contract, from: "sheet" }, problems };
    problems = sheetProblems(sheet.findings, ctx.services);
  } catch (e) {
    if (isCancel(e)) throw e;
    // A sheet that cannot be read leaves the saved contract (if any) to be offered.
  }
  if (authored === undefined || authored === null) return { found: null, problems };
  const checked = ctx.services.checkContract(authored);
  return { found: checked.ok ? { contract: checked.contract, from: "settings" } : null, problems };
}

const authoringOf = (s: PaneState, patch: Partial<AuthoringState>): AuthoringState => ({ ...s.authoring, ...patch });

/** The draft's contract, checked; null while it has errors (the form lists them). */
function checkedDraft(state: PaneState, services: Services): Contract | null {
  const draft = state.authoring.draft;
  if (!draft) return null;
  const { contract, problems } = draftContract(draft);
  const checked = services.checkContract(contract);
  return problems.length > 0 || !checked.ok ? null : checked.contract;
}

async function readData(state: PaneState, ctx: ActionContext): Promise<WorkbookData> {
  if (!state.bind) throw new Error(t("errNoBinding", state.lang));
  return ctx.services.read(ctx.host.port, state.bind.binding, { signal: ctx.signal, onProgress: ctx.progress });
}

function evaluateWith(state: PaneState, ctx: ActionContext, data: WorkbookData) {
  const contract = contractOf(state, ctx.services);
  if (!contract || !state.bind) throw new Error(t("errNoContract", state.lang));
  return ctx.services.evaluate(contract, data, state.bind.binding, {
    params: state.params,
    period: state.period,
    lang: state.lang,
    today: ctx.host.today(),
  });
}

export const ACTIONS: ActionRegistry = {
  restore: {
    name: "restore",
    label: "bindAuto",
    busy: "busyBind",
    predicate: () => true,
    async perform(state, _input, ctx) {
      const saved = parsePaneSettings(await ctx.host.port.loadSettings());
      const own = await workbookContractOf(saved?.authored, ctx);
      const errors = own.problems.filter((p) => p.severity === "error").length;
      const offer: Partial<PaneState> = {
        workbookContract: own.found,
        // A Kontrakt sheet that does not read as a contract: say so, and list why under "New contract".
        ...(errors > 0
          ? {
              authoring: authoringOf(state, { problems: own.problems }),
              notice: t("authorSheetProblems", state.lang, { sheet: KONTRAKT, count: errors }),
            }
          : {}),
      };
      if (!saved) return offer;
      const contract = contractById(saved.contract, { workbookContract: own.found }, ctx.services);
      const bind = await ctx.services.bind(
        ctx.host.port,
        saved.binding,
        { signal: ctx.signal },
        { year: contractYear(contract, saved.params) },
      );
      return {
        ...offer,
        contractId: contract ? saved.contract : null,
        params: contract ? { ...defaultParams(contract), ...saved.params } : {},
        period: contract?.halfYearReporting ? saved.period : "year",
        autoCheck: saved.autoCheck,
        bind,
        ...STALE_RESULTS,
        tab: contract ? "binding" : state.tab,
      };
    },
  },

  selectTab: { name: "selectTab", label: "navLabel", predicate: () => true, perform: (_s, { tab }) => ({ tab }) },

  selectContract: {
    name: "selectContract",
    label: "contractLabel",
    predicate: () => true,
    perform(state, { id }, ctx) {
      const contract = contractById(id, state, ctx.services);
      if (!contract) return {};
      return { contractId: id, params: defaultParams(contract), period: "year", ...STALE_RESULTS, notice: null };
    },
  },

  setParams: {
    name: "setParams",
    label: "periodLabel",
    predicate: (s) => s.contractId !== null,
    perform: (state, input) => ({
      params: { ...state.params, ...(input.params ?? {}) },
      period: input.period ?? state.period,
      evaluation: null,
      preview: null,
    }),
  },

  bind: {
    name: "bind",
    label: "bindAuto",
    busy: "busyBind",
    predicate: () => true,
    async perform(state, _input, ctx) {
      const bind = await ctx.services.bind(
        ctx.host.port,
        state.bind?.file ?? null,
        { signal: ctx.signal, onProgress: ctx.progress },
        { year: contractYear(contractOf(state, ctx.services), state.params) },
      );
      return { bind, ...STALE_RESULTS, tab: "binding" };
    },
  },

  adjustBinding: {
    name: "adjustBinding",
    label: "bindingSave",
    predicate: (s) => s.bind !== null,
    perform(state, input, ctx) {
      const bind = state.bind!;
      const roles: Record<string, NonNullable<BindingFile["roles"][keyof BindingFile["roles"]]>> = {
        ...((bind.file?.roles ?? {}) as Record<string, NonNullable<BindingFile["roles"][keyof BindingFile["roles"]]>>),
      };
      if (input.source !== undefined) {
        const s = input.source === null ? undefined : bind.sources[input.source];
        if (!s) delete roles[input.role];
        else roles[input.role] = { sheet: s.sheet, ...(s.table ? { table: s.table } : { headerRow: s.headerRow }) };
      }
      if (input.field !== undefined && input.column !== undefined) {
        const s = bind.binding.roles[input.role]?.source;
        if (s) {
          const header = s.headers[input.column] ?? "";
          const unique = header.trim() !== "" && s.headers.filter((h) => h === header).length === 1;
          const prev = roles[input.role];
          roles[input.role] = {
            sheet: s.sheet,
            ...(s.table ? { table: s.table } : { headerRow: s.headerRow }),
            columns: {
              ...(prev?.columns ?? {}),
              [input.field]: unique ? header : columnLetters(s.firstColumn + input.column),
            },
          };
        }
      }
      const file: BindingFile = { version: 1, roles };
      return { bind: ctx.services.rebind(bind, file), ...STALE_RESULTS, notice: null };
    },
  },

  saveSettings: {
    name: "saveSettings",
    label: "bindingSave",
    busy: "busyWrite",
    predicate: (s) => s.bind !== null || s.contractId !== null,
    async perform(state, _input, ctx) {
      await ctx.host.port.saveSettings(settingsJson(settingsOf(state)));
      return { notice: t("bindingSaved", state.lang) };
    },
  },

  setAutoCheck: {
    name: "setAutoCheck",
    label: "checkAuto",
    predicate: () => true,
    perform: (_s, { on }) => ({ autoCheck: on }),
  },

  check: {
    name: "check",
    label: "checkRun",
    busy: "busyCheck",
    cancellable: true,
    predicate: ready,
    async perform(state, input, ctx) {
      const contract = contractOf(state, ctx.services)!;
      const data = await readData(state, ctx);
      const check = ctx.services.check(contract, data, state.bind!.binding);
      const auto = Boolean(input && input.auto);
      return {
        data,
        check,
        evaluation: null,
        preview: null,
        ...(auto ? { notice: t("checkedAgain", state.lang) } : { tab: "check" as const }),
      };
    },
  },

  selectFinding: {
    name: "selectFinding",
    label: "checkGoTo",
    predicate: () => true,
    async perform(state, { finding }, ctx) {
      const cell = cellOfFinding(finding, state.data, state.bind);
      if (cell) await ctx.host.selectCell(cell.sheet, cell.row, cell.column);
      return {};
    },
  },

  evaluate: {
    name: "evaluate",
    label: "goalsRun",
    busy: "busyEvaluate",
    cancellable: true,
    predicate: ready,
    async perform(state, _input, ctx) {
      const data = state.data ?? (await readData(state, ctx));
      const evaluation = evaluateWith(state, ctx, data);
      const check = state.check ?? ctx.services.check(contractOf(state, ctx.services)!, data, state.bind!.binding);
      return { data, evaluation, check, preview: null, tab: "goals" };
    },
  },

  previewWrite: {
    name: "previewWrite",
    label: "writePreview",
    busy: "busyEvaluate",
    cancellable: true,
    predicate: ready,
    async perform(state, _input, ctx) {
      const contract = contractOf(state, ctx.services)!;
      const data = state.data ?? (await readData(state, ctx));
      const evaluation = state.evaluation ?? evaluateWith(state, ctx, data);
      const preview = ctx.services.planWrite(contract, evaluation, data, state.bind!.binding, state.lang);
      return { data, evaluation, preview, tab: "write" };
    },
  },

  write: {
    name: "write",
    label: "writeGo",
    busy: "busyWrite",
    cancellable: true,
    predicate: (s) => s.preview !== null,
    async perform(state, input, ctx) {
      const force = Boolean(input && input.force);
      const report = await ctx.host.port.apply(state.preview!, { force, signal: ctx.signal, onProgress: ctx.progress });
      await ctx.host.port.saveSettings(settingsJson(settingsOf(state)));
      return {
        preview: null,
        // Our own Kontrol columns are now part of the tables: list them again before the next read.
        data: null,
        notice: [
          t("writeDone", state.lang, {
            sheets: report.sheetsWritten.join(", ") || "–",
            cells: report.cellsWritten,
            highlights: report.highlights,
          }),
          ...movedLines(report, state.lang),
        ].join(" "),
      };
    },
  },

  clean: {
    name: "clean",
    label: "cleanGo",
    busy: "busyClean",
    predicate: () => true,
    async perform(state, _input, ctx) {
      const r = await ctx.host.port.clean({ signal: ctx.signal, onProgress: ctx.progress });
      return {
        preview: null,
        data: null,
        notice: [
          t("cleanDone", state.lang, {
            sheets: r.sheetsRemoved.length,
            columns: r.columnsRemoved,
            highlights: r.highlightsRemoved,
          }),
          ...keptLines(r, state.lang),
        ].join(" "),
      };
    },
  },

  insertFillIn: {
    name: "insertFillIn",
    label: "startGo",
    busy: "busyInsert",
    predicate: (s) => s.contractId !== null,
    async perform(state, _input, ctx) {
      const contract = contractOf(state, ctx.services)!;
      const r = await ctx.host.insertSheets(ctx.services.fillIn(contract, state.lang));
      const bind = await ctx.services.bind(
        ctx.host.port,
        state.bind?.file ?? null,
        { signal: ctx.signal },
        { year: contractYear(contract, state.params) },
      );
      const lines = [
        r.added.length > 0 ? t("startDone", state.lang, { sheets: r.added.join(", ") }) : "",
        r.skipped.length > 0 ? t("startSkipped", state.lang, { sheets: r.skipped.join(", ") }) : "",
        r.validationSkipped ? t("startNoValidation", state.lang) : "",
      ].filter(Boolean);
      return { bind, ...STALE_RESULTS, notice: lines.join(" ") };
    },
  },

  dismiss: { name: "dismiss", label: "dismiss", predicate: () => true, perform: () => ({ error: null, notice: null }) },

  newContract: {
    name: "newContract",
    label: "authorCreate",
    busy: "busyKontrakt",
    predicate: () => true,
    async perform(state, input, ctx) {
      let base = contractById(input.from, state, ctx.services);
      if (input.from === SHEET_CONTRACT) {
        const read = await ctx.services.readKontraktSheet(ctx.host.port, { signal: ctx.signal });
        if (!read.found) return { error: { message: t("authorSheetMissing", state.lang, { sheet: KONTRAKT }) } };
        if (!read.contract)
          return { authoring: authoringOf(state, { problems: sheetProblems(read.findings, ctx.services) }) };
        base = read.contract;
      }
      if (!base) return { error: { message: t("errNoContract", state.lang) } };
      const made = ctx.services.newContractFrom(base, {
        id: input.id.trim(),
        title: input.title.trim(),
        year: input.year,
      });
      // A refused copy leaves the current draft as it was.
      if (!made.ok) return { authoring: authoringOf(state, { problems: checkProblems(made) }) };
      return { authoring: { draft: { base: made.contract, texts: {} }, problems: [], save: null }, notice: null };
    },
  },

  importContract: {
    name: "importContract",
    label: "authorImport",
    busy: "busyKontrakt",
    predicate: () => true,
    async perform(state, input, ctx) {
      if (input.size > CONTRACT_JSON_MAX_BYTES) {
        const params = { name: input.name, size: input.size, max: CONTRACT_JSON_MAX_BYTES };
        const message = { da: t("authorFileTooLarge", "da", params), en: t("authorFileTooLarge", "en", params) };
        return { authoring: authoringOf(state, { problems: [{ severity: "error", where: input.name, message }] }) };
      }
      const read = ctx.services.readContractFile(await input.read());
      if (!read.ok) return { authoring: authoringOf(state, { problems: checkProblems(read) }) };
      return {
        authoring: { draft: { base: read.contract, texts: {} }, problems: [], save: null },
        notice: t("authorLoaded", state.lang, { name: input.name, title: contractTitle(read.contract, state.lang) }),
      };
    },
  },

  editDraft: {
    name: "editDraft",
    label: "authorCreate",
    predicate: (s) => s.authoring.draft !== null,
    perform: (state, { key, text }) => ({
      authoring: authoringOf(state, {
        draft: { ...state.authoring.draft!, texts: { ...state.authoring.draft!.texts, [key]: text } },
        save: null,
      }),
    }),
  },

  discardDraft: {
    name: "discardDraft",
    label: "authorDiscard",
    predicate: (s) => s.authoring.draft !== null || s.authoring.problems.length > 0,
    perform: () => ({ authoring: NO_AUTHORING }),
  },

  downloadContract: {
    name: "downloadContract",
    label: "authorDownload",
    predicate: (s) => s.authoring.draft !== null,
    perform(state, _input, ctx) {
      const draft = state.authoring.draft!;
      const { contract } = draftContract(draft);
      downloadText(`${contract.id}.json`, ctx.services.contractFileText(contract));
      return {};
    },
  },

  previewSaveContract: {
    name: "previewSaveContract",
    label: "authorSave",
    busy: "busyKontrakt",
    predicate: (s) => s.authoring.draft !== null,
    async perform(state, _input, ctx) {
      const contract = checkedDraft(state, ctx.services);
      if (!contract) return { error: { message: t("authorInvalid", state.lang) } };
      const sheet = ctx.services.kontraktSheetPlan(contract);
      const sources = await ctx.host.port.listSources({ signal: ctx.signal });
      const exists = sources.some((s) => s.sheet.toLowerCase() === sheet.name.toLowerCase());
      return { authoring: authoringOf(state, { save: { contract, sheet, exists, conflict: null } }), notice: null };
    },
  },

  cancelSaveContract: {
    name: "cancelSaveContract",
    label: "cancel",
    predicate: (s) => s.authoring.save !== null,
    perform: (state) => ({ authoring: authoringOf(state, { save: null }) }),
  },

  saveContract: {
    name: "saveContract",
    label: "authorSaveGo",
    busy: "busyWrite",
    cancellable: true,
    predicate: (s) => s.authoring.save !== null,
    async perform(state, input, ctx) {
      const save = state.authoring.save!;
      const force = Boolean(input && input.force);
      let cells: number;
      try {
        const report = await ctx.host.port.writeUserSheet(save.sheet, {
          force,
          signal: ctx.signal,
          onProgress: ctx.progress,
        });
        cells = report.cellsWritten;
      } catch (e) {
        if (!(e instanceof WriteConflictError)) throw e;
        // The sheet says something else (edited by hand?): ask before overwriting it.
        return {
          authoring: authoringOf(state, { save: { ...save, conflict: { sheet: e.sheet, address: e.address } } }),
        };
      }
      const workbookContract: WorkbookContract = { contract: save.contract, from: "sheet" };
      const next: PaneState = { ...state, workbookContract };
      await ctx.host.port.saveSettings(settingsJson(settingsOf(next)));
      const inUse = state.contractId === WORKBOOK_CONTRACT;
      return {
        workbookContract,
        authoring: authoringOf(state, { save: null }),
        // The workbook's contract is in use: its figures are computed again from the new one.
        ...(inUse ? { ...STALE_RESULTS, params: { ...defaultParams(save.contract), ...state.params } } : {}),
        notice: t("authorSaved", state.lang, {
          title: contractTitle(save.contract, state.lang),
          sheet: save.sheet.name,
          cells,
        }),
      };
    },
  },

  saveScenario: {
    name: "saveScenario",
    label: "whatIfSaveGo",
    busy: "busyWrite",
    predicate: (s) => s.evaluation !== null,
    async perform(state, input, ctx) {
      const contract = contractOf(state, ctx.services);
      if (!contract || !state.evaluation) return { error: { message: t("goalNoData", state.lang) } };
      // A name no sheet has yet: a sheet that says something else is never written over.
      for (let attempt = 1; attempt <= MAX_SCENARIO_NAMES; attempt++) {
        const sheet = ctx.services.scenarioSheet({
          contract,
          result: state.evaluation,
          goalId: input.goalId,
          changes: input.changes,
          lang: state.lang,
          today: ctx.host.today(),
          attempt,
        });
        if (!sheet) return { error: { message: t("goalNoData", state.lang) } };
        try {
          const report = await ctx.host.port.writeUserSheet(sheet, { signal: ctx.signal, onProgress: ctx.progress });
          return { notice: t("whatIfSaved", state.lang, { sheet: sheet.name, cells: report.cellsWritten }) };
        } catch (e) {
          if (!(e instanceof WriteConflictError)) throw e;
        }
      }
      return { error: { message: t("whatIfNoName", state.lang, { count: MAX_SCENARIO_NAMES }) } };
    },
  },
};
