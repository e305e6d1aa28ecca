/**
 * The action manager: runs a registered action by name, shows its progress (with cancel), and
 * applies the change it returns — or turns its error into plain words. One long action at a time.
 */
import { createContext, useCallback, useContext, useMemo, useReducer, useRef } from "react";
import { describeError, isCancel } from "../errors";
import type { TaskpaneHost } from "../host";
import type { Services } from "../services";
import type { PaneState, StatePatch } from "../state";
import { t } from "../strings";
import { ACTIONS } from "./register";
import type { ActionInputs, ActionName, ActionRegistry } from "./types";

export type Run = <N extends ActionName>(
  name: N,
  ...input: ActionInputs[N] extends void ? [] | [ActionInputs[N]] : [ActionInputs[N]]
) => Promise<boolean>;

export interface Pane {
  readonly state: PaneState;
  readonly run: Run;
  /** May the action run now? (its predicate, and nothing else busy) */
  can(name: ActionName): boolean;
  cancel(): void;
  /** Is a change event now likely our own doing (an action running or just done writing)? */
  ownChange(): boolean;
  readonly host: TaskpaneHost;
  readonly services: Services;
}

const reducer = (state: PaneState, patch: StatePatch): PaneState => ({ ...state, ...patch });

/** Progress updates at most this often, so a chunked read does not re-render per chunk. */
const PROGRESS_MS = 100;

/** Actions that change the workbook: table change events right after them are our own. */
const WRITING: ReadonlySet<ActionName> = new Set(["write", "clean", "insertFillIn", "saveContract"]);
/** How long after a writing action change events are taken as its echo. */
export const OWN_CHANGE_MS = 2000;

export function useActionManager(
  host: TaskpaneHost,
  services: Services,
  initial: PaneState,
  registry: ActionRegistry = ACTIONS,
): Pane {
  const [state, apply] = useReducer(reducer, initial);
  const latest = useRef(state);
  latest.current = state;
  const controller = useRef<AbortController | null>(null);
  const quietUntil = useRef(0);
  const running = useRef(0);

  const run = useCallback(
    async (name: ActionName, input?: unknown): Promise<boolean> => {
      const action = registry[name] as ActionRegistry[ActionName];
      const now = latest.current;
      if (!action.predicate(now) || (action.busy && now.busy)) return false;
      const ctl = new AbortController();
      let last = 0;
      running.current++;
      if (action.busy) {
        controller.current = ctl;
        apply({
          busy: { label: action.busy, done: 0, total: 0, cancellable: Boolean(action.cancellable) },
          error: null,
          notice: null,
        });
      }
      const progress = (done: number, total: number): void => {
        const at = Date.now();
        if (!action.busy || (at - last < PROGRESS_MS && done < total)) return;
        last = at;
        apply({ busy: { label: action.busy, done, total, cancellable: Boolean(action.cancellable) } });
      };
      try {
        const perform = action.perform as (
          s: PaneState,
          i: unknown,
          c: Parameters<typeof action.perform>[2],
        ) => Promise<StatePatch> | StatePatch;
        const patch = await perform(now, input, { host, services, signal: ctl.signal, progress });
        apply({ ...patch, ...(action.busy ? { busy: null } : {}) });
        return true;
      } catch (e) {
        const lang = latest.current.lang;
        apply({
          ...(action.busy ? { busy: null } : {}),
          ...(isCancel(e) ? { notice: t("cancelled", lang), error: null } : { error: describeError(e, lang) }),
        });
        return false;
      } finally {
        running.current--;
        if (WRITING.has(name)) quietUntil.current = Date.now() + OWN_CHANGE_MS;
        if (controller.current === ctl) controller.current = null;
      }
    },
    [host, services, registry],
  ) as Run;

  const can = useCallback(
    (name: ActionName): boolean => {
      const a = registry[name];
      return a.predicate(state) && !(a.busy && state.busy);
    },
    [registry, state],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const ownChange = useCallback(() => running.current > 0 || Date.now() < quietUntil.current, []);
  return useMemo(
    () => ({ state, run, can, cancel, ownChange, host, services }),
    [state, run, can, cancel, ownChange, host, services],
  );
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const p = useContext(PaneContext);
  if (!p) throw new Error("PaneContext is missing");
  return p;
}
