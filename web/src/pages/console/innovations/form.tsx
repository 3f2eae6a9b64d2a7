import { Alert, App, Breadcrumb, Button, Card, Col, Form, Input, Radio, Result, Row, Select, Space } from 'antd';
import {
  INNOVATION_DOMAINS,
  INNOVATION_DOMAIN_LABELS,
  NOVELTY_CLAIMS,
  NOVELTY_LABELS,
  REFORM_TASKS,
  REFORM_TASK_LABELS,
  type InnovationDomain,
  type NoveltyClaim,
  type ReformTask,
} from '@shared/innovations.enums';
import { LIMITS } from '@shared/limits';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api';
import { useCreateInnovation, useInnovation, useUpdateInnovation } from '../../../api/innovations';
import type { DatePrecision, Effect, Innovation, InnovationBody, Zone } from '../../../api/types';
import { useZones } from '../../../api/zones';
import { ErrorState, LoadingState } from '../../../components/page-state';
import { PartialDateItem } from '../../../components/partial-date-item';
import { ZoneTreeSelect } from '../../../components/zone-tree-select';
import { useT } from '../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';
import { fromPartialDate, toPartialDate } from '../../../lib/partial-date';
import { useZoneNames } from '../../../lib/zone-names';
import { EffectsEditor } from './components/effects-editor';
import { SimilarHints } from './components/similar-hints';

type EffectValues = { label?: string; value?: string; unit?: string; period?: string; text?: string };
type Values = {
  zoneId?: number;
  name?: string;
  domain?: InnovationDomain;
  task?: ReformTask | null;
  novelty?: NoveltyClaim;
  painPoint?: string;
  measures?: string;
  effects?: EffectValues[];
  departments?: string[];
  tags?: string[];
  exploredOn?: Dayjs | null;
  exploredPrecision: DatePrecision;
  source?: string;
};

const text = (value: string | undefined) => value?.trim() || null;

function toEffects(values: EffectValues[] | undefined): Effect[] {
  return (values ?? []).map((e) => ({
    label: (e.label ?? '').trim(),
    value: text(e.value),
    unit: text(e.unit),
    period: text(e.period),
    text: text(e.text),
  }));
}

const cleanList = (items: string[] | undefined) => [...new Set((items ?? []).map((item) => item.trim()).filter(Boolean))];

function toBody(values: Values): InnovationBody {
  return {
    name: (values.name ?? '').trim(),
    domain: values.domain as InnovationDomain,
    task: values.task ?? null,
    novelty: values.novelty ?? 'none',
    painPoint: text(values.painPoint),
    measures: text(values.measures),
    effects: toEffects(values.effects),
    departments: cleanList(values.departments),
    tags: cleanList(values.tags),
    exploredOn: toPartialDate(values.exploredOn, values.exploredPrecision),
    source: text(values.source),
  };
}

/** PATCH only what changed; nothing changed → no request and no audit entry. */
function changedFields(innovation: Innovation, body: InnovationBody): Partial<InnovationBody> {
  const current: InnovationBody = {
    name: innovation.name,
    domain: innovation.domain,
    task: innovation.task,
    novelty: innovation.novelty,
    painPoint: innovation.painPoint,
    measures: innovation.measures,
    effects: innovation.effects,
    departments: innovation.departments,
    tags: innovation.tags,
    exploredOn: innovation.exploredOn ? toPartialDate(fromPartialDate(innovation.exploredOn, innovation.exploredPrecision).date, innovation.exploredPrecision ?? 'day') : null,
    source: innovation.source,
  };
  const changes: Partial<InnovationBody> = {};
  for (const key of Object.keys(body) as (keyof InnovationBody)[]) {
    if (JSON.stringify(body[key] ?? null) !== JSON.stringify(current[key] ?? null)) Object.assign(changes, { [key]: body[key] });
  }
  return changes;
}

function initialValues(innovation: Innovation | undefined, defaultZoneId: number | undefined): Values {
  if (!innovation) return { zoneId: defaultZoneId, novelty: 'none', effects: [], departments: [], tags: [], exploredPrecision: 'month' };
  const explored = fromPartialDate(innovation.exploredOn, innovation.exploredPrecision);
  return {
    zoneId: innovation.zoneId,
    name: innovation.name,
    domain: innovation.domain,
    task: innovation.task,
    novelty: innovation.novelty,
    painPoint: innovation.painPoint ?? '',
    measures: innovation.measures ?? '',
    effects: innovation.effects.map((e) => ({ label: e.label, value: e.value ?? '', unit: e.unit ?? '', period: e.period ?? '', text: e.text ?? '' })),
    departments: innovation.departments,
    tags: innovation.tags,
    exploredOn: explored.date,
    exploredPrecision: explored.precision,
    source: innovation.source ?? '',
  };
}

