// Turn the text of a store file into a typed value, or say exactly what is wrong with it.
import type * as z from '../zod-english.js';
import { DamagedFileError, NewerSchemaError } from './store-errors.js';
import { STORE_SCHEMA } from './store-schema.js';

/** `file` is the path relative to the storage dir, used in messages. */
export function parseStoredJson<T>(file: string, text: string, schema: z.ZodMiniType<T>): T {
  if (text.trim() === '') throw new DamagedFileError(file, 'is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DamagedFileError(file, `is not valid JSON (${oneLine((error as Error).message)})`);
  }
  const version = (raw as { schema?: unknown } | null)?.schema;
  // Checked before the shape: a newer briefdeck may have changed the shape.
  if (typeof version === 'number' && version > STORE_SCHEMA) throw new NewerSchemaError(file, version);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new DamagedFileError(file, describeFirstIssue(parsed.error));
  return parsed.data;
}

/** Messages are printed as one line; parser messages may quote the file's newlines. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function describeFirstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the expected shape';
  const where = issue.path.length > 0 ? `field ${issue.path.join('.')}` : 'content';
  return `has a bad ${where}: ${oneLine(issue.message)}`;
}
