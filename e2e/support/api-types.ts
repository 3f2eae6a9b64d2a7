/**
 * The API's types for the specs: the web client's named aliases over the types generated from
 * /api/openapi.json (`npm run gen:api-types`), so a spec reads an answer in the same shape the
 * pages do and no response shape is written twice.
 */
export type * from '../../web/src/api/types.js';