/** Zones the user may file innovations in: those it writes (abilities.createPlatform), never the country. */
const writable = (zone: Zone) => zone.abilities.createPlatform && zone.type !== 'country';

/** 新增 / 编辑制度创新成果: one page for both; near-duplicate hints beside the form. */
export function InnovationFormPage() {
  const { t } = useT();
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const editId = id !== undefined && Number.isInteger(id) && id > 0 ? id : undefined;
  const detail = useInnovation(editId);
  const zones = useZones();

  if (params.id && editId === undefined) return <Result status="404" title={t('innovation.notFound')} />;
  if (editId !== undefined) {
    if (isApiError(detail.error, 404)) {
      return <Result status="404" title={t('innovation.notFound')} extra={<Link to="/console/innovations">{t('console.menu.innovations')}</Link>} />;
    }
    if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
    if (!detail.data) return <LoadingState minHeight={320} />;
    if (!detail.data.innovation.abilities.update) {
      return (
        <Result
          status="403"
          title={t('innovation.notEditable')}
          subTitle={t('innovation.notEditableHint')}
          extra={<Link to={`/console/innovations/${editId}`}>{t('innovation.backToDetail')}</Link>}
        />
      );
    }
  }
  if (zones.isError) return <ErrorState error={zones.error} onRetry={() => void zones.refetch()} />;
  if (!zones.data) return <LoadingState minHeight={320} />;
  const choices = zones.data.filter(writable);
  if (editId === undefined && choices.length === 0) {
    return <Result status="403" title={t('common.forbidden')} subTitle={t('innovation.noWritableZone')} />;
  }
  return <InnovationForm key={editId ?? 'new'} innovation={detail.data?.innovation} defaultZoneId={choices.length === 1 ? choices[0]?.id : undefined} />;
}

