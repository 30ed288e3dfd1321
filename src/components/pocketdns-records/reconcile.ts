// When a change's answer is lost (a 5xx, a timeout, a dropped connection), PocketDNS may have
// made it anyway. These read PocketDNS again to learn what happened before the customer is
// told anything, or before a retry could make a duplicate: the Partner API has no
// idempotency keys.
import { msg, str } from '@lit/localize';
import { errorText } from '../../internal/i18n-errors.js';
import type { ApiErrorField } from '../../api/errors.js';
import { PocketDnsApiError, type PocketDnsErrorCode } from '../../api/errors.js';
import type { PocketDnsClient } from '../../api/client.js';
import type { DnsRecord } from '../../api/types.js';
import type { NormalizedRecord } from '../../dns/types.js';

// A refusal (4xx) means nothing was changed; these leave the outcome open.
const UNKNOWN_OUTCOME: ReadonlySet<PocketDnsErrorCode> = new Set([
  'server_error',
  'bad_gateway',
  'timeout',
  'network_error',
  'invalid_response',
]);

/** True when a change failed in a way that does not say whether PocketDNS made it. */
export function isUnknownOutcome(error: unknown): boolean {
  return error instanceof PocketDnsApiError && UNKNOWN_OUTCOME.has(error.code);
}

/** True when PocketDNS answered that the record does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof PocketDnsApiError && error.status === 404;
}

const sameContent = (a: Pick<DnsRecord, 'type' | 'name' | 'value' | 'priority'>, b: NormalizedRecord): boolean =>
  a.type === b.type && a.name === b.name && a.value === b.value && (a.priority ?? null) === b.priority;

/**
 * The record a create whose answer was lost made, if it did: a record of the domain with the
 * same content that was not there before (`knownIds`). Undefined when there is none; throws
 * when PocketDNS cannot be asked either.
 */
export async function findCreated(
  client: Pick<PocketDnsClient, 'getDomain'>,
  domainId: string,
  record: NormalizedRecord,
  knownIds: ReadonlySet<string>,
): Promise<DnsRecord | undefined> {
  const details = await client.getDomain(domainId);
  return details.dns_records.find((r) => !knownIds.has(r.id) && sameContent(r, record));
}

/** What PocketDNS holds for a record now: the record, or `gone`. Throws when it cannot be asked. */
export async function readRecord(client: Pick<PocketDnsClient, 'getRecord'>, id: string): Promise<DnsRecord | 'gone'> {
  try {
    return await client.getRecord(id);
  } catch (error) {
    if (isNotFound(error)) return 'gone';
    throw error;
  }
}

/** Whether two reads of a record agree on everything a customer sees. */
export function sameRecord(a: DnsRecord, b: DnsRecord): boolean {
  return a.type === b.type && a.name === b.name && a.value === b.value && a.ttl === b.ttl && (a.priority ?? null) === (b.priority ?? null);
}

/** Whether `current` holds the values a change asked for. */
export function holds(current: DnsRecord, wanted: NormalizedRecord): boolean {
  return sameContent(current, wanted) && current.ttl === wanted.ttl;
}

/** The error to show when even the re-read failed: the outcome is still unknown. */
export function stillUnknown(error: PocketDnsApiError, what: 'saved' | 'deleted'): PocketDnsApiError {
  const fields: Partial<Record<ApiErrorField, string[]>> = {};
  return new PocketDnsApiError({
    status: error.status,
    code: error.code,
    messages: [
      `${errorText(error)} ${
        what === 'saved'
          ? msg('We could not check whether it was saved; the list will show it once PocketDNS answers again.', {
              id: 'records.unknown.saved',
            })
          : msg('We could not check whether it was deleted; the list will show it once PocketDNS answers again.', {
              id: 'records.unknown.deleted',
            })
      }`,
    ],
    fields,
    cause: error,
  });
}

/** A change refused by us because the record is no longer what the customer saw. */
export class ChangedElsewhereError extends PocketDnsApiError {
  /**
   * @param current the record as PocketDNS holds it now
   * @param action what the customer tried
   */
  constructor(
    readonly current: DnsRecord,
    action: 'changed' | 'deleted',
  ) {
    super({
      status: 409,
      code: 'http_error',
      messages: [
        action === 'changed'
          ? msg(
              str`This ${current.type} record was changed elsewhere (another tab or device) to ${current.value}, so it was not changed. The list shows it as it is now; check it and try again.`,
              { id: 'records.elsewhere.changed' },
            )
          : msg(
              str`This ${current.type} record was changed elsewhere (another tab or device) to ${current.value}, so it was not deleted. The list shows it as it is now; check it and try again.`,
              { id: 'records.elsewhere.deleted' },
            ),
      ],
    });
  }
}

/**
 * Checks that PocketDNS still holds `shown` as the customer saw it before changing it: a
 * record changed in another tab or device is not overwritten silently. A record already
 * gone passes (the change then meets the 404 and says so).
 */
export async function unchangedElsewhere(client: PocketDnsClient, shown: DnsRecord, action: 'changed' | 'deleted'): Promise<void> {
  let now: DnsRecord | 'gone';
  try {
    now = await readRecord(client, shown.id);
  } catch {
    return; // PocketDNS cannot be asked: the change itself will tell.
  }
  if (now === 'gone' || sameRecord(now, shown)) return;
  throw new ChangedElsewhereError(now, action);
}
