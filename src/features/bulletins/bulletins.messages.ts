/** 简报 error codes and the words of figures that cannot be computed (zh-CN first). */
import { defineMessages, type Catalog } from '../../shared/messages.js';

export const BULLETIN_MESSAGES = defineMessages({
  BULLETIN_ISSUE_TAKEN: { status: 409, zh: '「{title}」第{issueNo}期已经存在，请换一个期号。', en: 'Issue {issueNo} of "{title}" already exists; choose another number.' },
  BULLETIN_NOT_DRAFT: { status: 409, zh: '简报已印发，不能再修改或删除。', en: 'The bulletin has been issued; it can no longer be edited or deleted.' },
  BULLETIN_STALE: { status: 409, zh: '简报已被他人修改（当前第{current}版），本次修改未保存；请刷新后重做。', en: 'Someone else has changed the bulletin since (it is at version {current}); nothing was saved. Reload and redo your change.' },
  BULLETIN_ZONE_OUTSIDE: { status: 400, zh: '简报只能引用编印单位所辖区域的数据。', en: 'A bulletin can cite only the zones under its issuing office.' },
  BULLETIN_FIGURE_UNDEFINED: { status: 400, zh: '正文引用了未定义的数据标记 {{{key}}}。', en: 'The text cites {{{key}}}, which is not defined among the figures.' },
  BULLETIN_FIGURE_REPEATED: { status: 400, zh: '数据标记“{key}”定义了不止一次。', en: 'The figure key "{key}" is defined more than once.' },
  BULLETIN_FIGURES_UNAVAILABLE: {
    status: 409,
    zh: '以下数据目前无法计算，简报不能印发：{keys}。请先补录数据或删去引用。',
    en: 'These figures cannot be computed now, so the bulletin cannot be issued: {keys}. Record the data or remove them first.',
  },
  BULLETIN_RENDERING: { status: 409, zh: '简报文件正在生成，请稍后再下载。', en: 'The bulletin’s files are being made; download them in a moment.' },
  BULLETIN_FIGURE_MISSING_MARK: { zh: '【数据缺失】', en: '[figure missing]' },
  BULLETIN_FIGURE_NO_VALUE: { zh: '{zone}{period}尚无该指标的数据。', en: '{zone} has no value of this indicator for {period}.' },
  BULLETIN_FIGURE_NOT_COMPUTABLE: { zh: '现有数据不足以计算该派生指标（如缺少上年同期数值或同级区域不足两个）。', en: 'The data do not allow this figure (e.g. no value a year before, or fewer than two peers).' },
});

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof BULLETIN_MESSAGES> {}
}
