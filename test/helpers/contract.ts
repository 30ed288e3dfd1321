import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

interface OpenApiDoc {
  paths: Record<string, Record<string, { responses: Record<string, { $ref?: string }> }>>;
  components: { responses: Record<string, ResponseObject> };
}
interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
  headers?: Record<string, unknown>;
}

// ajv-formats is CommonJS with a default export; under Node's ESM interop it arrives as a namespace.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/** The contract, parsed from the YAML every test run. */
export const contract = parse(readFileSync(new URL('../../openapi/partner-api.yaml', import.meta.url), 'utf8')) as OpenApiDoc;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(contract, 'contract');

const pointer = (...parts: string[]): string => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
const templates = Object.keys(contract.paths).map((template) => ({
  template,
  regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The path template of the contract that a concrete path matches. */
export function templateOf(pathname: string): string | undefined {
  return templates.find((t) => t.regex.test(pathname))?.template;
}

const compiled = new Map<string, ValidateFunction>();

/**
 * Checks a response against the contract: its status is documented for the operation, its
 * JSON body validates against the documented schema (with a real JSON-Schema validator), and
 * the documented headers (the rate-limit headers) are present. Throws an Error listing every
 * problem; returns the operation's template.
 */
export async function assertMatchesContract(method: string, url: string, response: Response): Promise<string> {
  const { pathname } = new URL(url);
  const template = templateOf(pathname);
  if (!template) throw new Error(`${method} ${pathname} is not in the contract`);
  const operation = contract.paths[template]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${template} is not in the contract`);
  const status = String(response.status);
  let documented = operation.responses[status] as ResponseObject & { $ref?: string };
  let location = ['paths', template, method.toLowerCase(), 'responses', status];
  if (!(status in operation.responses)) throw new Error(`${method} ${template} answered ${status}, which the contract does not document`);
  if (documented.$ref) {
    const name = documented.$ref.split('/').pop() ?? '';
    documented = contract.components.responses[name] as ResponseObject;
    location = ['components', 'responses', name];
  }
  const problems: string[] = [];
  for (const header of Object.keys(documented.headers ?? {})) {
    const value = response.headers.get(header);
    if (value === null || !/^\d+$/.test(value)) problems.push(`header ${header} is ${String(value)}`);
  }
  const schema = documented.content?.['application/json']?.schema;
  const text = await response.clone().text();
  if (schema === undefined) {
    if (text !== '') problems.push(`a body was sent where none is documented: ${text.slice(0, 100)}`);
  } else {
    const ref = `contract#/${pointer(...location, 'content', 'application/json', 'schema')}`;
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`no schema at ${ref}`);
      compiled.set(ref, validate);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push(`body is not JSON: ${text.slice(0, 100)}`);
    }
    if (body !== undefined && !validate(body)) problems.push(ajv.errorsText(validate.errors, { separator: '; ' }));
  }
  if (problems.length > 0) throw new Error(`${method} ${pathname} → ${status} breaks the contract: ${problems.join(' | ')}`);
  return `${method} ${template} ${status}`;
}

/**
 * Wraps a fetch so that every answer is checked against the contract; `seen` collects the
 * operation + status pairs checked, so a test can prove coverage.
 */
export function contractCheckedFetch(
  inner: (request: Request) => Promise<Response>,
  seen: Set<string> = new Set(),
): ((input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) & { seen: Set<string> } {
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const response = await inner(request);
    seen.add(await assertMatchesContract(request.method, request.url, response));
    return response;
  };
  return Object.assign(wrapped, { seen });
}
