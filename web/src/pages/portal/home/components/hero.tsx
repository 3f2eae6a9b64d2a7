import { useT } from '../../../../i18n/use-t';
import { CaseSearch } from './case-search';

/** The article's image, drawn: geese in a V, the head in red. Purely decorative. */
function FormationArt() {
  const geese: [number, number, boolean][] = [
    [150, 24, true],
    [118, 50, true],
    [182, 50, true],
    [86, 76, false],
    [214, 76, false],
    [54, 102, false],
    [246, 102, false],
    [22, 128, false],
    [278, 128, false],
  ];
  return (
    <svg className="yz-hero__art" viewBox="0 0 300 150" aria-hidden="true" focusable="false">
      {geese.map(([x, y, head]) => (
        <path key={`${x}-${y}`} d={`M${x} ${y}l12 9-12 3-12-3z`} fill={head ? '#ffd7d3' : 'rgba(255,255,255,0.75)'} />
      ))}
    </svg>
  );
}

export function Hero() {
  const { t } = useT();
  return (
    <section className="yz-hero" aria-labelledby="hero-title">
      <div className="yz-container yz-hero__inner">
        <div>
          <h1 id="hero-title" className="yz-hero__title">
            {t('home.heroTitle')}
          </h1>
          <p className="yz-hero__lead">{t('home.heroLead')}</p>
          <p className="yz-hero__tagline">{t('app.tagline')}</p>
          <CaseSearch />
        </div>
        <FormationArt />
      </div>
    </section>
  );
}
