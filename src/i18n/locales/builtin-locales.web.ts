/** In the browser no language is built in: the pane loads the one it shows (`loadLocale`). */
import type { Locale } from "../locale";

export const BUILTIN_LOCALES: readonly Locale[] = [];
