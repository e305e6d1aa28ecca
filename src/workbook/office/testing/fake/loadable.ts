import { jsonBytes } from "../../limits";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./state";

/** Base of all proxies: `load` queues a read; reading an unloaded property throws. */
export abstract class Loadable {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  /** The property's current value, computed at sync time. */
  protected abstract read(prop: string): unknown;

  /** Is the object missing (a null object)? Checked at sync time. */
  protected missing(): boolean {
    return false;
  }

  load(propertyNames: string): this {
    const paths = propertyNames
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue({ run: () => this.loadPaths(paths), bytes: 60 + propertyNames.length, cells: 0, writes: false });
    return this;
  }

  /** Load dotted paths now (inside sync); returns the response size. */
  loadPaths(paths: readonly string[]): number {
    if (this.missing()) {
      this.loaded.set("isNullObject", true);
      return 20;
    }
    this.loaded.set("isNullObject", false);
    let bytes = 0;
    const groups = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      const g = groups.get(head!) ?? [];
      if (rest.length > 0) g.push(rest.join("/"));
      groups.set(head!, g);
    }
    for (const [prop, sub] of groups) {
      const value = this.read(prop);
      this.loaded.set(prop, value);
      if (value instanceof Loadable) bytes += value.loadPaths(sub);
      else if (Array.isArray(value) && value.every((v) => v instanceof Loadable))
        for (const v of value as Loadable[]) bytes += v.loadPaths(sub);
      else bytes += jsonBytes(value);
    }
    return bytes;
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Call load and sync first.`,
      );
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    return this.got<boolean>("isNullObject");
  }

  /** Queue a write; `apply` runs at sync. */
  protected write(apply: () => void, payload: unknown = null, cells = 0): void {
    this.ctx.enqueue({
      run: () => {
        apply();
        return 0;
      },
      bytes: 80 + jsonBytes(payload),
      cells,
      writes: true,
    });
  }
}
