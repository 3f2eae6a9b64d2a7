import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import {
  PLATFORM_MACHINE,
  PLATFORM_STATUSES,
  PLATFORM_STATUS_LABELS,
  PLATFORM_TRANSITIONS,
  PLATFORM_TRANSITION_LABELS,
  type PlatformStatus,
} from '@shared/platforms.enums';
import { Link } from 'react-router';
import { STATUS_CHART_COLORS } from '../../../../components/platform-status-tag';
import { useT } from '../../../../i18n/use-t';

/** For each stage: how many platforms sit there, the step that moves them on, and a link to the list. */
export function StageCards({ counts }: { counts: Record<PlatformStatus, number> }) {
  const { t, label, lang } = useT();
  const nextSteps = (status: PlatformStatus) =>
    PLATFORM_TRANSITIONS.filter((name) => (PLATFORM_MACHINE[name].from as readonly PlatformStatus[]).includes(status)).map((name) =>
      label(PLATFORM_TRANSITION_LABELS[name]),
    );
  return (
    <Row gutter={[16, 16]}>
      {PLATFORM_STATUSES.map((status) => {
        const steps = nextSteps(status);
        const count = counts[status] ?? 0;
        return (
          <Col key={status} flex="1 1 180px">
            <Card size="small" className="yz-stage-card" style={{ borderTopColor: STATUS_CHART_COLORS[status] }}>
              <Statistic title={label(PLATFORM_STATUS_LABELS[status])} value={count} suffix={lang === 'zh' ? '个' : undefined} />
              <p className="yz-muted yz-small">
                {steps.length ? t('dashboard.nextStep', { action: steps.join(' / ') }) : t('dashboard.finalStep')}
              </p>
              <Link to={`/console/platforms?status=${status}`} data-testid={`stage-link-${status}`}>
                {t('dashboard.viewList', { n: count })} <RightOutlined aria-hidden="true" />
              </Link>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
