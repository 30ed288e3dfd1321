import { hostedServiceOf } from './hosted-services.js';
import { shownName } from './tags.js';
import { finding, type Finding, type LintContext, type LintRecord } from './types.js';

/** The host name a record points to (lower case, no final dot), for the types that point to one. */
export function targetOf(record: LintRecord): string | undefined {
  switch (record.type) {
    case 'CNAME':
    case 'MX':
    case 'NS':
      return record.value.trim().toLowerCase().replace(/\.$/, '');
    case 'SRV': {
      const target = record.value.trim().split(/\s+/)[2];
      // RFC 2782: "." means "no service here", not a target.
      return target === undefined || target === '.' ? undefined : target.toLowerCase().replace(/\.$/, '');
    }
    default:
      return undefined;
  }
}

/** The name relative to the zone (`@` for the apex), or undefined when the host is outside it. */
export function relativeTo(host: string, zone: string): string | undefined {
  if (host === zone) return '@';
  return host.endsWith(`.${zone}`) ? host.slice(0, -(zone.length + 1)) : undefined;
}

/** Whether a name has records, counting a wildcard (`*.x`) that would answer for it. */
function answered(name: string, owners: ReadonlySet<string>): boolean {
  if (owners.has(name)) return true;
  const labels = name === '@' ? [] : name.split('.');
  for (let i = 1; i <= labels.length; i += 1) {
    const parent = labels.slice(i).join('.');
    if (owners.has(parent === '' ? '*' : `*.${parent}`)) return true;
  }
  return false;
}

/** Target rules: MX/NS pointing to a CNAME, in-zone targets with no records, CNAMEs to hosted services. */
export function lintTargets(records: readonly LintRecord[], context: LintContext): Finding[] {
  const out: Finding[] = [];
  const owners = new Set(records.map((r) => r.name.toLowerCase()));
  const cnames = new Map(records.filter((r) => r.type === 'CNAME').map((r) => [r.name.toLowerCase(), r]));
  for (const record of records) {
    const target = targetOf(record);
    if (target === undefined) continue;
    const relative = relativeTo(target, context.zone);
    const params = { name: record.name, type: record.type, target };
    if (relative !== undefined) {
      const cname = cnames.get(relative);
      if (cname && (record.type === 'MX' || record.type === 'NS')) {
        const code = record.type === 'MX' ? 'mx-to-cname' : 'ns-to-cname';
        const what = record.type === 'MX' ? 'Mail servers' : 'Resolvers';
        out.push(
          finding(
            code,
            [record.id, cname.id],
            `The ${record.type} record at ${shownName(record.name)} points to ${target}, which is a CNAME. ${what} may refuse to follow it.`,
            {
              fix: `Point the ${record.type} record to the host name the CNAME points to (${cname.value}), or replace the CNAME with A/AAAA records.`,
              params,
            },
          ),
        );
      } else if (record.type !== 'NS' && !answered(relative, owners)) {
        out.push(
          finding(
            'dangling-target',
            [record.id],
            `The ${record.type} record at ${shownName(record.name)} points to ${target}, which has no records in this domain.`,
            {
              fix: `Add an A or AAAA record for ${shownName(relative)}, or point the ${record.type} record elsewhere.`,
              params,
            },
          ),
        );
      }
    }
    const hosted = record.type === 'CNAME' ? hostedServiceOf(target) : undefined;
    if (hosted) {
      out.push(
        finding(
          'hosted-target',
          [record.id],
          `${shownName(record.name)} points to ${hosted.service} (${target}). Check that the service still serves this name: if the site was deleted, someone else could claim it.`,
          {
            fix: `If you no longer use ${hosted.service} for this name, delete this record.`,
            params: { ...params, service: hosted.service },
          },
        ),
      );
    }
  }
  return out;
}
