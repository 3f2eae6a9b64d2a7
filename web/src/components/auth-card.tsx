import { Card } from 'antd';
import type { ReactNode } from 'react';
import { GooseMark } from './brand';

/** The centred card of the sign-in and password pages. */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle: ReactNode; children: ReactNode }) {
  return (
    <div className="yz-login">
      <Card className="yz-login__card">
        <div className="yz-login__head">
          <GooseMark size={40} />
          <div>
            <h1 className="yz-login__title">{title}</h1>
            <p className="yz-muted">{subtitle}</p>
          </div>
        </div>
        {children}
      </Card>
    </div>
  );
}
