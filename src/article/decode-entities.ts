import { Parser } from 'htmlparser2';

/**
 * Decodes HTML character references ("&amp;", "&#8220;") in text that is otherwise not
 * HTML — Markdown keeps them for its renderer. `<` is escaped first so the parser sees
 * nothing but text.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let decoded = '';
  const parser = new Parser(
    {
      ontext(chunk) {
        decoded += chunk;
      },
    },
    { decodeEntities: true },
  );
  parser.write(text.replaceAll('<', '&lt;'));
  parser.end();
  return decoded;
}
