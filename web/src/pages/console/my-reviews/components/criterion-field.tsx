import { Form, InputNumber } from 'antd';
import type { Criterion } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';
import { levelOf } from './weighted-total';

/**
 * One criterion of the sheet: its name, weight and scale, the score (kept within the scale),
 * and the level descriptions beside it, the one the current score falls in marked, so the
 * levels guide the score as it is typed. The input names the levels as its description.
 */
export function CriterionField({ criterion, score, readOnly }: { criterion: Criterion; score: number | null | undefined; readOnly: boolean }) {
  const { t, lang } = useT();
  const name = lang === 'en' && criterion.nameEn ? criterion.nameEn : criterion.nameZh;
  const levelsId = `criterion-${criterion.id}-levels`;
  const current = levelOf(criterion, score);
  const weight = `${Math.round(criterion.weight * 10000) / 100}%`;
  return (
    <div className="yz-criterion" data-testid={`criterion-${criterion.id}`}>
      <Form.Item
        name={['scores', String(criterion.id)]}
        label={
          <span>
            <strong>{name}</strong>
            <span className="yz-muted yz-criterion__meta">
              {t('score.weight', { weight })} · {t('score.scale', { min: criterion.scaleMin, max: criterion.scaleMax })}
            </span>
          </span>
        }
      >
        <InputNumber
          min={criterion.scaleMin}
          max={criterion.scaleMax}
          step={1}
          disabled={readOnly}
          aria-describedby={criterion.levels.length ? levelsId : undefined}
          style={{ width: 160 }}
          data-testid={`score-input-${criterion.id}`}
        />
      </Form.Item>
      {criterion.levels.length > 0 ? (
        <ul id={levelsId} className="yz-criterion__levels" aria-label={`${name} · ${t('score.levels')}`}>
          {criterion.levels.map((level, index) => (
            <li key={`${level.min}-${level.max}`} className={index === current ? 'yz-criterion__level yz-criterion__level--current' : 'yz-criterion__level'} aria-current={index === current ? 'true' : undefined}>
              <span className="yz-criterion__range">{t('score.levelRange', { min: level.min, max: level.max })}</span>
              <span>{lang === 'en' && level.en ? level.en : level.zh}</span>
              {index === current && <span className="yz-visually-hidden">（{t('score.inLevel')}）</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="yz-muted">{t('score.levelsNone')}</p>
      )}
    </div>
  );
}