function InnovationForm({ innovation, defaultZoneId }: { innovation: Innovation | undefined; defaultZoneId: number | undefined }) {
  const { t, label } = useT();
  const zoneNames = useZoneNames();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateInnovation();
  const update = useUpdateInnovation(innovation?.id ?? 0);
  const mutation = innovation ? update : create;
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const name = Form.useWatch('name', form);
  const measures = Form.useWatch('measures', form);
  const painPoint = Form.useWatch('painPoint', form);
  const selectable = useCallback(writable, []);

  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.fieldRequired', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('common.maxLength', { field, max: n }) });
  const title = innovation ? `${t('innovation.edit')} · ${innovation.name}` : t('innovation.create');

  const onFinish = (values: Values) => {
    setUnmatched([]);
    const onError = (error: unknown) => setUnmatched(applyFieldErrors(form, error));
    const body = toBody(values);
    if (innovation) {
      const changes = changedFields(innovation, body);
      if (Object.keys(changes).length === 0) {
        void navigate(`/console/innovations/${innovation.id}`);
        return;
      }
      update.mutate(changes, {
        onSuccess: () => {
          void message.success(t('innovation.updated'));
          void navigate(`/console/innovations/${innovation.id}`);
        },
        onError,
      });
    } else {
      create.mutate(
        { ...body, zoneId: values.zoneId as number },
        {
          onSuccess: ({ innovation: created }) => {
            void message.success(t('innovation.created'));
            void navigate(`/console/innovations/${created.id}`);
          },
          onError,
        },
      );
    }
  };

  return (
    <div className="yz-section-stack">
      <Breadcrumb
        items={[
          { key: 'list', title: <Link to="/console/innovations">{t('console.menu.innovations')}</Link> },
          ...(innovation ? [{ key: 'detail', title: <Link to={`/console/innovations/${innovation.id}`}>{innovation.name}</Link> }] : []),
          { key: 'here', title: innovation ? t('common.edit') : t('innovation.create') },
        ]}
      />
      <h1 className="yz-page-title">{title}</h1>
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={16}>
          <Card>
            <Form<Values>
              form={form}
              layout="vertical"
              name={innovation ? `innovation-edit-${innovation.id}` : 'innovation-create'}
              initialValues={initialValues(innovation, defaultZoneId)}
              onFinish={onFinish}
              scrollToFirstError={{ block: 'center' }}
            >
              {innovation ? (
                <Form.Item label={t('innovation.zone')}>
                  <span data-testid="innovation-zone">{zoneNames.full(innovation.zoneId, innovation.zoneName)}</span>
                </Form.Item>
              ) : (
                <Form.Item
                  label={t('innovation.zone')}
                  name="zoneId"
                  extra={t('innovation.zoneHint')}
                  rules={[{ required: true, message: t('common.selectRequired', { field: t('innovation.zone') }) }]}
                >
                  <ZoneTreeSelect selectable={selectable} allowClear={false} placeholder={t('innovation.zonePlaceholder')} style={{ width: '100%' }} />
                </Form.Item>
              )}
              <Form.Item label={t('innovation.name')} name="name" rules={[required(t('innovation.name')), max(t('innovation.name'), LIMITS.nameMax * 2)]}>
                <Input maxLength={LIMITS.nameMax * 2} showCount />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    label={t('innovation.domain')}
                    name="domain"
                    rules={[{ required: true, message: t('common.selectRequired', { field: t('innovation.domain') }) }]}
                  >
                    <Select options={INNOVATION_DOMAINS.map((d) => ({ value: d, label: label(INNOVATION_DOMAIN_LABELS[d]) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('innovation.task')} name="task">
                    <Select allowClear options={REFORM_TASKS.map((task) => ({ value: task, label: label(REFORM_TASK_LABELS[task]) }))} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t('innovation.novelty')} name="novelty">
                <Radio.Group optionType="button" options={NOVELTY_CLAIMS.map((n) => ({ value: n, label: label(NOVELTY_LABELS[n]) }))} />
              </Form.Item>
              <Form.Item label={t('innovation.painPoint')} name="painPoint" rules={[max(t('innovation.painPoint'), LIMITS.textMax)]}>
                <Input.TextArea rows={3} maxLength={LIMITS.textMax} showCount placeholder={t('innovation.painPointHint')} />
              </Form.Item>
              <Form.Item label={t('innovation.measures')} name="measures" rules={[max(t('innovation.measures'), LIMITS.textMax)]}>
                <Input.TextArea rows={6} maxLength={LIMITS.textMax} showCount placeholder={t('innovation.measuresHint')} />
              </Form.Item>
              <Form.Item label={t('innovation.effects')} extra={t('innovation.effectsHint')}>
                <EffectsEditor />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item label={t('innovation.departments')} name="departments" extra={t('innovation.tagsModeHint')}>
                    <Select mode="tags" tokenSeparators={['、', ',', '，']} maxCount={LIMITS.listItemsMax} open={false} suffixIcon={null} aria-label={t('innovation.departments')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('innovation.tags')} name="tags" extra={t('innovation.tagsModeHint')}>
                    <Select mode="tags" tokenSeparators={['、', ',', '，', ' ']} maxCount={LIMITS.listItemsMax} open={false} suffixIcon={null} aria-label={t('innovation.tags')} />
                  </Form.Item>
                </Col>
              </Row>
              <PartialDateItem label={t('innovation.exploredOn')} name="exploredOn" precisionName="exploredPrecision" noFuture extra={t('innovation.exploredHint')} />
              <Form.Item label={t('innovation.source')} name="source" rules={[max(t('innovation.source'), LIMITS.sourceMax)]}>
                <Input.TextArea rows={2} maxLength={LIMITS.sourceMax} placeholder={t('innovation.sourceHint')} />
              </Form.Item>
              {mutation.isError && (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  className="yz-mb"
                  title={errorMessage(mutation.error)}
                  description={unmatched.length ? unmatched.join('；') : undefined}
                />
              )}
              <Space>
                <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="innovation-save">
                  {innovation ? t('common.save') : t('innovation.saveDraft')}
                </Button>
                <Button onClick={() => void navigate(innovation ? `/console/innovations/${innovation.id}` : '/console/innovations')}>{t('common.cancel')}</Button>
              </Space>
              {!innovation && <p className="yz-muted yz-small yz-mt">{t('innovation.draftHint')}</p>}
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <SimilarHints text={{ name, measures, painPoint }} excludeId={innovation?.id} />
        </Col>
      </Row>
    </div>
  );
}
