import { Card, Col, Row } from 'antd';
import { useAuditLog } from '../../../api/audit';
import { ListQueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { usePageParams } from '../../../lib/use-page-params';
import { useQueryParams } from '../../../lib/use-query-params';
import { AuditFilters, type AuditFilterValues } from './components/audit-filters';
import { AuditTable } from './components/audit-table';
import { AuditVerify } from './components/audit-verify';

const isDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** 审计日志: filters and page in the URL, entries from the server, chain verification on demand. */
export function AuditPage() {
  const { t } = useT();
  const { params, update } = useQueryParams();
  const filters: AuditFilterValues = {
    entityType: params.get('entityType') ?? undefined,
    action: params.get('action') ?? undefined,
    actor: params.get('actor') ?? undefined,
    from: isDate(params.get('from')),
    to: isDate(params.get('to')),
  };
  const { page, pageSize, pagination } = usePageParams();
  const log = useAuditLog({ ...filters, page, pageSize });

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('audit.title')}</h1>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card className="yz-full-height">
            <AuditFilters
              value={filters}
              onSearch={(next) =>
                update({ entityType: next.entityType, action: next.action, actor: next.actor, from: next.from, to: next.to, page: null })
              }
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card className="yz-full-height">
            <AuditVerify />
          </Card>
        </Col>
      </Row>
      <Card>
        <ListQueryState query={log}>
          <AuditTable entries={log.data?.items ?? []} loading={log.isFetching} pagination={pagination(log.data?.total ?? 0)} />
        </ListQueryState>
      </Card>
    </div>
  );
}
