/**
 * The FTZ vocabulary that jieba's general dictionary splits wrongly ("自贸试验区" → 自/贸/试验区,
 * "一单制" → 一/单/制), synonym groups for abbreviations, and stop words.
 *
 * Terms come from the source article (shared/seeds/000_9504c5bb01a1c6fc.txt), the item names in
 * shared/data/*.csv (改革试点经验, 最佳实践案例, 十佳案例, 川渝通办) and the demo zones and
 * platforms. Add a term here when a search for it finds nothing or a similarity check misses
 * an obvious duplicate: jieba then keeps it as one word on write and on query.
 */

export const FTZ_TERMS: readonly string[] = [
  // Zones and their kinds
  '自由贸易试验区', '自贸试验区', '自贸区', '自由贸易区', '自贸片区', '协同改革先行区', '先行区', '片区', '区块',
  '综合保税区', '综保区', '保税区', '保税港区', '保税物流中心', '保税物流园区', '海关特殊监管区域', '特殊监管区域',
  '经济技术开发区', '经开区', '高新技术产业开发区', '高新区', '临港经开区', '天府新区', '青白江', '川南临港',
  '成都国际铁路港', '国际铁路港', '铁路港', '德阳国际铁路物流港', '物流港', '中国牙谷', '牙谷', '博鳌乐城', '乐城',
  '成渝地区双城经济圈', '成渝双城经济圈', '双城经济圈', '川渝', '成德眉资', '川东北', '川南',
  // Channels and logistics
  '中欧班列', '中欧国际班列', '南向班列', '蓉欧', '国际班列', '西部陆海新通道', '陆海新通道', '一带一路',
  '铁海联运', '海铁联运', '公铁联运', '铁水联运', '多式联运', '一单制', '集拼集运', '离岸服务', '国际陆港',
  '冷链物流', '水运口岸', '航空口岸', '铁路口岸', '公路口岸', '临时口岸', '组货基地', '集散中心', '航运中心',
  // Customs and trade
  '单一窗口', '国际贸易单一窗口', '通关一体化', '关地协同', '两步申报', '提前申报', '两段准入', '汇总征税',
  '预裁定', '原产地证', '检验检疫', '快捷通关', '保税研发', '保税加工', '保税维修', '保税混矿', '保税展示交易',
  '保税物流', '保税货物', '加工贸易', '市场采购贸易', '市场采购', '服务贸易', '数字贸易', '离岸贸易', '转口贸易',
  '互市贸易', '文化贸易', '跨境电商', '跨境电子商务', '零售进口', '跨境电商零售进口', '退货中心仓', '出口退税',
  '电子围网', '单耗自核', '场所隔离', '特殊物品', '出境通道', '封关', '报关', '通关', '外贸新业态',
  // Investment and government
  '负面清单', '外商投资准入负面清单', '外商投资', '证照分离', '放管服', '一网通办', '一窗受理', '一口受理',
  '并联审批', '并联办理', '告知承诺', '告知承诺制', '容缺受理', '川渝通办', '跨省通办', '首证通', '多证合一',
  '证照联办', '企业开办', '简易注销', '套餐式注销', '信用监管', '双随机一公开', '事中事后监管', '营商环境',
  '管理事项', '审批事项', '权责清单', '流程再造', '放权赋能', '扩权赋能', '赋权', '承接', '下放',
  '研审联动', '管服联动', '校企联动', '三层联动', '不动产登记', '三维地籍', '电子劳动合同',
  // Finance
  '资金池', '出口退税资金池', '跨境人民币', '人民币跨境', '跨境结算', '融资租赁', '供应链金融', '科技金融',
  '绿色金融', '知识产权', '知识产权质押', '质押融资', '投贷联动', '银行保函', '分批提用', '保证金', '票据融资',
  '银政互通', '一保多用', '征信系统', '去担保化', '宜贸贷', '宜加保', '园保贷', '退税贷', '跨境快贷', '彩灯e贷',
  '产业基金', '专项基金', '央行', '人民银行',
  // Programme words
  '制度创新', '制度创新成果', '复制推广', '改革试点经验', '最佳实践案例', '十佳案例', '制度型开放', '流动型开放',
  '首创性', '差异化探索', '三大任务', '制度对接', '平台融通', '产业互动', '开放平台', '开放雁阵', '双区联动',
  '双循环', '外向型经济', '贸易便利化', '投资便利化', '政府职能转变', '金融创新', '法治化环境', '全域自贸',
  '专利导航', '专利开放许可', '医疗器械注册人', '生物医药', '彩灯', '葡萄酒', '花木', '口腔产业',
  '外贸转型升级', '外贸转型升级基地', '进口贸易促进创新示范区', '数据跨境', '数据出境', '一证双线', '云签发',
  '市场监管', '市场监管局', '市场监督管理局',
];

/**
 * Each group lists spellings that mean the same thing, canonical form first. A query for any
 * of them also matches the others; similarity checks map them all to the first.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['自由贸易试验区', '自贸试验区', '自贸区'],
  ['跨境电子商务', '跨境电商'],
  ['电子商务', '电商'],
  ['综合保税区', '综保区'],
  ['经济技术开发区', '经开区'],
  ['高新技术产业开发区', '高新区'],
  ['外商投资', '外资'],
  ['铁海联运', '海铁联运'],
  ['跨境人民币', '人民币跨境'],
  ['成渝地区双城经济圈', '成渝双城经济圈'],
  ['中欧班列', '中欧国际班列'],
  ['人民银行', '央行'],
  ['市场监督管理局', '市场监管局'],
  ['知识产权', '知产'],
];

/** Words too common to carry meaning in a query or a similarity check (kept when they are the whole query). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '了', '和', '与', '及', '以及', '等', '在', '对', '为', '以', '将', '并', '或', '是', '中', '其', '于', '由',
  '把', '被', '从', '向', '到', '也', '而', '之', '个', '这', '那', '有', '让', '使', '就', '都', '所', '该', '各',
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for',
]);

/**
 * Words of the programme itself, found in a large share of any FTZ case library whatever the
 * index holds today. A query keeps them, but they never decide on their own whether a record
 * matches (see COMMON_SHARE in search-query.ts, which finds the other frequent words from the
 * index): 自贸区 跨境电商 finds the 跨境电商 records whether or not they say 自贸区.
 */
export const PROGRAMME_WORDS: ReadonlySet<string> = new Set([
  '自由贸易试验区', '自贸试验区', '自贸区', '自由贸易区', '试验区', '片区', '先行区', '协同改革先行区', '区块',
  '创新', '制度', '制度创新', '制度创新成果', '模式', '新模式', '机制', '改革', '试点', '经验', '案例',
]);
