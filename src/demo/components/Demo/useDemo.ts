import { useCallback, useEffect, useMemo, useState } from "react";
import { loadLocale, type Lang } from "../../../i18n";
import { demoHost } from "../../demo-workbook";
import { download, downloadName, openChosenFile } from "../../open-file";
import type { DemoProps, DemoState } from "./Demo.types";

export function useDemo({ book, services, lang: initialLang, theme, paneOnly = false }: DemoProps): DemoState {
  const [lang, setLang] = useState(initialLang);
  const [opened, setOpened] = useState(0);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  // A new host per language: the pane restarts and restores its choices from the workbook (and
  // restarts when a file is opened: its key has `opened`).
  const host = useMemo(() => demoHost(book, lang, theme), [book, lang, theme]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // A language's texts load before the pane shows it.
  const onLang = useCallback((next: Lang) => void loadLocale(next).then(() => setLang(next)), []);
  const onFile = useCallback(
    (file: File) =>
      void openChosenFile(book, file, lang).then((error) => {
        setFileError(error);
        if (error === null) setOpened((n) => n + 1);
      }),
    [book, lang],
  );
  const onDownload = useCallback(() => {
    const bytes = book.fileBytes();
    if (bytes && book.fileName) download(bytes, downloadName(book.fileName));
  }, [book]);
  return {
    lang,
    theme,
    book,
    host,
    services,
    opened,
    fileName: book.fileName,
    fileError,
    dragging,
    paneOnly,
    onLang,
    onFile,
    onDragging: setDragging,
    onDownload,
  };
}
