import { describe, expect, it } from 'vitest';
import { parseIdList } from './id-list.js';

describe('parseIdList', () => {
  it('reads numbers and runs however they are separated, each once in the order given', () => {
    expect(parseIdList('3, 5、8；12-14 ５，3\n20～21', 100)).toEqual({ ids: [3, 5, 8, 12, 13, 14, 20, 21] });
    expect(parseIdList('  ', 100)).toEqual({ ids: [] });
  });

  it('names what it cannot read, and refuses more numbers than the limit', () => {
    expect(parseIdList('3, x7', 100)).toEqual({ problem: { kind: 'unreadable', value: 'x7' } });
    expect(parseIdList('9-3', 100)).toEqual({ problem: { kind: 'unreadable', value: '9-3' } });
    expect(parseIdList('0', 100)).toEqual({ problem: { kind: 'unreadable', value: '0' } });
    expect(parseIdList('1-2147483648', 100)).toEqual({ problem: { kind: 'unreadable', value: '1-2147483648' } });
    expect(parseIdList('1-1000000000', 5000)).toEqual({ problem: { kind: 'too_many', limit: 5000 } });
  });
});
