/**
 * The shared-string table, parsed once per package by streaming (it can hold millions of
 * strings). Rich text runs are concatenated; phonetic runs (`rPh`) are not part of the text.
 */
import { streamText } from "../zip";
import type { PartSource } from "./parts";
import { createSaxParser, localName } from "./xml";
import { decodeXString } from "../ooxml/xml";

export const readSharedStrings = async (
  parts: PartSource,
  part: string | null,
  between?: (bytesDone: number) => Promise<void> | void,
): Promise<readonly string[]> => {
  const chunks = part === null ? undefined : parts.chunks(part);
  if (!chunks || part === null) return [];
  const out: string[] = [];
  const parser = createSaxParser(part);
  let buf = "";
  let inSi = false;
  let inT = false;
  let rph = 0;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") {
      inSi = true;
      buf = "";
    } else if (name === "rPh") rph++;
    else if (name === "t" && inSi && rph === 0) inT = true;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") {
      out.push(decodeXString(buf));
      inSi = false;
    } else if (name === "rPh") rph--;
    else if (name === "t") inT = false;
  });
  const onText = (t: string): void => {
    if (inT) buf += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  await streamText(chunks, (text) => void parser.write(text), between);
  parser.close();
  return out;
};
