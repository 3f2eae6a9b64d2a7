import type { HTMLAttributes } from 'react';

/** antd's `onRow` is typed as plain HTML attributes, which do not list `data-*`; tests need them. */
export function testIdProps(testId: string): HTMLAttributes<HTMLElement> {
  return { 'data-testid': testId } as HTMLAttributes<HTMLElement>;
}
