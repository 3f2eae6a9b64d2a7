import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import type { InnovationStatus } from '@shared/innovations.enums';
import { Link } from 'react-router';
import { useInnovationCount } from '../../../../api/innovations';
import type { Me } from '../../../../api/types';
import { INNOVATION_STATUS_COLORS } from '../../../../components/innovation-status-tag';
import type { DictKey } from '../../../../i18n/dictionary';
import { useT } from '../../../../i18n/use-t';

type Todo = { status: InnovationStatus; titleKey: DictKey; hintKey: DictKey };

/** What waits for whom: the province office reviews, zone staff revise and submit. */
const TODOS: Partial<Record<Me['role'], Todo[]>> = {
  province_admin: [
    { status: 'submitted', titleKey: 'dashboard.todo.submitted', hintKey: 'dashboard.todo.submittedHint' },
    { status: 'reviewing', titleKey: 'dashboard.todo.reviewing', hintKey: 'dashboard.todo.reviewingHint' },
  ],
  zone_staff: [
    { status: 'returned', titleKey: 'dashboard.todo.returned', hintKey: 'dashboard.todo.returnedHint' },
    { status: 'draft', titleKey: 'dashboard.todo.draft', hintKey: 'dashboard.todo.draftHint' },
  ],
};

const BORDER: Record<string, string> = { blue: '#1d4f91', geekblue: '#2f54eb', orange: '#d46b08', default: '#8f959e' };

function TodoCard({ todo }: { todo: Todo }) {
  const { t, lang } = useT();
  const count = useInnovationCount({ status: todo.status });
  return (
    <Card size="small" className="yz-stage-card" style={{ borderTopColor: BORDER[INNOVATION_STATUS_COLORS[todo.status]] ?? BORDER.default }}>
      {count.isPending ? (
        <Skeleton active paragraph={false} />
      ) : (
        <Statistic
          title={t(todo.titleKey)}
          value={count.isError ? '—' : count.data}
          suffix={lang === 'zh' && !count.isError ? '项' : undefined}
          data-testid={`todo-${todo.status}`}
        />
      )}
      <p className="yz-muted yz-small">{t(todo.hintKey)}</p>
      <Link to={`/console/innovations?status=${todo.status}`} data-testid={`todo-link-${todo.status}`}>
        {t('dashboard.todo.open')} <RightOutlined aria-hidden="true" />
      </Link>
    </Card>
  );
}

export function TodoCards({ me }: { me: Me }) {
  const todos = TODOS[me.role] ?? [];
  if (todos.length === 0) return null;
  return (
    <Row gutter={[16, 16]}>
      {todos.map((todo) => (
        <Col key={todo.status} flex="1 1 220px">
          <TodoCard todo={todo} />
        </Col>
      ))}
    </Row>
  );
}

export function hasTodos(me: Me): boolean {
  return (TODOS[me.role] ?? []).length > 0;
}
