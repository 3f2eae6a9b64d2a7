/** The demo accounts' password in tests (the same default as npm start). */
export const TEST_PASSWORD = 'Yanzhen@2026';
export const TEMPLATE_DB_NAME = 'yanzhen_test_tpl';
