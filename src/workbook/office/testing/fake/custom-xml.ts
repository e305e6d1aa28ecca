/**
 * `workbook.customXmlParts` (ExcelApi 1.5) as Excel behaves: a part's namespace is its root
 * element's; `add` and `setXml` refuse XML that is not well-formed (at sync, failing the whole
 * request); `getByNamespace` is a live filter; `getXml` gives a result there only after the sync;
 * a part deleted or never there fails `ItemNotFound`. Ids are GUIDs in braces, as Excel's are.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import type { XlCustomXmlPart, XlCustomXmlPartCollection, XlCustomXmlPartScoped, XlResult } from "../../excel-api";
import { jsonBytes } from "../../limits";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { FakeOfficeError } from "./state";

export interface FakeCustomXmlPartState {
  readonly id: string;
  xml: string;
  namespaceUri: string;
}

/** The root element's namespace; throws Excel's InvalidArgument for XML that does not parse. */
export function namespaceOf(xml: string): string {
  const invalid = (): FakeOfficeError => new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.");
  let failed = false;
  let root: Element | null = null;
  try {
    const doc = new DOMParser({
      onError: (level) => {
        if (level !== "warning") failed = true;
      },
    }).parseFromString(xml, "application/xml");
    root = doc.documentElement;
  } catch {
    throw invalid();
  }
  if (failed || !root) throw invalid();
  return root.namespaceURI ?? "";
}

/** A `ClientResult`: its value is there after the sync that carried the call. */
class FakeResult<T> implements XlResult<T> {
  private got = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.got = true;
  }
  get value(): T {
    if (!this.got)
      throw new FakeOfficeError("ValueNotLoaded", "The value of the result object has not been loaded yet.");
    return this.v as T;
  }
}

export class FakeCustomXmlPartProxy extends Loadable implements XlCustomXmlPart {
  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeCustomXmlPartState | undefined,
  ) {
    super(ctx);
  }
  private part(): FakeCustomXmlPartState {
    const p = this.find();
    if (!p) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return p;
  }
  protected read(prop: string): unknown {
    const p = this.part();
    if (prop === "id") return p.id;
    if (prop === "namespaceUri") return p.namespaceUri;
    throw new FakeOfficeError("PropertyNotFound", prop);
  }
  get id(): string {
    return this.got("id");
  }
  get namespaceUri(): string {
    return this.got("namespaceUri");
  }
  getXml(): XlResult<string> {
    const result = new FakeResult<string>();
    this.ctx.enqueue({
      run: () => {
        const xml = this.part().xml;
        result.set(xml);
        return jsonBytes(xml);
      },
      bytes: 80,
      cells: 0,
      writes: false,
    });
    return result;
  }
  setXml(xml: string): void {
    this.write(() => {
      const p = this.part();
      p.namespaceUri = namespaceOf(xml);
      p.xml = xml;
    }, xml);
  }
  delete(): void {
    this.write(() => {
      const parts = this.ctx.book.customXmlParts;
      const i = parts.indexOf(this.part());
      parts.splice(i, 1);
    });
  }
}

class FakeScoped extends Loadable implements XlCustomXmlPartScoped {
  constructor(
    ctx: FakeContext,
    private readonly namespaceUri: string,
  ) {
    super(ctx);
  }
  protected read(prop: string): unknown {
    if (prop !== "items") throw new FakeOfficeError("PropertyNotFound", prop);
    return this.ctx.book.customXmlParts
      .filter((p) => p.namespaceUri === this.namespaceUri)
      .map(
        (p) => new FakeCustomXmlPartProxy(this.ctx, () => (this.ctx.book.customXmlParts.includes(p) ? p : undefined)),
      );
  }
  get items(): XlCustomXmlPart[] {
    return this.got("items");
  }
  getItem(id: string): XlCustomXmlPart {
    return new FakeCustomXmlPartProxy(this.ctx, () =>
      this.ctx.book.customXmlParts.find((p) => p.id === id && p.namespaceUri === this.namespaceUri),
    );
  }
}

export class FakeCustomXmlParts implements XlCustomXmlPartCollection {
  constructor(private readonly ctx: FakeContext) {}
  add(xml: string): XlCustomXmlPart {
    let created: FakeCustomXmlPartState | undefined;
    this.ctx.enqueue({
      run: () => {
        created = this.ctx.book.addCustomXmlPart(xml);
        return 60;
      },
      bytes: 80 + jsonBytes(xml),
      cells: 0,
      writes: true,
    });
    return new FakeCustomXmlPartProxy(this.ctx, () =>
      created && this.ctx.book.customXmlParts.includes(created) ? created : undefined,
    );
  }
  getByNamespace(namespaceUri: string): XlCustomXmlPartScoped {
    return new FakeScoped(this.ctx, namespaceUri);
  }
  getItem(id: string): XlCustomXmlPart {
    return new FakeCustomXmlPartProxy(this.ctx, () => this.ctx.book.customXmlParts.find((p) => p.id === id));
  }
}
