import { vi } from '../../messages/vi';

/** The picked file's bytes as base64, read in the renderer: the API call is the only thing sent. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(vi.import.readFailed));
    reader.readAsDataURL(file);
  });
}
