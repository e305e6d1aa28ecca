import { useCallback, useEffect, useMemo, useState } from "react";
import { loadLocale, type Lang } from "../../../i18n";
import { demoHost } from "../../demo-workbook";
import type { DemoProps, DemoState } from "./Demo.types";

export function useDemo({ book, services, lang: initialLang, theme }: DemoProps): DemoState {
  const [lang, setLang] = useState(initialLang);
  // A new host per language: the pane restarts and restores its choices from the workbook.
  const host = useMemo(() => demoHost(book, lang, theme), [book, lang, theme]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // A language's texts load before the pane shows it.
  const onLang = useCallback((next: Lang) => void loadLocale(next).then(() => setLang(next)), []);
  return { lang, theme, book, host, services, onLang };
}
