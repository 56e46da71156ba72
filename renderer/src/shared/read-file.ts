/**
 * The picked file's bytes as base64, read in the renderer: nothing goes over the network but the
 * API call that carries them (an import's sheet, a template). `readFailed`: the message if the
 * browser cannot read it.
 */
export function readBase64(file: File, readFailed: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(readFailed));
    reader.readAsDataURL(file);
  });
}
