/**
 * What every feature shares: the two languages, a bilingual label, and the roles (every policy
 * and the session's actor ask them). Each feature's own enums, labels and lifecycle tables live
 * beside this file in `<feature>.enums.ts` (innovations, platforms, imports, jobs, zones, users),
 * so a new feature adds its own file instead of editing this one. Stored values are stable
 * English identifiers; labels are what users read.
 */
export type Lang = 'zh' | 'en';
export type Label = { zh: string; en: string };

export const ROLES = ['province_admin', 'zone_staff', 'judge', 'applicant', 'auditor', 'security_admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS = {
  province_admin: { zh: '省自贸办管理员', en: 'Province office admin' },
  zone_staff: { zh: '区域填报员', en: 'Zone staff' },
  judge: { zh: '评审专家', en: 'Expert judge' },
  applicant: { zh: '申报企业', en: 'Applicant enterprise' },
  auditor: { zh: '审计员', en: 'Auditor' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
} satisfies Record<Role, Label>;
/**
 * What each role is, in one table (三员分立, 等保2.0): `zone` roles hold a zone subtree as their
 * scope and write its business data; `none` roles hold no zone, so they see public data only and
 * write no business data. Only the security admin manages accounts; only the auditor reads the log.
 */
export const ROLE_SCOPE = {
  province_admin: 'zone',
  zone_staff: 'zone',
  judge: 'none',
  applicant: 'none',
  auditor: 'none',
  security_admin: 'none',
} as const satisfies Record<Role, 'zone' | 'none'>;
export const roleHasZoneScope = (role: Role): boolean => ROLE_SCOPE[role] === 'zone';
