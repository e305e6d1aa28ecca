/**
 * Files in and out of the pane, without a network: a text handed to the user as a download
 * (a Blob link clicked once), and a chosen file read as text.
 */
export function downloadText(name: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file by then; the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file's text (UTF-8). */
export function readTextFile(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file, "utf-8");
  });
}
