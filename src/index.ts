/**
 * chaff: separate a news article from the boilerplate a scraper caught with it.
 *
 * @packageDocumentation
 */
export {
  type BatchError,
  type BatchFailure,
  type BatchInput,
  type BatchItem,
  type BatchResult,
  type BatchSuccess,
  type SeparateManyOptions,
  separateMany,
} from './batch/index.js';
export { ChaffError, type ChaffErrorCode, isChaffError } from './errors.js';
export type { SeparateInput } from './input.js';
export { separate } from './separate.js';
export {
  type Block,
  CATEGORIES,
  type Category,
  type DomHints,
  type GuardReport,
  type Label,
  type Metadata,
  type PaywallInfo,
  type Reason,
  type SeparateOptions,
  type Separation,
  type Warning,
  type WarningCode,
} from './types.js';
