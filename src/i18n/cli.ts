/** Every text the command line prints, in the language of `--lang` (the texts: each locale's `cli`). */
import { pluralize } from "./fill";
import type { CliKey } from "./keys/cli";
import type { Lang } from "./locales";
import { localeOf } from "./locales/registry";

export type { CliKey };

export function cliText(key: CliKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const template = localeOf(lang).cli[key];
  return pluralize(template, params, lang).replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : oneLine(String(params[name])),
  );
}

/** A file, sheet or reason keeps to its message's line: a tab or line break in it is shown (␉ ␊ ␍). */
const oneLine = (text: string): string =>
  text.replace(/[\t\n\r]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
