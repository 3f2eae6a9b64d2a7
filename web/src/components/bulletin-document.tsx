import { Popover, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { PublicBulletin } from '../api/types';
import { useT } from '../i18n/use-t';
import './bulletin-document.css';

type Doc = Pick<PublicBulletin, 'title' | 'issueNo' | 'issuer' | 'headline' | 'periodLabel' | 'issuedOn' | 'sections' | 'figures'>;
type Figure = Doc['figures'][number];

/** How a figure was computed: what it is, the formula, and each input with its source. */
function FigureExplanation({ figure }: { figure: Figure }) {
  const { t, label } = useT();
  return (
    <div className="yz-bulletin__how" data-testid={`figure-how-${figure.key}`}>
      <p className="yz-bulletin__how-label">{label(figure.label)}</p>
      {figure.problem && <p className="yz-bulletin__how-problem">{label(figure.problem)}</p>}
      <p>
        {t('common.labelled', { label: t('bulletin.howComputed') })}
        {label(figure.explanation)}
      </p>
      {figure.inputs.length > 0 && (
        <>
          <p>{t('common.labelled', { label: t('bulletin.inputs') })}</p>
          <ul>
            {figure.inputs.map((input, index) => (
              <li key={index}>
                {[input.zoneName, label(input.text)].filter(Boolean).join(' ')}
                {input.isSample && <Tag color="orange">{t('bulletin.sample')}</Tag>}
                {input.source && <span className="yz-muted"> — {input.source}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A figure in the text: its words as written, and on demand how it was computed; a missing one is shown in red. */
export function FigureRun({ figure, fallbackKey }: { figure: Figure | undefined; fallbackKey: string }) {
  const { t, label } = useT();
  if (!figure) return <span className="yz-bulletin__missing">{`{{${fallbackKey}}}`}</span>;
  const text = figure.available && figure.text ? label(figure.text) : t('bulletin.missing');
  return (
    <Popover content={<FigureExplanation figure={figure} />} trigger={['hover', 'focus', 'click']}>
      <button type="button" className={figure.available ? 'yz-bulletin__figure' : 'yz-bulletin__figure yz-bulletin__missing'} data-testid={`figure-run-${figure.key}`}>
        {text}
        {!figure.available && figure.problem && <span className="yz-bulletin__problem">（{label(figure.problem)}）</span>}
      </button>
    </Popover>
  );
}

/** The bulletin as a document: the red header, the headline figures, the sections with figures in place. Shared by the editor's preview and the portal's reader. */
export function BulletinDocument({ bulletin, footer }: { bulletin: Doc; footer?: ReactNode }) {
  const { t, label } = useT();
  const byKey = new Map(bulletin.figures.map((figure) => [figure.key, figure]));
  const headlines = bulletin.figures.filter((figure) => figure.headlineLabel);
  return (
    <article className="yz-bulletin" data-testid="bulletin-document">
      <header className="yz-bulletin__head">
        <p className="yz-bulletin__name">{bulletin.title}</p>
        <p className="yz-bulletin__no">{t('bulletin.issueNoText', { n: bulletin.issueNo })}</p>
        <div className="yz-bulletin__meta">
          <span>{bulletin.issuer}</span>
          <span>{bulletin.issuedOn ?? bulletin.periodLabel ?? ''}</span>
        </div>
      </header>
      <h1 className="yz-bulletin__headline">{bulletin.headline}</h1>
      {bulletin.periodLabel && <p className="yz-bulletin__period">{bulletin.periodLabel}</p>}
      {headlines.length > 0 && (
        <section aria-label={t('bulletin.headlineFigures')} className="yz-bulletin__figures">
          {headlines.map((figure) => (
            <div key={figure.key} className="yz-bulletin__figure-box">
              <div className="yz-bulletin__figure-value">{figure.available && figure.text ? label(figure.text) : t('bulletin.missing')}</div>
              <div className="yz-bulletin__figure-label">{figure.headlineLabel}</div>
            </div>
          ))}
        </section>
      )}
      {bulletin.sections.map((section, index) => (
        <section key={index} className="yz-bulletin__section">
          <h2>{section.heading}</h2>
          {section.paragraphs.map((runs, p) => (
            <p key={p}>
              {runs.map((run, r) => ('figure' in run ? <FigureRun key={r} figure={byKey.get(run.figure)} fallbackKey={run.figure} /> : <span key={r}>{run.text}</span>))}
            </p>
          ))}
        </section>
      ))}
      {footer}
    </article>
  );
}
