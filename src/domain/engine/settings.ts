/**
 * Resolve a contract's parameters and options into plain values, and an indicator's variants
 * into the measure/target/rule that apply with those values.
 */
import type { Contract, Measure, Rule, Target } from "../contract/schema";

export type OptionValue = string | number | boolean | null;

export interface Settings {
  readonly params: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, OptionValue>>;
}

/** Options every contract has, whatever its template says (the fixed defaults of docs/rules.md). */
export const GLOBAL_OPTIONS = [
  {
    id: "periodeFelt",
    label: { da: "Et forløb hører til perioden for", en: "A course belongs to the period of its" },
    description: {
      da: "Et forløb tælles i den periode, hvor det starter (Startdato). Vælg slutdato for at tælle forløb i den periode, hvor de afsluttes.",
      en: "A course counts in the period in which it starts (Startdato); choose end date to count by completion.",
    },
    choices: [
      { id: "startdato", label: { da: "Startdato", en: "Start date" } },
      { id: "slutdato", label: { da: "Slutdato", en: "End date" } },
    ],
    default: "startdato",
  },
] as const;

export function resolveSettings(
  contract: Pick<Contract, "params" | "options">,
  params: Readonly<Record<string, string>> = {},
  options: Readonly<Record<string, OptionValue>> = {},
): Settings {
  const p: Record<string, string> = {};
  for (const def of contract.params) {
    const given = params[def.id];
    p[def.id] = given !== undefined && def.choices.some((c) => c.id === given) ? given : def.default;
  }
  const o: Record<string, OptionValue> = {};
  for (const def of [...GLOBAL_OPTIONS, ...contract.options]) {
    const given = options[def.id];
    o[def.id] = given !== undefined ? given : def.default;
  }
  return { params: p, options: o };
}

/** Unknown parameter or option names/values, for a clear message rather than silent defaults. */
export function unknownSettings(
  contract: Contract,
  params: Readonly<Record<string, string>>,
  options: Readonly<Record<string, OptionValue>>,
): string[] {
  const problems: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    const def = contract.params.find((x) => x.id === k);
    if (!def) problems.push(`${k}`);
    else if (!def.choices.some((c) => c.id === v)) problems.push(`${k}=${v}`);
  }
  const allOptions = [...GLOBAL_OPTIONS, ...contract.options];
  for (const [k, v] of Object.entries(options)) {
    const def = allOptions.find((x) => x.id === k);
    if (!def) problems.push(`${k}`);
    else if (def.choices && !def.choices.some((c) => c.id === String(v))) problems.push(`${k}=${String(v)}`);
  }
  return problems;
}

const valueOf = (settings: Settings, name: string): OptionValue | undefined =>
  name in settings.params ? settings.params[name] : settings.options[name];

/** A condition on an option or parameter (`npsOmfang = "pr-segment"`). */
type When = { readonly option: string; readonly equals: string | number | boolean };

const matches = (settings: Settings, when: When): boolean => {
  const v = valueOf(settings, when.option);
  return v !== undefined && v !== null && String(v) === String(when.equals);
};

export const indicatorApplies = (indicator: { readonly when?: When }, settings: Settings): boolean =>
  !indicator.when || matches(settings, indicator.when);

export interface ResolvedIndicator<M = Measure> {
  readonly measure: M;
  readonly target: Target;
  readonly rule: Rule;
}

/** An indicator of any measure kinds `M` (the built-in `Indicator` is one). */
interface IndicatorWithVariants<M> {
  readonly measure: M;
  readonly target: Target;
  readonly rule: Rule;
  readonly variants?: readonly {
    readonly when: When;
    readonly measure?: M;
    readonly target?: Target;
    readonly rule?: Rule;
  }[];
}

export function resolveIndicator<M>(indicator: IndicatorWithVariants<M>, settings: Settings): ResolvedIndicator<M> {
  let { measure, target, rule } = indicator;
  for (const v of indicator.variants ?? []) {
    if (!matches(settings, v.when)) continue;
    measure = v.measure ?? measure;
    target = v.target ?? target;
    rule = v.rule ?? rule;
  }
  return { measure, target, rule };
}

/** The target number under the settings, or null when the contract leaves it unset. */
export function targetNumber(target: Target, settings: Settings): number | null {
  const t = target.value;
  if (typeof t === "number") return t;
  if ("param" in t) {
    const key = valueOf(settings, t.param);
    const n = key === undefined || key === null ? undefined : t.values[String(key)];
    return n ?? null;
  }
  const v = valueOf(settings, t.option);
  return typeof v === "number"
    ? v
    : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))
      ? Number(v)
      : null;
}
