/** Lifecycles: one machine shape (shared/lifecycle.ts), one set of rules, one runner, one way to register routes. */
export { defineLifecycle, defineZoneLifecycle, mayTake, canTransition, transitionAbilities, type Lifecycle, type LifecycleRules } from './lifecycle.js';
export { zoneParties, ownerParty, type PartyRule, type PartyRules } from './parties.js';
export { runTransition, type Step, type TransitionSpec } from './run-transition.js';
export { registerTransitionRoutes, lifecyclesWithRoutes } from './transition-routes.js';
export type { Decision } from './decision-fields.js';
