export type InputFormat = 'text' | 'markdown' | 'html';

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

/** The format of an input: by its file extension when it has a known one, else by its content. */
export function detectFormat(name: string | null, text: string): InputFormat {
  const extension = name?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const byName = extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
  if (byName) return byName;
  const start = text.replace(/^\ufeff/, '').trimStart().slice(0, 100).toLowerCase();
  if (start.startsWith('<!doctype') || start.startsWith('<html')) return 'html';
  if (/<body[\s>]/i.test(text) || /<p[\s>]/i.test(text)) return 'html';
  if (/^#{1,6} \S/m.test(text)) return 'markdown';
  return 'text';
}
