import type { Me } from '../api/types';

/** Route-level access keys: they only gate menus and pages; buttons follow each record's `abilities`. */
export type Access = 'console' | 'dashboard' | 'zones' | 'platforms' | 'innovations' | 'replication' | 'audit' | 'users' | 'campaigns' | 'myReviews' | 'myEntries' | 'indicators' | 'bulletins' | 'powers';

export function canAccess(me: Me, access: Access): boolean {
  switch (access) {
    case 'console':
      return me.abilities.console;
    case 'dashboard':
      // Judges and applicants have their own home (我的评审, 我的报名).
      return me.abilities.console && me.role !== 'judge' && me.role !== 'applicant';
    case 'zones':
      // Zone staff reach their platform ledger through the zone tree as well.
      return me.abilities.console && (me.abilities.manageZones || me.abilities.managePlatforms);
    case 'platforms':
      return me.abilities.console && (me.abilities.managePlatforms || me.abilities.manageZones);
    case 'innovations':
    case 'replication':
      // Zone writers file and adopt innovations; the province office reviews and decides.
      return me.abilities.console && (me.abilities.managePlatforms || me.abilities.manageZones);
    case 'bulletins':
    case 'indicators':
    case 'powers':
      // Values are zone data: the zone's staff and the province office enter, correct and publish them (indicators.policy.ts).
      return me.abilities.console && (me.abilities.managePlatforms || me.abilities.manageZones);
    case 'campaigns':
      // The organisers and readers of campaigns: the province office and zone staff (evaluation.policy.ts).
      return me.abilities.console && (me.abilities.managePlatforms || me.abilities.manageZones);
    // A judge's and an applicant's own work: their role is the ability (the records they see come from their own assignments and entries).
    case 'myReviews':
      return me.abilities.console && me.role === 'judge';
    case 'myEntries':
      return me.abilities.console && me.role === 'applicant';
    case 'audit':
      return me.abilities.console && me.abilities.viewAudit;
    case 'users':
      // Accounts are the security admin's alone (三员分立).
      return me.abilities.console && me.abilities.manageUsers;
  }
}
