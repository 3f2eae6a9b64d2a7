/**
 * A list of record numbers as people write them in a notice or paste them from a sheet:
 * "3, 5、8 12-20" — separated by commas (either width), 、, semicolons or white space, with runs
 * written a-b (also a～b, a—b). Duplicates are kept once, in the order first given.
 */
const SEPARATORS = /[\s,，、;；]+/;
const RUN = /^(\d{1,10})\s*[-－~～—–]\s*(\d{1,10})$/;
const ONE = /^\d{1,10}$/;
const MAX_ID = 2_147_483_647;

export type IdListProblem = { kind: 'unreadable'; value: string } | { kind: 'too_many'; limit: number };

export function parseIdList(text: string, limit: number): { ids: number[] } | { problem: IdListProblem } {
  const ids = new Set<number>();
  for (const part of text.normalize('NFKC').trim().split(SEPARATORS)) {
    if (part === '') continue;
    const run = RUN.exec(part);
    const [from, to] = run ? [Number(run[1]), Number(run[2])] : ONE.test(part) ? [Number(part), Number(part)] : [Number.NaN, Number.NaN];
    if (!(from >= 1 && to >= from && to <= MAX_ID)) return { problem: { kind: 'unreadable', value: part } };
    if (to - from + 1 + ids.size > limit) return { problem: { kind: 'too_many', limit } };
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return { ids: [...ids] };
}
