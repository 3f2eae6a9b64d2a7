/** Field and request limits shared by the API schemas and the web forms. */
export const LIMITS = {
  /** Largest JSON body the API accepts, in bytes. */
  bodyBytes: 256 * 1024,
  nameMax: 100,
  codeMax: 32,
  textMax: 4000,
  documentMax: 200,
  sourceMax: 1000,
  usernameMax: 32,
  passwordMin: 10,
  passwordMax: 128,
  pageSizeMax: 200,
} as const;
