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
  /** A zone's short name (宜宾片区). */
  shortNameMax: 20,
  /** A reviewer's comment on a lifecycle step. */
  commentMax: 2000,
  /** A recognition or replication batch (第七批). */
  batchMax: 60,
  /** Effects, departments and tags on one innovation. */
  listItemsMax: 20,
  effectLabelMax: 60,
  effectUnitMax: 20,
  effectPeriodMax: 40,
  effectTextMax: 300,
  departmentMax: 60,
  tagMax: 20,
  /** The search box of the innovation lists. */
  searchQueryMax: 100,
  /** Free-text filters of the console's lists (accounts, audit actor). */
  filterTextMax: 64,
} as const;
