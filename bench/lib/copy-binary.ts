/**
 * Rows in PostgreSQL's binary COPY format (COPY ... FROM STDIN (FORMAT binary)), for the corpus
 * generator's bulk load. Binary values need no formatting here and no parsing in the database:
 * text is its UTF-8 bytes, a text[] its elements with lengths. Field by field, in the table's
 * column order given to COPY.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { quoteIdent } from '../../lib/ops/backup-format';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const TEXT_OID = 25;
/** PostgreSQL dates count days from 2000-01-01. */
const EPOCH_2000 = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

export class CopyBinaryWriter {
  private buffer: Buffer;
  private offset = 0;

  constructor(expectedBytes = 1 << 20) {
    // Never from the shared pool: the worker hands the memory over to the main thread.
    this.buffer = Buffer.allocUnsafeSlow(Math.max(expectedBytes, 64));
    SIGNATURE.copy(this.buffer, 0);
    this.offset = SIGNATURE.length;
    this.int32(0); // flags
    this.int32(0); // header extension length
  }

  private ensure(bytes: number): void {
    if (this.offset + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.offset + bytes));
    this.buffer.copy(grown, 0, 0, this.offset);
    this.buffer = grown;
  }

  private int16(n: number): void {
    this.ensure(2);
    this.offset = this.buffer.writeInt16BE(n, this.offset);
  }

  private int32(n: number): void {
    this.ensure(4);
    this.offset = this.buffer.writeInt32BE(n, this.offset);
  }

  /** A string's UTF-8 bytes preceded by their length (a field or an array element). */
  private lengthAndUtf8(value: string): void {
    this.ensure(4 + value.length * 3);
    const written = this.buffer.write(value, this.offset + 4, 'utf8');
    this.buffer.writeInt32BE(written, this.offset);
    this.offset += 4 + written;
  }

  private null(): this {
    this.int32(-1);
    return this;
  }

  row(fields: number): this {
    this.int16(fields);
    return this;
  }

  text(value: string | null): this {
    if (value === null) return this.null();
    this.lengthAndUtf8(value);
    return this;
  }

  int4(value: number | null): this {
    if (value === null) return this.null();
    this.int32(4);
    this.int32(value);
    return this;
  }

  bool(value: boolean): this {
    this.int32(1);
    this.ensure(1);
    this.buffer[this.offset++] = value ? 1 : 0;
    return this;
  }

  /** A calendar date written YYYY-MM-DD. */
  date(value: string | null): this {
    if (value === null) return this.null();
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const time = parts ? Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) : NaN;
    // Date.UTC rolls 30 February over into March; only a date that comes back as written is one.
    if (!parts || new Date(time).toISOString().slice(0, 10) !== value) throw new Error(`not a date: ${value}`);
    return this.int4((time - EPOCH_2000) / DAY_MS);
  }

  bytea(value: Buffer): this {
    this.int32(value.length);
    this.ensure(value.length);
    value.copy(this.buffer, this.offset);
    this.offset += value.length;
    return this;
  }

  /** A one-dimensional text[] without nulls (an empty array has no dimensions). */
  textArray(values: readonly string[]): this {
    const start = this.offset;
    this.int32(0); // length, filled in below
    this.int32(values.length === 0 ? 0 : 1);
    this.int32(0); // no nulls
    this.int32(TEXT_OID);
    if (values.length > 0) {
      this.int32(values.length);
      this.int32(1); // lower bound
      for (const value of values) this.lengthAndUtf8(value);
    }
    this.buffer.writeInt32BE(this.offset - start - 4, start);
    return this;
  }

  /** The whole COPY stream: header, rows, trailer. The writer is done after this. */
  finish(): Buffer {
    this.int16(-1);
    return this.buffer.subarray(0, this.offset);
  }
}

/**
 * Sends a finished stream (`finish()`) into the table, its fields in the order of `columns`, or of
 * the table's columns when none are named. Table and column names are the caller's constants.
 */
export async function copyRows(client: pg.Client, table: string, columns: readonly string[] | null, rows: Buffer): Promise<void> {
  const target = columns
    ? client.query(copyFrom(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN (FORMAT binary)`))
    : client.query(copyFrom(`COPY ${quoteIdent(table)} FROM STDIN (FORMAT binary)`));
  await pipeline(Readable.from([rows]), target);
}
