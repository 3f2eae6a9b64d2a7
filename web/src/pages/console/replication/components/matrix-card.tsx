import { Card, Form, Radio, Table, Tag, Tooltip } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { useReplicationMatrix } from '../../../../api/replication';
import type { MatrixLevel, ReplicationMatrix, Zone } from '../../../../api/types';
import { useZones } from '../../../../api/zones';
import { InnovationStatusTag } from '../../../../components/innovation-status-tag';
import { EmptyState, ListQueryState } from '../../../../components/page-state';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { useZoneNames } from '../../../../lib/zone-names';

type MatrixRow = ReplicationMatrix['innovations'][number] & {
  /** Column zone id → adoption date, or 'origin' for the zone the innovation comes from. */
  cells: Map<number, string | 'origin'>;
  adoptions: number;
};

/** The matrix's columns are 片区/先行区; an innovation or adoption of a 区块 belongs to its column ancestor. */
function columnResolver(zones: Zone[], columnIds: Set<number>) {
  const parent = new Map(zones.map((zone) => [zone.id, zone.parentId]));
  return (zoneId: number): number | undefined => {
    let current: number | null | undefined = zoneId;
    const seen = new Set<number>();
    while (current !== null && current !== undefined && !seen.has(current)) {
      if (columnIds.has(current)) return current;
      seen.add(current);
      current = parent.get(current);
    }
    return undefined;
  };
}

/** 复制推广矩阵: proven innovations (rows) × zones (columns); a table is the chart here. */
export function MatrixCard({
  rootId,
  level,
  onChange,
}: {
  rootId: number | undefined;
  level: MatrixLevel;
  onChange: (next: { matrixZone?: number; level?: MatrixLevel }) => void;
}) {
  const { t } = useT();
  const format = useFormat();
  const zones = useZones();
  const zoneNames = useZoneNames();
  const matrix = useReplicationMatrix({ zoneId: rootId, level });
  const rootSelectable = useCallback((zone: Zone) => zone.type === 'country' || zone.type === 'ftz', []);

  const rows = useMemo<MatrixRow[]>(() => {
    if (!matrix.data) return [];
    const columnOf = columnResolver(zones.data ?? [], new Set(matrix.data.zones.map((z) => z.id)));
    return matrix.data.innovations.map((innovation) => {
      const cells = new Map<number, string | 'origin'>();
      const origin = columnOf(innovation.zoneId);
      if (origin !== undefined) cells.set(origin, 'origin');
      let adoptions = 0;
      for (const cell of matrix.data.cells) {
        if (cell.innovationId !== innovation.id) continue;
        adoptions += 1;
        const column = columnOf(cell.zoneId);
        if (column === undefined || cells.get(column) === 'origin') continue;
        const earlier = cells.get(column);
        if (!earlier || cell.adoptedOn < earlier) cells.set(column, cell.adoptedOn);
      }
      return { ...innovation, cells, adoptions };
    });
  }, [matrix.data, zones.data]);

  const columnTotals = useMemo(() => {
    const totals = new Map<number, number>();
    for (const row of rows) for (const [zoneId, value] of row.cells) if (value !== 'origin') totals.set(zoneId, (totals.get(zoneId) ?? 0) + 1);
    return totals;
  }, [rows]);

  const zoneColumns = (matrix.data?.zones ?? []).map((zone) => ({
    key: `z${zone.id}`,
    title: (
      <Tooltip title={zoneNames.full(zone.id, zone.name)}>
        <Link to={`/console/zones?zone=${zone.id}`} className="yz-matrix__zone">
          {zoneNames.short(zone.id, zone.shortName)}
        </Link>
      </Tooltip>
    ),
    width: 112,
    align: 'center' as const,
    onCell: (row: MatrixRow) => ({ className: row.cells.get(zone.id) === 'origin' ? 'yz-matrix__origin' : row.cells.has(zone.id) ? 'yz-matrix__adopted' : '' }),
    render: (_: unknown, row: MatrixRow) => {
      const value = row.cells.get(zone.id);
      if (value === 'origin') return <Tag color="red" bordered={false}>{t('replication.origin')}</Tag>;
      if (value) return <span className="yz-matrix__date">{format.date(value, 'day')}</span>;
      return <span className="yz-visually-hidden">{t('replication.notAdopted')}</span>;
    },
  }));

  return (
    <Card
      title={<h2 className="yz-card-title">{t('replication.matrix')}</h2>}
      extra={<span className="yz-muted yz-small">{t('replication.matrixHint')}</span>}
    >
      <Form layout="inline" className="yz-filters yz-mb">
        <Form.Item label={t('replication.scope')} htmlFor="matrix-zone">
          <ZoneTreeSelect id="matrix-zone" value={rootId} onChange={(zoneId) => onChange({ matrixZone: zoneId })} selectable={rootSelectable} placeholder={t('replication.scopeAll')} />
        </Form.Item>
        <Form.Item label={t('innovation.level')}>
          <Radio.Group
            optionType="button"
            value={level}
            onChange={(event) => onChange({ level: event.target.value as MatrixLevel })}
            options={[
              { value: 'province', label: t('replication.levelProvince') },
              { value: 'published', label: t('replication.levelPublished') },
            ]}
          />
        </Form.Item>
      </Form>
      <ListQueryState query={matrix}>
        <div data-testid="replication-matrix">
          <Table<MatrixRow>
            rowKey="id"
            size="small"
            bordered
            loading={matrix.isFetching}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content', y: 600 }}
            locale={{ emptyText: <EmptyState description={t('replication.matrixEmpty')} /> }}
            onRow={(row) => testIdProps(`matrix-row-${row.id}`)}
            columns={[
              {
                key: 'name',
                title: t('innovation.name'),
                fixed: 'left',
                width: 280,
                render: (_, row) => (
                  <div className="yz-matrix__name">
                    <Link to={`/console/innovations/${row.id}`}>{row.name}</Link>
                    <div className="yz-muted yz-small">
                      {zoneNames.short(row.zoneId, row.zoneShortName)} <InnovationStatusTag status={row.status} />
                    </div>
                  </div>
                ),
              },
              ...zoneColumns,
              { key: 'total', title: t('replication.adoptionTotal'), fixed: 'right', width: 90, align: 'right', render: (_, row) => format.number(row.adoptions) },
            ]}
            summary={() =>
              rows.length > 0 ? (
                <Table.Summary fixed="bottom">
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>{t('replication.columnTotal')}</Table.Summary.Cell>
                    {(matrix.data?.zones ?? []).map((zone, index) => (
                      <Table.Summary.Cell key={zone.id} index={index + 1} align="center">
                        {format.number(columnTotals.get(zone.id) ?? 0)}
                      </Table.Summary.Cell>
                    ))}
                    <Table.Summary.Cell index={(matrix.data?.zones.length ?? 0) + 1} align="right">
                      {format.number(rows.reduce((sum, row) => sum + row.adoptions, 0))}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null
            }
          />
        </div>
      </ListQueryState>
    </Card>
  );
}
