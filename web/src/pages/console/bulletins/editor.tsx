import { ArrowLeftOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Popconfirm, Row, Space, Tag } from 'antd';
import { paragraphsOf } from '@shared/bulletin-text';
import { BULLETIN_STATUS_LABELS } from '@shared/bulletins.enums';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api';
import { useBulletin, useDeleteBulletin, useUpdateBulletin } from '../../../api/bulletins';
import type { Bulletin, BulletinFigure, BulletinFigureBody, BulletinUpdateBody } from '../../../api/types';
import { BulletinActions } from '../../../components/bulletin-actions';
import { BulletinDocument } from '../../../components/bulletin-document';
import { BulletinDownloads } from '../../../components/bulletin-downloads';
import { LoadingState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';
import { FigureDialog } from './components/figure-dialog';
import { FiguresTable } from './components/figures-table';
import { HeaderFields } from './components/header-fields';
import { type Caret, SectionsEditor } from './components/sections-editor';

type Values = Omit<BulletinUpdateBody, 'version' | 'figures'>;

function valuesOf(bulletin: Bulletin): Values {
  return {
    title: bulletin.title,
    issueNo: bulletin.issueNo,
    issuer: bulletin.issuer,
    headline: bulletin.headline,
    periodLabel: bulletin.periodLabel,
    coverage: bulletin.coverage.map((zone) => zone.id),
    sections: bulletin.sections.map(({ heading, body }) => ({ heading, body })),
    internalNote: bulletin.internalNote,
  };
}
const bodiesOf = (bulletin: Bulletin): BulletinFigureBody[] => bulletin.figures.map(({ key, spec, headlineLabel }) => ({ key, spec, headlineLabel }));

/** 简报 editor: the 报头, the sections, the figures they cite (live while a draft); a preview as it will read; 印发 freezes it. */
export function BulletinEditorPage() {
  const { id } = useParams();
  const bulletinId = Number(id);
  const query = useBulletin(Number.isInteger(bulletinId) && bulletinId > 0 ? bulletinId : undefined);
  if (query.isPending) return <LoadingState minHeight={400} />;
  if (query.isError) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  return <Editor key={`${query.data.id}-${query.data.version}-${query.data.status}`} bulletin={query.data} reload={() => void query.refetch()} />;
}

function Editor({ bulletin, reload }: { bulletin: Bulletin; reload: () => void }) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateBulletin(bulletin.id);
  const remove = useDeleteBulletin(bulletin.id);
  const navigate = useNavigate();
  const [touched, setTouched] = useState(false);
  const readOnly = bulletin.status !== 'draft' || !bulletin.abilities.update;
  const [figures, setFigures] = useState<BulletinFigureBody[]>(() => bodiesOf(bulletin));
  const [added, setAdded] = useState<BulletinFigure[]>([]);
  const [adding, setAdding] = useState(false);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const caret = useRef<Caret | null>(null);
  const coverage = Form.useWatch('coverage', form) ?? [];
  const evaluated = useMemo(() => new Map([...bulletin.figures, ...added].map((figure) => [figure.key, figure])), [bulletin.figures, added]);
  // The preview follows the form as it is typed, read into runs as the server will read it on 保存.
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const preview = useMemo(() => {
    if (readOnly || !watched) return bulletin;
    const sections = (watched.sections ?? []).filter(Boolean).map((section) => ({ heading: section.heading ?? '', body: section.body ?? '', paragraphs: paragraphsOf(section.body ?? '') }));
    const cited = new Set(figures.map((figure) => figure.key));
    return {
      ...bulletin,
      title: watched.title ?? bulletin.title,
      issueNo: watched.issueNo ?? bulletin.issueNo,
      issuer: watched.issuer ?? bulletin.issuer,
      headline: watched.headline ?? bulletin.headline,
      periodLabel: watched.periodLabel ?? bulletin.periodLabel,
      sections,
      figures: [...evaluated.values()].filter((figure) => cited.has(figure.key)),
    };
  }, [readOnly, watched, bulletin, figures, evaluated]);
  // 印发 issues the saved draft: with unsaved changes the step waits for 保存.
  const dirty = touched || JSON.stringify(figures) !== JSON.stringify(bodiesOf(bulletin));
  useEffect(() => form.setFieldsValue(valuesOf(bulletin)), [form, bulletin]);

  const stale = update.isError && isApiError(update.error, 409) && update.error.code === 'BULLETIN_STALE';
  const save = (values: Values) => {
    setUnmatched([]);
    update.mutate(
      { ...values, periodLabel: values.periodLabel?.trim() || null, internalNote: values.internalNote?.trim() || null, figures, version: bulletin.version },
      { onSuccess: () => void message.success(t('bulletin.saved')), onError: (error) => setUnmatched(applyFieldErrors(form, error)) },
    );
  };

  const insert = (key: string) => {
    const token = `{{${key}}}`;
    const at = caret.current;
    const sections = (form.getFieldValue('sections') as Values['sections'] | undefined) ?? [];
    if (at && sections[at.index]) {
      const body = sections[at.index]!.body;
      const position = Math.min(at.position, body.length);
      form.setFieldValue(['sections', at.index, 'body'], body.slice(0, position) + token + body.slice(position));
      caret.current = { index: at.index, position: position + token.length };
      void message.success(t('bulletin.inserted', { token }));
      return;
    }
    void navigator.clipboard?.writeText(token).catch(() => undefined);
    void message.info(t('bulletin.copied', { token }));
  };

  return (
    <div className="yz-section-stack">
      <Space wrap align="center">
        <Link to="/console/bulletins"><ArrowLeftOutlined aria-hidden="true" /> {t('bulletin.back')}</Link>
      </Space>
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <h1 className="yz-page-title yz-mb-0">
          {bulletin.title} {t('bulletin.issueNoText', { n: bulletin.issueNo })} <Tag data-testid="bulletin-status">{label(BULLETIN_STATUS_LABELS[bulletin.status])}</Tag>
        </h1>
        <Space wrap>
          {!readOnly && (
            <Button type="primary" ghost icon={<SaveOutlined aria-hidden="true" />} loading={update.isPending} onClick={() => form.submit()} data-testid="bulletin-save">{t('bulletin.save')}</Button>
          )}
          {bulletin.status !== 'draft' && <BulletinDownloads id={bulletin.id} files={bulletin.files} audience="staff" />}
          <BulletinActions bulletin={bulletin} disabled={dirty} />
          {bulletin.abilities.delete && (
            <Popconfirm title={t('bulletin.deleteConfirm')} okText={t('bulletin.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/console/bulletins'), onError: (error) => void message.error(errorMessage(error)) })}>
              <Button danger loading={remove.isPending} data-testid="bulletin-delete">{t('bulletin.delete')}</Button>
            </Popconfirm>
          )}
        </Space>
      </Space>
      <Alert type={readOnly ? 'info' : 'success'} showIcon title={readOnly ? t('bulletin.frozen') : t('bulletin.live')}
        description={!readOnly && dirty && bulletin.abilities.issue ? t('bulletin.saveFirst') : undefined} data-testid={readOnly ? 'bulletin-frozen' : 'bulletin-live'} />
      {update.isError && (
        <Alert type="error" showIcon data-testid="bulletin-save-error" title={errorMessage(update.error)} description={unmatched.join('；') || undefined}
          action={stale ? <Button size="small" onClick={reload}>{t('bulletin.reload')}</Button> : undefined} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Form form={form} layout="vertical" name="bulletin-edit" onFinish={save} initialValues={valuesOf(bulletin)} onValuesChange={() => setTouched(true)}>
            <div className="yz-section-stack yz-section-stack--tight">
              <Card title={t('bulletin.header')}><HeaderFields readOnly={readOnly} /></Card>
              <Card title={t('bulletin.figures')}
                extra={!readOnly && <Button size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setAdding(true)} data-testid="figure-add">{t('bulletin.addFigure')}</Button>}>
                <FiguresTable figures={figures} evaluated={evaluated} readOnly={readOnly} onChange={setFigures} onInsert={insert} />
              </Card>
              <Card title={t('bulletin.sections')}><SectionsEditor readOnly={readOnly} onCaret={(next) => (caret.current = next)} /></Card>
            </div>
          </Form>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('bulletin.preview')} data-testid="bulletin-preview">
            <BulletinDocument bulletin={preview} />
          </Card>
        </Col>
      </Row>
      {adding && (
        <FigureDialog bulletinZoneId={bulletin.zone.id} coverage={coverage} takenKeys={figures.map((f) => f.key)} onClose={() => setAdding(false)}
          onAdd={(figure, result) => {
            setFigures((current) => [...current, figure]);
            setAdded((current) => [...current.filter((f) => f.key !== result.key), result]);
          }} />
      )}
    </div>
  );
}
