import type { ColumnType, SqlDriverAdapter, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

/**
 * Postgres's internal one-byte `"char"` type (OID 18) appears in the catalogs the schema engine
 * reads (pg_constraint.contype, pg_class.relkind, ...). adapter-pg has no mapping for it and the
 * engine then fails with "Column type 'char' could not be deserialized". The engine expects those
 * columns as ColumnTypeEnum.Character, so: the pg client below relabels them as text (which
 * adapter-pg maps and pg parses as a plain string) and remembers their positions, and the adapter
 * wrapper reports those positions as Character.
 *
 * This is a Client subclass handed to the migration pools only, rather than a patch of
 * pg.Client.prototype, so the application's own pg connections in the same process are untouched.
 */
const CHAR_OID = 18;
const TEXT_OID = 25;

interface FieldLike {
  dataTypeID: number;
}

interface ResultLike {
  fields?: FieldLike[];
  rows?: unknown[];
}

/** Keyed by the rows array, which adapter-pg passes through unchanged into its result set. */
const relabelledColumns = new WeakMap<object, Map<number, ColumnType>>();

function relabelCharColumns(result: unknown): void {
  const candidates = Array.isArray(result) ? (result as unknown[]) : [result];
  for (const candidate of candidates) {
    const { fields, rows } = (candidate ?? {}) as ResultLike;
    if (!fields || !rows) continue;
    const columns = new Map<number, ColumnType>();
    fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        columns.set(index, ColumnTypeEnum.Character);
      }
    });
    if (columns.size > 0) relabelledColumns.set(rows, columns);
  }
}

type QueryCallback = (error: Error | undefined, result: unknown) => void;

export class CharAwareClient extends pg.Client {
  // pg.Client.query has many overloads; this one forwards every shape untouched.
  override query(...args: unknown[]): never {
    const callbackIndex = args.findLastIndex((arg) => typeof arg === "function");
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex] as QueryCallback;
      args[callbackIndex] = (error: Error | undefined, result: unknown) => {
        if (!error) relabelCharColumns(result);
        callback(error, result);
      };
      return (super.query as (...rest: unknown[]) => never)(...args);
    }
    const returned = (super.query as (...rest: unknown[]) => unknown)(...args);
    if (returned instanceof Promise) {
      return returned.then((result: unknown) => {
        relabelCharColumns(result);
        return result;
      }) as never;
    }
    return returned as never;
  }
}

function restoreCharColumnTypes(resultSet: SqlResultSet): SqlResultSet {
  const columns = relabelledColumns.get(resultSet.rows);
  if (!columns) return resultSet;
  const columnTypes = [...resultSet.columnTypes];
  for (const [index, type] of columns) columnTypes[index] = type;
  return { ...resultSet, columnTypes };
}

function withCharColumns<T extends SqlDriverAdapter | Transaction>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => restoreCharColumnTypes(await queryRaw(query));
  return queryable;
}

/**
 * Wraps an adapter created over CharAwareClient pools so its result sets (and those of its
 * transactions) report `"char"` columns as Character.
 */
export function reportCharColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    withCharColumns(await startTransaction(isolationLevel));
  return withCharColumns(adapter);
}
