/**
 * A realistic bulletin for the render tests and the bench: the source article's opening and its
 * 宜宾, 德阳 and 资阳 sections, with the article's figures as figure runs carrying a provenance.
 * `longBulletin(n)` repeats the sections to reach a given length.
 */
import type { BulletinDocument, BulletinSection, Run } from './bulletin-document.js';

const t = (text: string): Run => ({ text });
const f = (figure: string, note: string): Run => ({ figure, note });

export const ARTICLE_SECTIONS: BulletinSection[] = [
  {
    heading: '制度对接 平台融通 产业互动',
    paragraphs: [
      [
        t('挂牌两年来，8个先行区紧扣“制度对接、平台融通、产业互动”三大任务，大力推进流动型开放与制度型开放。累计探索形成'),
        f('22项', '制度创新成果数：8个先行区经认定的成果，截至2021年'),
        t('制度创新成果，其中'),
        f('6项', '在全省复制推广的成果数'),
        t('在全省复制推广。2020年外贸进出口增长'),
        f('55%', '外贸进出口额同比，8个先行区合计，2020年'),
        t('，实际到位外资(FDI)增长'),
        f('40.5%', '实际到位外资同比，8个先行区合计，2020年'),
        t('，全省自贸试验区三大片区标杆引领、8个先行区特色跟进的“开放雁阵”初步形成。'),
      ],
    ],
  },
  {
    heading: '宜宾 依托双区联动 助力外贸繁荣',
    paragraphs: [
      [
        t('作为全省首个先行区，宜宾利用自贸赋能国家级临港经开区，通过要素供给、平台建设、区域协同，区域外向型经济提质增效，两年累计进出口'),
        f('182.9亿元', '外贸进出口额，宜宾，2019—2020年两年累计'),
        t('，年均增长'),
        f('90.7%', '外贸进出口额年均增长（复合），宜宾，2018—2020年'),
        t('。'),
      ],
      [
        t('精准供给资源要素。在全国首创“保税物流中心监管+银行保函+分批提用”监管模式减轻加工贸易企业保证金负担，建立出口退税资金池压缩资金周转时间，设立“宜贸贷”“宜加保”解决中小外贸企业出口融资痛点，营造外向型企业“想进来、宜生存、留得住”的产业生态圈。'),
      ],
      [
        t('加快打造开放平台。挂牌以来，宜宾先后获批综合保税区、国家级水运临时口岸、跨境电商零售进口试点城市、国家外贸转型升级示范基地。综合保税区自今年初封关以来实现外贸进出口'),
        f('19.9亿元', '外贸进出口额，宜宾综合保税区，封关以来累计'),
        t('，带动临港经开区在全国219家国家级经开区综合排名由2018年的43位升至2020年的'),
        f('35位', '国家级经开区综合排名，宜宾临港经开区，2020年（共219家）'),
        t('。'),
      ],
    ],
  },
  {
    heading: '德阳 紧扣协同发展 提升开放能级',
    paragraphs: [
      [t('以德成同城、两港(德阳国际铁路物流港、成都国际铁路港)联动为主抓手，德阳延伸开放触角，扩大开放维度，共同发展更高层次开放型经济。')],
      [
        t('促进通道协同。深度融入国家“一带一路”、西部陆海新通道建设，“蓉欧+”东盟国际班列(德阳—成都—钦州港)常态化开行，2020年物流港货运量'),
        f('166.2万吨', '货运量，德阳国际铁路物流港，2020年'),
        t('，同比增长'),
        f('51.1%', '货运量同比，德阳国际铁路物流港，2020年'),
        t('。'),
      ],
    ],
  },
  {
    heading: '资阳 精准赋能产业 推动牙谷崛起',
    paragraphs: [
      [
        t('推动快审快批。构建口腔医疗器械注册(备案)研审联动、管服联动、校企联动“三层联动”服务体系，推动'),
        f('128个', '快速投放市场的“资阳造”产品数'),
        t('“资阳造”产品快速投放市场。2020年，牙谷实现进出口'),
        f('11.6亿元', '外贸进出口额，中国牙谷，2020年'),
        t('、同比增长'),
        f('180.4%', '外贸进出口额同比，中国牙谷，2020年'),
        t('。'),
      ],
    ],
  },
];

export function articleBulletin(): BulletinDocument {
  return {
    lang: 'zh',
    masthead: { title: '四川自贸试验区工作简报', yearLabel: '2021年', issueLabel: '第3期', issuer: '四川省自由贸易试验区工作办公室', date: '2021年4月26日' },
    headline: '8个协同改革先行区挂牌两年',
    figures: [
      { label: '制度创新成果', value: '22项', note: '其中6项在全省复制推广' },
      { label: '2020年外贸进出口增长', value: '55%' },
      { label: '宜宾两年累计进出口', value: '182.9亿元', note: '年均增长90.7%' },
    ],
    sections: ARTICLE_SECTIONS,
    footer: { distribution: '报送：省委、省政府领导同志。抄送：各市（州）人民政府。', printedBy: '四川省自由贸易试验区工作办公室', printedOn: '2021年4月26日' },
  };
}

/** The article's sections repeated `copies` times (headings numbered), for long bulletins. */
export function longBulletin(copies: number): BulletinDocument {
  const sections: BulletinSection[] = [];
  for (let i = 1; i <= copies; i++) {
    for (const section of ARTICLE_SECTIONS) sections.push({ heading: `${section.heading}（${i}）`, paragraphs: section.paragraphs });
  }
  return { ...articleBulletin(), sections };
}
