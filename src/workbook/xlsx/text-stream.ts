/** Big XML parts (sheets, shared strings) as a stream of text, decoded in their own encoding. */
import { concatBytes, SNIFF_BYTES, sniffXmlEncoding } from "./bytes";

/**
 * Decodes a chunk stream as text (characters split across chunks are handled) and hands the text
 * out. The encoding is the part's own (byte-order mark or XML declaration; UTF-8 when neither
 * says). `onText` returns false to stop. Every ~`yieldEvery` bytes `between` runs, so a long read
 * can yield to the event loop, report progress or throw on abort.
 */
export const streamText = async (
  chunks: Iterable<Uint8Array>,
  onText: (text: string) => boolean | void,
  between?: (bytesDone: number) => Promise<void> | void,
  yieldEvery = 4 * 1024 * 1024,
): Promise<void> => {
  let decoder: TextDecoder | null = null;
  let head: Uint8Array[] = [];
  let headSize = 0;
  let stop = false;
  const emit = (bytes: Uint8Array, last: boolean): void => {
    if (decoder === null) {
      // The encoding is known from the first bytes; hold them back until there are enough.
      head.push(bytes);
      headSize += bytes.length;
      if (headSize < SNIFF_BYTES && !last) return;
      const all = concatBytes(head);
      head = [];
      const encoding = sniffXmlEncoding(all);
      decoder = new TextDecoder(encoding.label, { ignoreBOM: true });
      bytes = all.subarray(encoding.bom);
    }
    const text = decoder.decode(bytes, { stream: !last });
    if (!stop && text.length > 0 && onText(text) === false) stop = true;
  };
  let done = 0;
  let sinceYield = 0;
  for (const chunk of chunks) {
    emit(chunk, false);
    done += chunk.length;
    sinceYield += chunk.length;
    if (stop) return; // leaving the loop closes the generator: no further inflating
    if (between && sinceYield >= yieldEvery) {
      sinceYield = 0;
      await between(done);
    }
  }
  emit(new Uint8Array(0), true);
};
