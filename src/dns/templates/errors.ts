/**
 * The exception classes of the Domain Connect specification's reference behaviour, as codes.
 * - `InvalidTemplate`: the template itself is malformed (a missing field, an unpaired `%`).
 * - `InvalidData`: the domain, host or a variable's value yields something DNS cannot hold.
 * - `MissingParameter`: a variable in the template has no value.
 * - `HostRequired`: the template only works under a sub-domain and none was given.
 * - `UnsupportedType`: a record type the specification allows but PocketDNS cannot store.
 */
export type TemplateErrorCode = 'InvalidData' | 'InvalidTemplate' | 'MissingParameter' | 'HostRequired' | 'UnsupportedType';

/** Why a template could not be planned, with a message that names the record or variable at fault. */
export class TemplateError extends Error {
  /** Which of the specification's exception classes this is. */
  readonly code: TemplateErrorCode;

  /**
   * @param code - The exception class.
   * @param message - A sentence a person can act on.
   */
  constructor(code: TemplateErrorCode, message: string) {
    super(message);
    this.name = 'TemplateError';
    this.code = code;
  }
}
