/**
 * An audit entry's stored `changes` (JSON written by the publish, edit, status and translation
 * code) read back as lines a person can follow: a labelled field, and what it was and became, as
 * typed values the page names in the admin's language. Nothing here is shown as raw JSON.
 */
import type { AuditAction } from '../db/generated/enums';

/** Labels: the edit form's (Admin.fields) for metadata, the log's own (Admin.audit.labels) else. */
export type LineLabel =
  | {
      in: 'fields';
      key: 'title' | 'language' | 'direction' | 'date' | 'precision' | 'dateText' | 'source' | 'author' | 'pair' | 'countries';
    }
  | {
      in: 'audit';
      key:
        | 'status'
        | 'reason'
        | 'file'
        | 'sha256'
        | 'nearDuplicateOf'
        | 'translationTitle'
        | 'paragraphs'
        | 'note'
        | 'alignment'
        | 'text'
        | 'other';
    };

export type AuditValue =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'language'; tag: string }
  | { kind: 'countries'; codes: string[] }
  | { kind: 'pair'; pair: [string, string] }
  | { kind: 'date'; iso: string }
  | { kind: 'choice'; key: 'ltr' | 'rtl' | 'precisionDay' | 'precisionMonth' | 'precisionYear' | 'published' | 'unpublished' }
  | { kind: 'count'; key: 'paragraphs' | 'moved' | 'characters'; count: number }
  | { kind: 'similar'; id: string; percent: number };

export interface AuditLine {
  /** The stored key, for tests and styling. */
  name: string;
  label: LineLabel;
  /** Set for a change; a fact has only `to`. */
  from?: AuditValue;
  to: AuditValue;
}

export interface AuditDescription {
  /** The translation's language, for actions on a translation. */
  language: string | null;
  lines: AuditLine[];
}

const FIELD_LABEL: Record<string, LineLabel> = {
  title: { in: 'fields', key: 'title' },
  language: { in: 'fields', key: 'language' },
  direction: { in: 'fields', key: 'direction' },
  publishedAt: { in: 'fields', key: 'date' },
  datePrecision: { in: 'fields', key: 'precision' },
  dateText: { in: 'fields', key: 'dateText' },
  source: { in: 'fields', key: 'source' },
  author: { in: 'fields', key: 'author' },
  countryPair: { in: 'fields', key: 'pair' },
  countriesMentioned: { in: 'fields', key: 'countries' },
  status: { in: 'audit', key: 'status' },
  reason: { in: 'audit', key: 'reason' },
  file: { in: 'audit', key: 'file' },
  sha256: { in: 'audit', key: 'sha256' },
  nearDuplicateOf: { in: 'audit', key: 'nearDuplicateOf' },
  note: { in: 'audit', key: 'note' },
  paragraphs: { in: 'audit', key: 'paragraphs' },
  alignment: { in: 'audit', key: 'alignment' },
  text: { in: 'audit', key: 'text' },
};

const PRECISION = { day: 'precisionDay', month: 'precisionMonth', year: 'precisionYear' } as const;
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : null;

/** A stored value as what it means for the field it belongs to. */
export function valueOf(name: string, value: unknown): AuditValue {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return { kind: 'none' };
  if (name === 'language' && typeof value === 'string') return { kind: 'language', tag: value };
  if (name === 'countriesMentioned' && strings(value)) return { kind: 'countries', codes: strings(value)! };
  if (name === 'countryPair' && strings(value)?.length === 2) return { kind: 'pair', pair: strings(value) as [string, string] };
  if (name === 'publishedAt' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: 'date', iso: value };
  if (name === 'direction' && (value === 'ltr' || value === 'rtl')) return { kind: 'choice', key: value };
  if (name === 'datePrecision' && typeof value === 'string' && value in PRECISION)
    return { kind: 'choice', key: PRECISION[value as keyof typeof PRECISION] };
  if (name === 'status' && (value === 'published' || value === 'unpublished')) return { kind: 'choice', key: value };
  if (name === 'paragraphs' && typeof value === 'number') return { kind: 'count', key: 'paragraphs', count: value };
  if (name === 'text' && typeof value === 'string') return { kind: 'count', key: 'characters', count: [...value].length };
  if (name === 'nearDuplicateOf' && isObject(value) && typeof value.id === 'string' && typeof value.similarity === 'number') {
    return { kind: 'similar', id: value.id, percent: Math.round(value.similarity * 100) };
  }
  return { kind: 'text', text: plain(value) };
}

/** Anything else in words: lists joined, objects as "key: value" pairs, never braces and quotes. */
function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (isObject(value))
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${plain(item)}`)
      .join('; ');
  return '';
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return isObject(value) && 'from' in value && 'to' in value;
}

/** How many paragraphs of a translation now sit beside another original paragraph. */
function moved(change: { from: unknown; to: unknown }): number {
  const before = Array.isArray(change.from) ? change.from : [];
  const after = Array.isArray(change.to) ? change.to : [];
  let count = Math.abs(after.length - before.length);
  for (let i = 0; i < Math.min(before.length, after.length); i++) if (before[i] !== after[i]) count++;
  return count;
}

function line(name: string, value: unknown, prefix = ''): AuditLine {
  const label = FIELD_LABEL[name] ?? { in: 'audit', key: 'other' };
  if (name === 'alignment' && isChange(value))
    return { name: prefix + name, label, to: { kind: 'count', key: 'moved', count: moved(value) } };
  if (isChange(value)) return { name: prefix + name, label, from: valueOf(name, value.from), to: valueOf(name, value.to) };
  return { name: prefix + name, label, to: valueOf(name, value) };
}

/** What an audit entry records, line by line, in the order a reader wants it. */
export function describeAudit(action: AuditAction, changes: unknown): AuditDescription {
  if (!isObject(changes)) return { language: null, lines: [] };
  const onTranslation = action.startsWith('translation_');
  let language: string | null = null;
  const lines: AuditLine[] = [];
  for (const [name, value] of Object.entries(changes)) {
    if (name === 'translation') {
      // The action's name says which translation; the line would only repeat it.
      const tag = isChange(value) ? (value.to ?? value.from) : value;
      language = typeof tag === 'string' ? tag : null;
      continue;
    }
    // An attached translation's alignment is the default one or the admin's, not a change to read.
    if (action === 'translation_attach' && name === 'alignment') continue;
    if (name === 'corrections' && isObject(value)) {
      for (const [field, change] of Object.entries(value)) lines.push(line(field, change, 'corrections.'));
      continue;
    }
    if (onTranslation && name === 'title') {
      lines.push({ name, label: { in: 'audit', key: 'translationTitle' }, to: valueOf(name, value) });
      continue;
    }
    lines.push(line(name, value));
  }
  // The reason leads, then the facts of the change.
  lines.sort((a, b) => Number(b.name === 'reason') - Number(a.name === 'reason'));
  return { language, lines };
}
