import { TemplateError } from './errors.js';
import type { DomainConnectTemplate } from './types.js';

/** Where a template's variables are resolved: the zone, the applied host and the values given. */
export interface SubstitutionContext {
  /** The zone, normalized (lower-case punycode, no final dot). */
  domain: string;
  /** The applied host, relative to the zone, `''` for the apex. */
  host: string;
  /** Variable values keyed by lower-case name. */
  params: ReadonlyMap<string, string>;
}

const BUILT_INS = ['host', 'domain', 'fqdn'] as const;

/** `[host.]domain`: the name the template is applied to. */
export function appliedFqdn(context: SubstitutionContext): string {
  return context.host === '' ? context.domain : `${context.host}.${context.domain}`;
}

/** Lower-cases parameter names: the variables' names are case-insensitive. */
export function paramMap(params: Readonly<Record<string, string>> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(params ?? {})) {
    // Partners' JavaScript may hand in numbers (a port, a priority) whatever the type says.
    const given: unknown = value;
    map.set(name.toLowerCase(), typeof given === 'string' ? given : String(given));
  }
  return map;
}

/**
 * The `%name%` variables of one field, in order. `where` names the field for messages.
 * @throws TemplateError `InvalidTemplate` on an unpaired `%` or an empty name.
 */
export function variablesOf(text: string, where: string): string[] {
  const names: string[] = [];
  let index = 0;
  while (index < text.length) {
    const start = text.indexOf('%', index);
    if (start === -1) break;
    const end = text.indexOf('%', start + 1);
    if (end === -1) throw new TemplateError('InvalidTemplate', `${where} has a “%” without its closing “%”: “${text}”.`);
    const name = text.slice(start + 1, end);
    if (name.trim() === '') throw new TemplateError('InvalidTemplate', `${where} has an empty variable “%%”: “${text}”.`);
    names.push(name);
    index = end + 1;
  }
  return names;
}

function valueOf(name: string, context: SubstitutionContext, where: string): string {
  const key = name.toLowerCase();
  if (key === 'host') return context.host;
  if (key === 'domain') return context.domain;
  if (key === 'fqdn') return appliedFqdn(context);
  const value = context.params.get(key);
  if (value === undefined) {
    throw new TemplateError('MissingParameter', `The template needs a value for the variable “${name}” (used in ${where}).`);
  }
  return value;
}

/**
 * Replaces every `%name%` in `text` with its value: `%host%`, `%domain%`, `%fqdn%` or a
 * parameter. Values are inserted as they are, never scanned again, so a `%` in a value stays.
 * @throws TemplateError `InvalidTemplate` on a malformed variable, `MissingParameter` on one without a value.
 */
export function substitute(text: string, context: SubstitutionContext, where: string): string {
  const names = variablesOf(text, where);
  if (names.length === 0) return text;
  let out = '';
  let index = 0;
  for (const name of names) {
    const start = text.indexOf(`%${name}%`, index);
    out += text.slice(index, start) + valueOf(name, context, where);
    index = start + name.length + 2;
  }
  return out + text.slice(index);
}

/**
 * Resolves a template record's host (or SRV name) to a name relative to the zone, `@` for the
 * apex. Relative names are under the applied host; a final dot makes a name absolute; `@` or
 * empty is the applied host itself.
 * @throws TemplateError `InvalidData` when an absolute name lies outside the zone.
 */
export function resolveOwner(raw: string, context: SubstitutionContext, where: string): string {
  const text = substitute(raw, context, where).trim().toLowerCase();
  if (text === '' || text === '@') return context.host === '' ? '@' : context.host;
  if (text.endsWith('.')) {
    const absolute = text.slice(0, -1);
    if (absolute === context.domain) return '@';
    if (absolute.endsWith(`.${context.domain}`)) return absolute.slice(0, -(context.domain.length + 1));
    throw new TemplateError('InvalidData', `${where} is “${text}”, which is not inside ${context.domain}.`);
  }
  return context.host === '' ? text : `${text}.${context.host}`;
}

/**
 * Resolves a pointsTo or target: `@` or empty is `[host.]domain`; anything else is taken as
 * fully qualified (a final dot is dropped).
 */
export function resolveTarget(raw: string, context: SubstitutionContext, where: string): string {
  const text = substitute(raw, context, where).trim();
  if (text === '' || text === '@') return appliedFqdn(context);
  return text.replace(/\.$/, '');
}

/**
 * The variables a template needs values for (built-ins left out), lower-case, each once, in
 * the order they first appear: what a form should ask for. Only the records of `groupIds`
 * (and those without a group) count when groups are given.
 * @throws TemplateError `InvalidTemplate` on a malformed variable.
 */
export function templateVariables(template: DomainConnectTemplate, groupIds?: readonly string[]): string[] {
  const names: string[] = [];
  const fields = [
    'host',
    'name',
    'pointsTo',
    'data',
    'target',
    'ttl',
    'priority',
    'weight',
    'port',
    'protocol',
    'service',
    'spfRules',
  ] as const;
  for (const [index, record] of template.records.entries()) {
    if (groupIds && groupIds.length > 0 && record.groupId !== undefined && !groupIds.includes(record.groupId)) continue;
    for (const field of fields) {
      const value = record[field];
      if (typeof value !== 'string') continue;
      for (const name of variablesOf(value, `Record ${index + 1} (${field})`)) {
        const key = name.toLowerCase();
        if (!(BUILT_INS as readonly string[]).includes(key) && !names.includes(key)) names.push(key);
      }
    }
  }
  return names;
}
