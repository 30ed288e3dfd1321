import { msg, str } from '@lit/localize';
import type { PlanNote } from '../dns/templates/types.js';

/**
 * A template plan's note in the active locale, by its code and params (the dns planner keeps
 * English for servers); the English sentence for a note without params.
 */
export function noteText(note: Pick<PlanNote<unknown>, 'code' | 'message' | 'params'>): string {
  const p = note.params;
  if (!p) return note.message;
  const v = (key: string): string => String(p[key] ?? '?');
  const at = (key: string): string => (p[key] === '@' ? msg('the domain itself', { id: 'note.apex' }) : v(key));
  const [type, name, value, provider] = [v('type'), at('name'), v('value'), v('provider')];
  switch (note.code) {
    case 'replaced-by-cname':
      return msg(str`Replaces the ${type} record for ${name} because ${provider} needs a CNAME there.`, { id: 'note.replacedByCname' });
    case 'cname-removed': {
      const planned = v('plannedType');
      // English reads the type letter by letter: "an A", "an MX", but "a CNAME", "a TXT".
      return /^[AEFHILMNORSX]/.test(planned)
        ? msg(
            str`Removes the CNAME for ${name} (to ${value}) because ${provider} needs an ${planned} record there, and a CNAME must be the only record at its name.`,
            { id: 'note.cnameRemoved.an' },
          )
        : msg(
            str`Removes the CNAME for ${name} (to ${value}) because ${provider} needs a ${planned} record there, and a CNAME must be the only record at its name.`,
            { id: 'note.cnameRemoved.a' },
          );
    }
    case 'address-replaced':
      return msg(str`Replaces the ${type} record ${value} for ${name} because ${provider} points it to its own address.`, {
        id: 'note.addressReplaced',
      });
    case 'mx-replaced':
      return msg(str`Replaces the mail server ${value} for ${name} because ${provider} receives the mail there.`, {
        id: 'note.mxReplaced',
      });
    case 'srv-replaced':
      return msg(str`Replaces the SRV record ${value} for ${name} because ${provider} sets its own.`, { id: 'note.srvReplaced' });
    case 'txt-all-match':
      return msg(str`Replaces the TXT record for ${name} because ${provider} must have the only TXT record there.`, { id: 'note.txtAll' });
    case 'txt-prefix-match': {
      const prefix = String(p['prefix'] ?? '');
      return msg(str`Replaces the TXT record for ${name} that starts with “${prefix}” because ${provider} sets a new one.`, {
        id: 'note.txtPrefix',
      });
    }
    case 'ns-delegation': {
      const delegated = at('plannedName');
      return msg(str`Removes the ${type} record for ${name} because ${provider} delegates ${delegated} to its own name servers.`, {
        id: 'note.nsDelegation',
      });
    }
    case 'ns-removed': {
      const below = at('plannedName');
      return msg(str`Removes the delegation of ${name} to ${value} because ${provider} sets records at ${below}.`, {
        id: 'note.nsRemoved',
      });
    }
    case 'spf-merged':
      return msg(str`Adds ${provider}’s mail senders to the SPF record for ${name}, keeping the senders already there.`, {
        id: 'note.spfMerged',
      });
    case 'ttl-updated': {
      const [before, after] = [v('ttl'), v('plannedTtl')];
      return msg(str`Changes the TTL of the ${type} record for ${name} from ${before} to ${after} seconds, as ${provider} asks.`, {
        id: 'note.ttlUpdated',
      });
    }
    case 'ttl-adjusted': {
      const [asked, used] = [v('ttl'), v('plannedTtl')];
      return msg(
        str`${provider} asks for a TTL of ${asked} seconds for the ${type} record for ${name}; PocketDNS uses ${used}, the nearest it supports.`,
        { id: 'note.ttlAdjusted' },
      );
    }
  }
}
