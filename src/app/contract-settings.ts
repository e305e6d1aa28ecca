/**
 * A contract's settings as users give them: its parameters (with their defaults), its options
 * and the period. The task pane offers only valid choices; typed settings (the CLI's `--param`,
 * `--option`, `--period`) are read here, and a name or value the contract does not know is an
 * answer, not a silent default.
 */
import type { Contract, ContractOption } from "../domain/contract/schema";
import { parsePeriodKind, type PeriodKind } from "../domain/engine/period";
import { GLOBAL_OPTIONS, unknownSettings } from "../domain/engine/settings";

/** Every parameter at its default. */
export const defaultParams = (contract: Contract): Record<string, string> =>
  Object.fromEntries(contract.params.map((p) => [p.id, p.default]));

/** Every option a contract takes: those every contract has, then its own (as `--option` names them). */
export const optionsOf = (contract: Contract): readonly OptionView[] => [...GLOBAL_OPTIONS, ...contract.options];

/** An option as hosts show it (the global ones are read-only constants). */
export type OptionView = Readonly<Omit<ContractOption, "choices">> & {
  readonly choices?: readonly NonNullable<ContractOption["choices"]>[number][];
};

export interface TypedSettings {
  readonly params: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string>>;
  /** The period's text; `periode=…` among the parameters says the same. */
  readonly period?: string | undefined;
}

export type SettingsRead =
  | {
      readonly ok: true;
      readonly params: Record<string, string>;
      readonly options: Record<string, string | number>;
      readonly period: PeriodKind;
    }
  | { readonly ok: false; readonly problem: "bad-period"; readonly value: string }
  | {
      readonly ok: false;
      readonly problem: "unknown-setting";
      /** The names and values not known, comma separated. */
      readonly list: string;
      /** Every parameter and option with its values, for the message. */
      readonly valid: string;
    };

/** Typed settings as the engine takes them: numbers where an option's text is one, the period parsed. */
export function readSettings(contract: Contract, given: TypedSettings): SettingsRead {
  const params = { ...given.params };
  // `--param periode=H1` and `--period H1` both choose the half-year status.
  const periodText = given.period ?? params.periode;
  delete params.periode;
  const period = periodText === undefined ? "year" : parsePeriodKind(periodText);
  if (period === null) return { ok: false, problem: "bad-period", value: periodText ?? "" };
  const options: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(given.options))
    options[k] = v.trim() !== "" && Number.isFinite(Number(v)) && !/^0\d/.test(v) ? Number(v) : v;
  const problems = unknownSettings(contract, params, options);
  if (problems.length === 0) return { ok: true, params, options, period };
  const valid = [
    ...contract.params.map((p) => `${p.id}=${p.choices.map((c) => c.id).join("|")}`),
    ...[...GLOBAL_OPTIONS, ...contract.options].map(
      (o) => `${o.id}${o.choices ? `=${o.choices.map((c) => c.id).join("|")}` : ""}`,
    ),
    "periode=år|H1",
  ].join(", ");
  return { ok: false, problem: "unknown-setting", list: problems.join(", "), valid };
}
