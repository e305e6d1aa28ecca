/** The registry: every task-pane operation as an action. `perform` returns the change; the manager applies it. */
import type { BindingFile } from "../../domain/binding/file";
import { columnLetters } from "../../domain/binding/source";
import type { Contract } from "../../domain/contract/schema";
import type { WorkbookData } from "../../domain/model";
import { cellOfFinding } from "../locate";
import type { Services } from "../services";
import { parsePaneSettings, settingsJson, type PaneSettings } from "../settings";
import { STALE_RESULTS, type PaneState } from "../state";
import { t } from "../strings";
import type { ActionContext, ActionRegistry } from "./types";

const contractOf = (state: PaneState, services: Services): Contract | undefined =>
  state.contractId === null ? undefined : services.contracts().find((c) => c.id === state.contractId);

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
});

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
      if (!saved) return {};
      const contract =
        saved.contract === null ? undefined : ctx.services.contracts().find((c) => c.id === saved.contract);
      const bind = await ctx.services.bind(ctx.host.port, saved.binding, { signal: ctx.signal });
      return {
        contractId: contract ? contract.id : null,
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
      const contract = ctx.services.contracts().find((c) => c.id === id);
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
      const bind = await ctx.services.bind(ctx.host.port, state.bind?.file ?? null, {
        signal: ctx.signal,
        onProgress: ctx.progress,
      });
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
        notice: t("writeDone", state.lang, {
          sheets: report.sheetsWritten.join(", ") || "–",
          cells: report.cellsWritten,
          highlights: report.highlights,
        }),
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
        notice: t("cleanDone", state.lang, {
          sheets: r.sheetsRemoved.length,
          columns: r.columnsRemoved,
          highlights: r.highlightsRemoved,
        }),
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
      const bind = await ctx.services.bind(ctx.host.port, state.bind?.file ?? null, { signal: ctx.signal });
      const lines = [
        r.added.length > 0 ? t("startDone", state.lang, { sheets: r.added.join(", ") }) : "",
        r.skipped.length > 0 ? t("startSkipped", state.lang, { sheets: r.skipped.join(", ") }) : "",
        r.validationSkipped ? t("startNoValidation", state.lang) : "",
      ].filter(Boolean);
      return { bind, ...STALE_RESULTS, notice: lines.join(" ") };
    },
  },

  dismiss: { name: "dismiss", label: "dismiss", predicate: () => true, perform: () => ({ error: null, notice: null }) },
};
