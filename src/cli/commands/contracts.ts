import type { Contract } from "../../app/types";
import { optionsOf } from "../../app/contract-settings";
import { cliText } from "../../i18n/cli";
import { textIn } from "../../i18n";
import { printJson, type Command, type Lang } from "../context";

interface Value {
  readonly id: string;
  readonly label: string;
}

/** One contract as `contracts` shows it: its goals, parameters and options in the user's language. */
function describe(c: Contract, lang: Lang) {
  return {
    id: c.id,
    title: textIn(c.title, lang),
    goals: c.goals.map((g) => ({ id: g.id, title: textIn(g.title, lang) })),
    params: c.params.map((p) => ({
      id: p.id,
      label: textIn(p.label, lang),
      // The choices of a parameter are names (houses, years): as the contract writes them.
      values: p.choices.map((v): Value => ({ id: v.id, label: v.label })),
      default: p.default,
    })),
    options: optionsOf(c).map((o) => ({
      id: o.id,
      label: textIn(o.label, lang),
      values: o.choices?.map((v): Value => ({ id: v.id, label: textIn(v.label, lang) })) ?? null,
      default: o.default,
      description: textIn(o.description, lang),
    })),
  };
}

type Described = ReturnType<typeof describe>;

const valuesText = (values: readonly Value[] | null, lang: Lang): string =>
  values === null
    ? cliText("option-free-value", lang)
    : values.map((v) => (v.label === v.id ? v.id : `${v.id} (${v.label})`)).join(" | ");

const defaultText = (value: string | number | boolean | null, lang: Lang): string =>
  cliText("param-default", lang, { value: value === null ? cliText("option-no-default", lang) : String(value) });

function asText(c: Described, lang: Lang): string {
  const none = `    ${cliText("contracts-none", lang)}`;
  return [
    `${c.id}\t${c.title}`,
    `  ${cliText("contracts-goals", lang)}`,
    ...c.goals.map((g) => `    ${g.id}\t${g.title}`),
    `  ${cliText("contracts-params", lang)}`,
    ...(c.params.length === 0
      ? [none]
      : c.params.map((p) => `    ${p.id}\t${p.label}: ${valuesText(p.values, lang)}; ${defaultText(p.default, lang)}`)),
    `  ${cliText("contracts-options", lang)}`,
    ...c.options.flatMap((o) => [
      `    ${o.id}\t${o.label}: ${valuesText(o.values, lang)}; ${defaultText(o.default, lang)}`,
      `      ${o.description}`,
    ]),
  ].join("\n");
}

/** `contracts`: the library, each contract with its goals, parameters and options, in `--lang`. */
export const contracts: Command = async (ctx) => {
  const list = ctx.app.contracts().map((c) => describe(c, ctx.lang));
  if (ctx.json) printJson(ctx, list);
  else ctx.io.out(list.map((c) => asText(c, ctx.lang)).join("\n\n"));
  return 0;
};
