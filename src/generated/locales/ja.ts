
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.bad_request': `The request was not valid.`,
'error.unauthorized': `Your session has ended. Sign in again to continue.`,
'error.forbidden': `You are not allowed to do that.`,
'error.not_found': `That domain or record was not found.`,
'error.method_not_allowed': `That action is not supported.`,
'error.payload_too_large': `The request is too large.`,
'error.validation_failed': `Some values were not accepted.`,
'error.rate_limited': `Too many requests. Please wait a moment and try again.`,
'error.server_error': `PocketDNS had a problem. Please try again.`,
'error.bad_gateway': `PocketDNS could not be reached. Please try again.`,
'error.timeout': `PocketDNS took too long to answer. Please try again.`,
'error.http_error': `The request failed.`,
'error.invalid_response': `The server sent an answer we could not read.`,
'error.network_error': `Could not connect. Check your connection and try again.`,
'error.aborted': `The request was cancelled.`,
'error.session_unavailable': `Could not start a DNS session. Please try again.`,
'session.idle.title': `Not connected`,
'session.idle.text': `Set session-url or fetchSession to connect.`,
'session.signedOut.title': `You are signed out`,
'session.signedOut.text': `Sign in again to manage your DNS.`,
'common.retry': `Retry`,
'session.offline.title': `You appear to be offline`,
'session.offline.text': `We could not reach the DNS service. Check your connection.`,
'session.error.title': `DNS is not available right now`,
    };
  