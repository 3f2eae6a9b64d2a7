/**
 * One flat namespace of definitions that modules add to as they are loaded: the messages
 * (messages.ts) and the audit event types (audit-events.ts). A name declared twice with another
 * definition, or asked for before its module was loaded, is a programming error and throws.
 */
export type NamedRegistry<V> = {
  /** Adds a table; the same definition again (a module loaded twice) is no clash. */
  add: (table: Record<string, V>) => void;
  /** The definition of `name`; throws when none is registered. */
  of: (name: string) => V;
  /** Every definition, in the order the tables were added. */
  all: ReadonlyMap<string, V>;
};

/** `noun` names an entry in the errors: `${noun} ${name} is declared twice`, `no ${noun} registered for ${name}`. */
export function namedRegistry<V>(noun: string): NamedRegistry<V> {
  const entries = new Map<string, V>();
  return {
    add(table) {
      for (const [name, definition] of Object.entries(table)) {
        if (entries.has(name) && entries.get(name) !== definition) throw new Error(`${noun} ${name} is declared twice`);
        entries.set(name, definition);
      }
    },
    of(name) {
      const definition = entries.get(name);
      if (definition === undefined) throw new Error(`no ${noun} registered for ${name}`);
      return definition;
    },
    all: entries,
  };
}
