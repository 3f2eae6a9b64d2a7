#!/usr/bin/env node
// Prints the CI summary from the stages file written by .ci/run, one stage a line:
//   <name>\t<exit code>\t<seconds>\t<vitest JSON report path, or - for a set-up step>
// Counts come from each vitest JSON report:
//   passed = tests passed; failed = tests failed + test files that failed outside any test
//   (import error, failing beforeAll …). A stage without a readable report counts as 1 failed,
//   and so does a stage that exited non-zero although its report shows no failure.
// A set-up step (report "-") only shows its time, and counts as 1 failed when it exited non-zero.
// The very last line is exactly "N passed, N failed"; the exit code is 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';

const [stagesFile] = process.argv.slice(2);
if (!stagesFile) {
  console.error('usage: node scripts/ci/summarize.mjs <stages.tsv>');
  process.exit(2);
}

function countsFrom(reportPath) {
  if (!reportPath || !existsSync(reportPath)) return null;
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    const fileErrors = (report.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    );
    return {
      passed: report.numPassedTests ?? 0,
      failedTests: report.numFailedTests ?? 0,
      fileErrors: fileErrors.length,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      total: report.numTotalTests ?? 0,
    };
  } catch {
    return null;
  }
}

function formatSeconds(seconds) {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

const lines = existsSync(stagesFile) ? readFileSync(stagesFile, 'utf8').split('\n').filter(Boolean) : [];
let totalPassed = 0;
let totalFailed = 0;
let totalSeconds = 0;
const rows = [];
for (const line of lines) {
  const [name, exitText, secondsText, reportPath] = line.split('\t');
  const exitCode = Number(exitText);
  const seconds = Number(secondsText) || 0;
  totalSeconds += seconds;
  if (reportPath === '-') {
    const failedStep = exitCode !== 0 ? 1 : 0;
    totalFailed += failedStep;
    rows.push({ name, result: failedStep ? 'FAIL' : 'ok', passed: '', failed: failedStep || '', time: formatSeconds(seconds), note: failedStep ? `exit ${exitCode}` : 'set-up' });
    continue;
  }
  const counts = countsFrom(reportPath);
  let passed = 0;
  let failed;
  let note = '';
  if (!counts) {
    failed = 1;
    note = exitCode === 0 ? 'no test report' : `crashed (exit ${exitCode}), no test report`;
  } else {
    passed = counts.passed;
    failed = counts.failedTests + counts.fileErrors;
    if (counts.fileErrors) note = `${counts.fileErrors} file(s) failed outside tests`;
    if (failed === 0 && exitCode !== 0) {
      failed = 1;
      note = `exit ${exitCode} with no failed test (error outside tests, see the log above)`;
    }
    if (counts.skipped) note = [note, `${counts.skipped} skipped`].filter(Boolean).join('; ');
  }
  totalPassed += passed;
  totalFailed += failed;
  rows.push({ name, result: failed ? 'FAIL' : 'ok', passed, failed, time: formatSeconds(seconds), note });
}

const widths = {
  name: Math.max(5, ...rows.map((r) => r.name.length)),
};
console.log('');
console.log('==================== CI summary ====================');
console.log(`${'stage'.padEnd(widths.name)}  result  passed  failed  time     note`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(widths.name)}  ${r.result.padEnd(6)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.time.padEnd(7)}  ${r.note}`,
  );
}
console.log(`${'total'.padEnd(widths.name)}  ${(totalFailed ? 'FAIL' : 'ok').padEnd(6)}  ${String(totalPassed).padStart(6)}  ${String(totalFailed).padStart(6)}  ${formatSeconds(totalSeconds)}`);
console.log(`${totalPassed} passed, ${totalFailed} failed`);
process.exit(totalFailed > 0 ? 1 : 0);
