/**
 * Zone files: BIND export, import parsing and the import plan. The elements load this
 * module on first use, so the script tag does not carry it until a customer opens it.
 * @packageDocumentation
 */
export { toZoneFile, quoteTxtString, DEFAULT_NAMESERVERS, type ZoneFileRecord, type ZoneFileWriteOptions } from './write.js';
export {
  parseZoneFile,
  parseZoneTtl,
  formatZoneFileProblem,
  type ZoneFileProblem,
  type ZoneFileProblemCode,
  type ZoneFileParseOptions,
  type ZoneFileParseResult,
} from './parse.js';
export { parseZoneFileChunked, type ZoneFileChunkedOptions } from './chunked.js';
export { planZoneImport, CONFIRM_MIN_RECORDS, CONFIRM_RATIO, type ZoneImportOptions, type ZoneImportPlan } from './plan.js';
