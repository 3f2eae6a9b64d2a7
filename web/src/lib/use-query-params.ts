import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ParamPatch = Record<string, string | number | null | undefined>;

/** URL query as page state: lists and selections survive reload and the back button. */
export function useQueryParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: ParamPatch, options: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options.replace },
      );
    },
    [setParams],
  );
  const getNumber = useCallback(
    (key: string): number | undefined => {
      const raw = params.get(key);
      if (raw === null || !/^\d+$/.test(raw)) return undefined;
      return Number(raw);
    },
    [params],
  );
  return { params, update, getNumber };
}

/** Narrows a query-string value to one of the allowed literals. */
export function pickEnum<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
