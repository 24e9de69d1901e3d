import { decodeBuffer } from 'encoding-sniffer';

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A page's bytes as text, in the charset a browser would use: a byte-order mark, else the
 * server's Content-Type charset, else the page's own <meta charset> or XML declaration (the
 * WHATWG sniffing rules, by encoding-sniffer). A page that declares nothing is read as UTF-8
 * when it is valid UTF-8, else as windows-1252, the web's old default.
 */
export function decodePage(bytes: Buffer, headerCharset: string | null): string {
  return decodeBuffer(bytes, {
    ...(headerCharset ? { transportLayerEncodingLabel: headerCharset } : {}),
    defaultEncoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252',
  });
}
