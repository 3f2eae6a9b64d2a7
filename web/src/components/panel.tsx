import type { ReactNode } from 'react';

/**
 * A titled box in the look of antd's small Card, without it: Card brings Tabs, Dropdown and Menu
 * along (about 23 KB compressed), which the portal home would load for three boxes.
 */
export function Panel({ title, className, children }: { title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `yz-panel ${className}` : 'yz-panel'}>
      <div className="yz-panel__head">{title}</div>
      <div className="yz-panel__body">{children}</div>
    </div>
  );
}
