import { msg } from '@lit/localize';
import { defaultMessage, PocketDnsApiError, type PocketDnsErrorCode } from '../api/errors.js';

/** The customer's words for each error code, in the active locale. */
function codeText(code: PocketDnsErrorCode): string {
  switch (code) {
    case 'bad_request':
      return msg('The request was not valid.', { id: 'error.bad_request' });
    case 'unauthorized':
      return msg('Your session has ended. Sign in again to continue.', { id: 'error.unauthorized' });
    case 'forbidden':
      return msg('You are not allowed to do that.', { id: 'error.forbidden' });
    case 'not_found':
      return msg('That domain or record was not found.', { id: 'error.not_found' });
    case 'method_not_allowed':
      return msg('That action is not supported.', { id: 'error.method_not_allowed' });
    case 'payload_too_large':
      return msg('The request is too large.', { id: 'error.payload_too_large' });
    case 'validation_failed':
      return msg('Some values were not accepted.', { id: 'error.validation_failed' });
    case 'rate_limited':
      return msg('Too many requests. Please wait a moment and try again.', { id: 'error.rate_limited' });
    case 'server_error':
      return msg('PocketDNS had a problem. Please try again.', { id: 'error.server_error' });
    case 'bad_gateway':
      return msg('PocketDNS could not be reached. Please try again.', { id: 'error.bad_gateway' });
    case 'timeout':
      return msg('PocketDNS took too long to answer. Please try again.', { id: 'error.timeout' });
    case 'http_error':
      return msg('The request failed.', { id: 'error.http_error' });
    case 'invalid_response':
      return msg('The server sent an answer we could not read.', { id: 'error.invalid_response' });
    case 'network_error':
      return msg('Could not connect. Check your connection and try again.', { id: 'error.network_error' });
    case 'aborted':
      return msg('The request was cancelled.', { id: 'error.aborted' });
    case 'session_unavailable':
      return msg('Could not start a DNS session. Please try again.', { id: 'error.session_unavailable' });
  }
}

/**
 * A failure in the customer's language: the code's words when the error carries only the
 * default English text; the server's own messages (its language) when it sent some.
 */
export function errorText(error: unknown): string {
  if (error instanceof PocketDnsApiError) {
    const generic = error.messages.length === 1 && error.messages[0] === defaultMessage(error.code);
    return generic ? codeText(error.code) : error.messages.join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}
