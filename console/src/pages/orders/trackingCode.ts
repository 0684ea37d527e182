/**
 * 追踪码 as people type them: 'f7km 3qx9k', 'F7KM-3QX9-K'. The server checks the check character;
 * the console only tidies the input and shows codes grouped 4-4-1.
 */

/** Without spaces or dashes, upper case: 'f7km-3qx9 k' → 'F7KM3QX9K'. */
export function compactCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

/** Nine letters and digits once tidied: worth asking the server about. */
export function isCodeShaped(input: string): boolean {
  return /^[A-Z0-9]{9}$/.test(compactCode(input));
}

/** Grouped 4-4-1 ('F7KM-3QX9-K') when it has the shape of a code, else the input tidied as far as it goes. */
export function groupedCode(input: string): string {
  const compact = compactCode(input);
  return compact.length === 9 ? `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}` : compact;
}
