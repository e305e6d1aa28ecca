import { useState } from "react";
import { usePane } from "../../actions/manager";
import { buildInfo } from "../../about";
import { t } from "../../strings";
import type { AboutPanelProps, AboutPanelState } from "./AboutPanel.types";

export function useAboutPanel({ onClose }: AboutPanelProps): AboutPanelState {
  const { state, host } = usePane();
  const { lang } = state;
  const [copied, setCopied] = useState(false);
  const info = buildInfo();
  const platform = host.platform?.() ?? (host.kind === "demo" ? t("aboutDemo", lang) : "Excel");
  const roles = Object.values(state.bind?.binding.roles ?? {});
  const tables = roles.map((r) => `${r.role}: ${r.source.sheet}${r.source.table ? ` (${r.source.table})` : ""}`);
  return {
    lang,
    version: info.version,
    platform,
    tables,
    supportUrl: info.supportUrl,
    copied,
    // What a support mail needs, as plain lines.
    onCopy: () => {
      const text = [`Kontrakttjek ${info.version}`, t("aboutPlatform", lang, { platform }), ...tables].join("\n");
      void navigator.clipboard?.writeText(text).then(
        () => setCopied(true),
        () => setCopied(false),
      );
    },
    onClose,
  };
}
