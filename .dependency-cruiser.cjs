/**
 * The import graph, enforced (docs/ARCHITECTURE.md, "Imports run one way"). `npm run lint:imports`
 * runs it; `src/architecture.test.ts` runs it inside `npm test` so CI fails on a violation.
 * No exceptions are listed here on purpose: a rule that needs one is a design to fix.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'layers-one-way',
      comment: 'shared ← db ← kernel ← features ← demo ← server: a layer never imports a layer above it.',
      severity: 'error',
      from: { path: '^src/(shared|db|kernel|features|demo)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(server)/' },
    },
    { name: 'demo-not-above', severity: 'error', from: { path: '^src/(shared|db|kernel|features)/', pathNot: '\\.test\\.ts$' }, to: { path: '^src/demo/' } },
    { name: 'features-not-above', severity: 'error', from: { path: '^src/(shared|db|kernel)/', pathNot: '\\.test\\.ts$' }, to: { path: '^src/features/' } },
    { name: 'kernel-not-above', severity: 'error', from: { path: '^src/(shared|db)/', pathNot: '\\.test\\.ts$' }, to: { path: '^src/kernel/' } },
    {
      name: 'shared-only-shared',
      comment: 'src/shared is imported by the server and the web: it may import only itself and npm packages.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^(src/(?!shared/)|web/|bench/|scripts/|e2e/)' },
    },
    {
      name: 'web-no-server-code',
      comment: 'The web client takes only src/shared from the server side.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^(src/(?!shared/)|bench/|scripts/)' },
    },
    {
      name: 'no-foreign-repo',
      comment: "A feature reads another feature only through that feature's service, never its repository.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/features/([^/]+)/.+\\.repo\\.ts$', pathNot: '^src/features/$1/' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders depend on each other in one direction (e.g. no innovations ↔ files).',
      severity: 'error',
      scope: 'folder',
      from: { pathNot: '(^|/)(testing|fixtures)/' },
      to: { circular: true },
    },
    { name: 'no-module-cycles', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/|\\.test\\.tsx?$|(^|/)src/testing/|-test-app\\.ts$|(^|/)fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    moduleSystems: ['es6'],
  },
};
