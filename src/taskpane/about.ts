/**
 * What the "Om Kontrakttjek" view shows about the build: the package's version, and the
 * manifest's SupportUrl, put in by webpack (DefinePlugin) from the manifest it builds. Tests have
 * no such value: then the link is left out.
 */
import packageJson from "../../package.json";

declare const __KONTRAKTTJEK_SUPPORT_URL__: string | undefined;

export interface BuildInfo {
  readonly version: string;
  readonly supportUrl: string | null;
}

export function buildInfo(): BuildInfo {
  const url = typeof __KONTRAKTTJEK_SUPPORT_URL__ === "string" ? __KONTRAKTTJEK_SUPPORT_URL__ : "";
  return { version: packageJson.version, supportUrl: /^https:\/\//.test(url) ? url : null };
}
