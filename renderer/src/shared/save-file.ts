/** A file made by the core, carried over the API as base64. */
export interface FileFromCore {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * Hands the file to the browser's download: browser mode saves it to the
 * downloads folder; in Electron the same download opens the save dialog.
 */
export function saveFile(file: FileFromCore): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy; free the memory on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
