/** Content-Disposition with a Chinese file name that every browser reads (RFC 6266 / RFC 5987). */

/** RFC 5987 ext-value: UTF-8, percent-encoded, with the characters encodeURIComponent leaves alone but the ABNF does not. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An ASCII stand-in for old clients: non-ASCII and quoting characters become '_'. */
function asciiFallback(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7E]/g, '_').replace(/["\\%;]/g, '_');
  return fallback.replace(/_+/g, '_') || 'download';
}

export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  return `${type}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
