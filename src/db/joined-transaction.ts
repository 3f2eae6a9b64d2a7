/**
 * A database handle bound to an open transaction, whose own `transaction()` joins it instead of
 * opening another. The demo loader runs the real services (draws, results, lifecycle steps),
 * which each open a transaction on the handle they are given, inside the one transaction that
 * loads the whole demo: a failure anywhere then leaves the database empty, as before.
 * Kysely refuses `transaction()` on a Transaction, and its methods read private fields, so each
 * method is bound to the transaction itself.
 */
import type { Kysely, Transaction } from 'kysely';

export function joinedTransaction<DB>(trx: Transaction<DB>): Kysely<DB> {
  const builder = {
    setIsolationLevel: () => builder,
    setAccessMode: () => builder,
    execute: <T>(fn: (inner: Transaction<DB>) => Promise<T>) => fn(trx),
  };
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => builder;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
