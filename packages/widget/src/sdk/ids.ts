/**
 * A random id the relay accepts (letters and digits, 1-128 characters). Uses `getRandomValues`
 * rather than `crypto.randomUUID`, which browsers only offer on secure (https) pages.
 */
export function randomId(prefix: string): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${prefix}_${hex}`;
}
